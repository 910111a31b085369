package mx.ventanilla.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells the media type of content from its first bytes, with Tika's magic-number detection and nothing else: no file
 * name and no declared type are consulted, so a client cannot pass a script off as a scan by naming it
 * {@code scan.pdf}.
 */
final class ContentSniffer {

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /** How many leading bytes {@link #detect(byte[])} needs to see. */
    int headLength() {
        return mimeTypes.getMinLength();
    }

    /** The base media type of content starting with these bytes, such as {@code image/png} or {@code text/plain}. */
    String detect(byte[] head) {
        try {
            MediaType type = mimeTypes.detect(new ByteArrayInputStream(head), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a byte array cannot fail", e);
        }
    }

    /** Whether the detected type is one of the allowed ones, also when they are written as an alias. */
    boolean isAllowed(String detectedType, Set<String> allowedTypes) {
        MediaType detected = registry.normalize(MediaType.parse(detectedType));
        return allowedTypes.stream()
                .map(MediaType::parse)
                .map(registry::normalize)
                .anyMatch(detected::equals);
    }
}
