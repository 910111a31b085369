package mx.ventanilla.scans.model;

/**
 * What digitisation accepts and how it normalises pages. Configured under {@code ventanilla.scans}.
 *
 * @param maxPages          the most pages one document may have, counting every page of a PDF sent as input
 * @param maxFileBytes      the largest single file accepted, in bytes
 * @param maxPixels         the largest image accepted, as width × height read from its header before decoding
 * @param maxLongEdge       pages are scaled down so that their longer side has at most this many pixels
 * @param thumbnailLongEdge the longer side of a thumbnail, in pixels
 * @param jpegQuality       the quality pages are re-encoded with, between 0.1 and 1.0
 */
public record ScanLimits(int maxPages, long maxFileBytes, long maxPixels, int maxLongEdge, int thumbnailLongEdge,
                         float jpegQuality) {

    public ScanLimits {
        requireAtLeast("maxPages", maxPages, 1);
        requireAtLeast("maxFileBytes", maxFileBytes, 1);
        requireAtLeast("maxPixels", maxPixels, 1);
        requireAtLeast("maxLongEdge", maxLongEdge, 16);
        requireAtLeast("thumbnailLongEdge", thumbnailLongEdge, 16);
        if (jpegQuality < 0.1f || jpegQuality > 1.0f) {
            throw new IllegalArgumentException("jpegQuality must be between 0.1 and 1.0, not " + jpegQuality);
        }
    }

    /** 100 pages, 25 MiB per file, 50 megapixels, 2200 px pages, 320 px thumbnails, JPEG quality 0.85. */
    public static ScanLimits defaults() {
        return new ScanLimits(100, 25L * 1024 * 1024, 50_000_000L, 2200, 320, 0.85f);
    }

    private static void requireAtLeast(String name, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value);
        }
    }
}
