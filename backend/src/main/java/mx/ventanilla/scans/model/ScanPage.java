package mx.ventanilla.scans.model;

/**
 * One digitised page: the untouched original as received, and a small thumbnail for fast mobile viewing.
 *
 * @param original  the file exactly as the client sent it
 * @param thumbnail a small JPEG of the page, upright
 * @param width     width in pixels of the page as placed in the PDF (after orientation and bounding)
 * @param height    height in pixels of the page as placed in the PDF
 */
public record ScanPage(StoredFile original, StoredFile thumbnail, int width, int height) {
}
