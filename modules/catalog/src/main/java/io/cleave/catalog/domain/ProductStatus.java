package io.cleave.catalog.domain;

public enum ProductStatus {
    /** On sale. */
    ACTIVE,
    /** No longer sold; kept so that past orders still name it. */
    RETIRED
}
