package mx.ventanilla.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells the media type of content from its first bytes, with Tika's magic-number detection and nothing else: no file
 * name and no declared type are consulted, so a client cannot pass a script off as a scan by naming it
 * {@code scan.pdf}.
 *
 * <p>The formats that registration receives by the thousand (JPEG, PNG, WebP, TIFF, PDF) start with fixed signatures
 * that tell them apart at once; those are matched first, and only other content goes through Tika's full rule set,
 * which costs about a quarter of a 1 MB photo's whole upload. Both paths give the same answer for these formats
 * ({@code ContentSnifferTest}).
 */
final class ContentSniffer {

    /** A fixed run of bytes at a fixed offset that only one of the common formats starts with. */
    private record Signature(String mediaType, int offset, byte[] bytes, int offset2, byte[] bytes2) {

        static Signature of(String mediaType, int... bytes) {
            return new Signature(mediaType, 0, toBytes(bytes), 0, new byte[0]);
        }

        Signature and(int offset, String ascii) {
            return new Signature(mediaType, this.offset, bytes, offset, ascii.getBytes(StandardCharsets.US_ASCII));
        }

        boolean matches(byte[] head) {
            return startsWith(head, offset, bytes) && startsWith(head, offset2, bytes2);
        }

        private static boolean startsWith(byte[] head, int at, byte[] expected) {
            return head.length >= at + expected.length
                    && Arrays.equals(head, at, at + expected.length, expected, 0, expected.length);
        }

        private static byte[] toBytes(int... values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return bytes;
        }
    }

    private static final List<Signature> COMMON = List.of(
            Signature.of("image/jpeg", 0xFF, 0xD8, 0xFF),
            Signature.of("image/png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            Signature.of("image/webp", 'R', 'I', 'F', 'F').and(8, "WEBP"),
            Signature.of("image/tiff", 'I', 'I', 42, 0),
            Signature.of("image/tiff", 'M', 'M', 0, 42),
            Signature.of("application/pdf", '%', 'P', 'D', 'F', '-'));

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /** How many leading bytes {@link #detect(byte[])} needs to see. */
    int headLength() {
        return mimeTypes.getMinLength();
    }

    /** The base media type of content starting with these bytes, such as {@code image/png} or {@code text/plain}. */
    String detect(byte[] head) {
        for (Signature signature : COMMON) {
            if (signature.matches(head)) {
                return signature.mediaType();
            }
        }
        return detectWithTika(head);
    }

    /** What Tika's full magic-number rules make of these bytes, without the shortcut for the common formats. */
    String detectWithTika(byte[] head) {
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
