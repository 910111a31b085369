package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * The objects that scans and attachments are kept in (port), as reconciliation sees them: listed lazily and deleted
 * one by one.
 */
public interface StoredObjects {

    /**
     * Every object Ventanilla stores for items and responses that was stored before {@code instant}, read lazily;
     * the caller closes the stream.
     */
    Stream<StoredObjectEntry> storedBefore(Instant instant);

    /** Deletes the object; throws when the store refuses, e.g. because the object is under retention. */
    void delete(String key);
}
