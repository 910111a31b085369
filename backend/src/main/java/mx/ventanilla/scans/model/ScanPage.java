package mx.ventanilla.scans.model;

import java.util.Optional;

/**
 * One digitised page: the untouched original as received, and once digitisation is done a small thumbnail for fast
 * mobile viewing.
 *
 * @param original  the file exactly as the client sent it
 * @param thumbnail a small JPEG of the page, upright; empty until the set is {@link ScanStatus#READY}
 * @param width     width in pixels of the page as placed in the PDF (after orientation and bounding); while the set
 *                  is pending, of the original turned upright
 * @param height    height in pixels, like {@code width}
 */
public record ScanPage(StoredFile original, Optional<StoredFile> thumbnail, int width, int height) {

    /** A page whose original is stored and whose thumbnail is still to be made. */
    public static ScanPage pending(StoredFile original, int width, int height) {
        return new ScanPage(original, Optional.empty(), width, height);
    }

    /** The page as it is once digitised. */
    public static ScanPage ready(StoredFile original, StoredFile thumbnail, int width, int height) {
        return new ScanPage(original, Optional.of(thumbnail), width, height);
    }
}
