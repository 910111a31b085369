package mx.ventanilla.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows about one object, without its content.
 *
 * @param key the object's key
 * @param size its size in bytes
 * @param contentType the media type it was stored with
 * @param lastModified when it was stored
 * @param etag the store's entity tag, which changes when the content changes
 * @param versionId the current version, where the bucket is versioned
 * @param clientFileName the file name the client gave when it was stored, if any; for display only
 */
public record ObjectInfo(
        String key,
        long size,
        String contentType,
        Instant lastModified,
        String etag,
        Optional<String> versionId,
        Optional<String> clientFileName) {

    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(clientFileName, "clientFileName");
    }
}
