package mx.ventanilla.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * What was stored by {@link ObjectStorage#put}: everything here was measured on the bytes as they streamed through.
 *
 * @param key the generated key under which the object can be read back
 * @param size the number of bytes stored
 * @param sha256 the SHA-256 digest of the content, as 64 lower-case hexadecimal digits
 * @param contentType the media type detected from the content, such as {@code application/pdf}
 * @param versionId the version the store assigned, where the bucket is versioned
 */
public record StoredObject(String key, long size, String sha256, String contentType, Optional<String> versionId) {

    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(versionId, "versionId");
    }
}
