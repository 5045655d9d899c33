package io.cleave.ordering.application;

public enum CustomerStanding {
    MAY_ORDER,
    DEACTIVATED
}
