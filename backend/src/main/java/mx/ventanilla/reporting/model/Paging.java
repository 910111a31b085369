package mx.ventanilla.reporting.model;

import mx.ventanilla.platform.error.InvalidInputException;

/** Page sizes of reporting lists, the same bounds as every connection of the API. */
public final class Paging {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    static void requirePageSize(int first) {
        if (first < 0 || first > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first",
                    "'first' must be between 0 and " + MAX_PAGE_SIZE + "; got " + first + ".");
        }
    }
}
