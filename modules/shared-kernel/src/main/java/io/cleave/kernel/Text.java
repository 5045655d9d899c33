package io.cleave.kernel;

/** Checks for the free text values carry (names, street names): present, and not too long. */
public final class Text {

    private Text() {
    }

    /**
     * The value without surrounding white space.
     *
     * @throws InvalidValueException naming {@code field} if the value is missing, blank or longer than {@code maxLength}
     */
    public static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most %d characters".formatted(maxLength));
        }
        return stripped;
    }
}
