package io.cleave.kernel;

import org.jmolecules.ddd.annotation.ValueObject;

/** A count of units, never negative. */
@ValueObject
public record Quantity(int value) implements Comparable<Quantity> {

    public static final Quantity ZERO = new Quantity(0);

    public Quantity {
        if (value < 0) {
            throw new InvalidValueException("quantity must not be negative, got " + value);
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(value, other.value));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value - other.value);
    }

    public boolean isPositive() {
        return value > 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return Integer.compare(value, other.value);
    }
}
