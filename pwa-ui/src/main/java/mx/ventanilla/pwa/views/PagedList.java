package mx.ventanilla.pwa.views;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.pwa.api.Paged;

/**
 * The rows of a screen's list read page by page ("Cargar más"): {@link #more} appends the next page, and
 * {@link #reload} reads from the start again as many rows as were shown, so a refresh after an action does not take
 * away what the user had loaded. Errors of the source ({@code ApiException}) reach the caller.
 *
 * @param <T> the rows' type
 */
public final class PagedList<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where the pages come from: the page after the cursor given, or the first one. */
    @FunctionalInterface
    public interface Source<T> {
        Paged<T> page(Optional<String> after);
    }

    private final List<T> rows = new ArrayList<>();
    private Optional<String> nextAfter = Optional.empty();

    /** Reads the first page, then more pages until there are as many rows as before (or no more); the rows. */
    public List<T> reload(Source<T> source) {
        int wanted = rows.size();
        rows.clear();
        nextAfter = Optional.empty();
        append(source.page(Optional.empty()));
        while (rows.size() < wanted && nextAfter.isPresent()) {
            append(source.page(nextAfter));
        }
        return rows();
    }

    /** Appends the next page, if there is one; the rows. */
    public List<T> more(Source<T> source) {
        if (nextAfter.isPresent()) {
            append(source.page(nextAfter));
        }
        return rows();
    }

    /** Forgets every row, so the next {@link #reload} reads one page. */
    public void clear() {
        rows.clear();
        nextAfter = Optional.empty();
    }

    public List<T> rows() {
        return List.copyOf(rows);
    }

    public boolean hasMore() {
        return nextAfter.isPresent();
    }

    private void append(Paged<T> page) {
        rows.addAll(page.items());
        nextAfter = page.nextAfter();
    }
}
