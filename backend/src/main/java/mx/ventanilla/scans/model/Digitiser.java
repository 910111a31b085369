package mx.ventanilla.scans.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Turns received files into stored scans (port), in two steps. {@link #accept} runs while the client waits: files
 * are checked by content (JPEG, PNG, WebP, TIFF, PDF; HEIC is refused with advice) and against the configured limits
 * on size, page count and image dimensions read from headers, and the originals are stored as they came; a refused
 * file raises {@link mx.ventanilla.platform.error.InvalidInputException} and leaves nothing stored. {@link #complete}
 * runs later, in the background, and makes the page images, thumbnails and the PDF.
 */
public interface Digitiser {

    /** Checks the files and stores them untouched: a {@link ScanStatus#PENDING} set. */
    ScanSet accept(List<IncomingFile> pages);

    /** Like {@link #accept}, for pages added after {@code earlier}'s: a new pending set with the earlier pages first. */
    ScanSet acceptMore(ScanSet earlier, List<IncomingFile> pages);

    /**
     * Makes the normalised pages (orientation, bounded size), the thumbnails and the one PDF of a pending set: the
     * set {@link ScanStatus#READY}, or {@link ScanStatus#FAILED} with the reason when a page cannot be decoded (what
     * was made for it is deleted again; the originals stay). Other failures, e.g. of the store, are raised.
     */
    ScanSet complete(ScanSet pending);

    /** Stores attachments as they are (after the same content checks), e.g. the files of a response. */
    List<StoredFile> storeAttachments(List<IncomingFile> files);

    /** Deletes stored files, e.g. when the write that was to reference them failed. */
    void discard(List<StoredFile> files);

    /** A short-lived URL to fetch one stored file; issue it only after the caller's authorisation was checked. */
    URI temporaryUrl(StoredFile file, Duration validity);
}
