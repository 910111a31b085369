package mx.ventanilla.scans.model;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Turns received files into stored scans (port). Files are checked by content (JPEG, PNG, WebP, HEIC where
 * decodable, TIFF, PDF) and against the configured limits on size, page count and image dimensions; a refused file
 * raises {@link mx.ventanilla.platform.error.InvalidInputException} and leaves nothing stored.
 */
public interface Digitiser {

    /** Normalises page photos or scans (orientation, bounded size), assembles one PDF and makes thumbnails. */
    ScanSet digitise(List<IncomingFile> pages);

    /** Stores attachments as they are (after the same content checks), e.g. the files of a response. */
    List<StoredFile> storeAttachments(List<IncomingFile> files);

    /** A stored file as received input again, e.g. to assemble a document's pages anew when pages are added. */
    IncomingFile reopen(StoredFile file);

    /** Deletes stored files, e.g. when the write that was to reference them failed. */
    void discard(List<StoredFile> files);

    /** A short-lived URL to fetch one stored file; issue it only after the caller's authorisation was checked. */
    URI temporaryUrl(StoredFile file, Duration validity);
}
