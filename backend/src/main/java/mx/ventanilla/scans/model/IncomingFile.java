package mx.ventanilla.scans.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file a client sent (a page photo, a scanned PDF, an attachment), not yet trusted: its name is only a label and
 * its type is decided from its bytes.
 *
 * @param clientName the file name the client gave, kept for display only
 * @param size       its size in bytes as received
 * @param content    opens the received bytes; may be called more than once
 */
public record IncomingFile(String clientName, long size, Content content) {

    /** Opens the bytes of a received file, e.g. from the temporary file a multipart upload was streamed to. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
