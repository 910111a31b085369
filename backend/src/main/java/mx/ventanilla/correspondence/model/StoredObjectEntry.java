package mx.ventanilla.correspondence.model;

import java.time.Instant;

/**
 * One object in the store, as a listing shows it.
 *
 * @param key       its key
 * @param size      bytes
 * @param storedAt  when it was stored
 */
public record StoredObjectEntry(String key, long size, Instant storedAt) {
}
