package mx.ventanilla.reporting.model;

import java.util.List;

/**
 * One page of a keyset-paged list. Each row carries its keyset position, which the API layer turns into an opaque
 * cursor; the next page starts after the last row's position.
 *
 * @param rows        the rows of this page, in list order
 * @param hasNextPage whether more rows follow
 */
public record ResultPage<T>(List<T> rows, boolean hasNextPage) {

    public ResultPage {
        rows = List.copyOf(rows);
    }

    /** Cuts a fetch of {@code first + 1} rows down to the page. */
    public static <T> ResultPage<T> of(List<T> fetched, int first) {
        boolean more = fetched.size() > first;
        return new ResultPage<>(more ? fetched.subList(0, first) : fetched, more);
    }
}
