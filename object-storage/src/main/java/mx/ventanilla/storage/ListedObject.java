package mx.ventanilla.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a bucket listing: enough to decide whether an object may go, without reading it.
 *
 * @param key          the object's key
 * @param size         its size in bytes
 * @param lastModified when its current version was stored, by the store's clock
 */
public record ListedObject(String key, long size, Instant lastModified) {

    public ListedObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
