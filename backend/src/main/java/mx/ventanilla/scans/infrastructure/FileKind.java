package mx.ventanilla.scans.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The file formats digitisation knows, told apart by their leading bytes only (never by name or claimed type). */
enum FileKind {
    JPEG("image/jpeg", "JPEG"),
    PNG("image/png", "PNG"),
    WEBP("image/webp", "WebP"),
    TIFF("image/tiff", "TIFF"),
    HEIC("image/heic", "HEIC"),
    PDF("application/pdf", "PDF");

    /** How many leading bytes {@link #of(byte[])} needs. */
    static final int HEAD_LENGTH = 16;

    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
            "msf1");

    private final String mediaType;
    private final String label;

    FileKind(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    String mediaType() {
        return mediaType;
    }

    String label() {
        return label;
    }

    boolean isImage() {
        return this != PDF;
    }

    static Optional<FileKind> of(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, 'I', 'I', 42, 0) || startsWith(head, 0, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return isHeif(head) ? Optional.of(HEIC) : Optional.empty();
    }

    private static boolean isHeif(byte[] head) {
        if (head.length < 12 || !startsWith(head, 4, 'f', 't', 'y', 'p')) {
            return false;
        }
        return HEIF_BRANDS.contains(new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
