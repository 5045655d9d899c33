package io.cleave.settlement.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

public record SettlementId(UUID value) implements Identifier {

    public SettlementId {
        Objects.requireNonNull(value, "settlement id must not be null");
    }

    public static SettlementId random() {
        return new SettlementId(UUID.randomUUID());
    }
}
