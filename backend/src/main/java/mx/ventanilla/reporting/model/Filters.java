package mx.ventanilla.reporting.model;

import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/** Bounds shared by the text filters of reporting queries. */
final class Filters {

    static final int MAX_TEXT_LENGTH = 200;

    private Filters() {
    }

    static void requireShort(String field, Optional<String> text) {
        if (text.map(String::length).orElse(0) > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "'" + field + "' must be at most " + MAX_TEXT_LENGTH
                    + " characters long.");
        }
    }
}
