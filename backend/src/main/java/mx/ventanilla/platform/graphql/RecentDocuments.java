package mx.ventanilla.platform.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What was made of the GraphQL documents sent most recently, keyed by the document's text. Clients send the same few
 * documents over and over with other variables (the web app has a few dozen), so parsing and validating each once
 * instead of on every request saves a good share of a small request's CPU. Bounded twice, so that a caller sending
 * ever new documents only evicts: at most {@code capacity} entries, and documents longer than
 * {@code maxDocumentLength} characters are never kept. The result for a document must depend on its text alone.
 *
 * @param <V> what is kept for a document
 */
final class RecentDocuments<V> {

    private final int maxDocumentLength;
    private final Map<String, V> entries;

    RecentDocuments(int capacity, int maxDocumentLength) {
        this.maxDocumentLength = maxDocumentLength;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The kept result for this document, or the one {@code make} makes now (kept when the document is short enough). */
    V get(String document, Supplier<V> make) {
        if (document.length() > maxDocumentLength) {
            return make.get();
        }
        synchronized (entries) {
            V kept = entries.get(document);
            if (kept != null) {
                return kept;
            }
        }
        V made = make.get();
        synchronized (entries) {
            entries.put(document, made);
        }
        return made;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
