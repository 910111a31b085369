package mx.ventanilla.correspondence.application;

import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/** Checks on free text from requests: trimmed, bounded, required or not. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "'" + field + "' is required.");
        }
        return bounded(field, trimmed, maxLength);
    }

    static String optional(String field, Optional<String> value, int maxLength) {
        return bounded(field, value.map(String::strip).orElse(""), maxLength);
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidInputException(field,
                    "'" + field + "' has at most " + maxLength + " characters; got " + value.length() + ".");
        }
        return value;
    }
}
