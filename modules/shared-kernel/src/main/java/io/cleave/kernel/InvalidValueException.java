package io.cleave.kernel;

import java.util.Optional;

/**
 * A value that cannot exist (a malformed SKU, an amount with too many fraction digits). Maps to 400.
 * Where the value knows which input field it came from, it names it.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String message) {
        this(null, message);
    }

    public InvalidValueException(String field, String message) {
        super(field == null ? message : field + " " + message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The message without the field name. */
    public String reason() {
        return field == null ? getMessage() : getMessage().substring(field.length() + 1);
    }
}
