package mx.ventanilla.storage;

import java.util.Set;
import java.util.TreeSet;

/**
 * The content's own bytes show a media type that the caller does not accept here; nothing was uploaded.
 * The type is detected from the content, never taken from a file name or a type the client claims.
 */
public class UnsupportedContentTypeException extends ObjectStorageException {

    private final String detectedType;
    private final Set<String> allowedTypes;

    public UnsupportedContentTypeException(String detectedType, Set<String> allowedTypes) {
        super("The content is %s, which is not accepted here; accepted types: %s."
                .formatted(detectedType, String.join(", ", new TreeSet<>(allowedTypes))));
        this.detectedType = detectedType;
        this.allowedTypes = Set.copyOf(allowedTypes);
    }

    /** The media type detected from the content, such as {@code text/plain}. */
    public String detectedType() {
        return detectedType;
    }

    /** The media types that would have been accepted. */
    public Set<String> allowedTypes() {
        return allowedTypes;
    }
}
