package mx.ventanilla.scans.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

        /**
         * The file the bytes are in, when they are in one, so that they can be stored from it without being read
         * into memory; empty for content that is not on disk.
         */
        default Optional<Path> onDisk() {
            return Optional.empty();
        }

        /** The content of a file on disk. */
        static Content ofFile(Path file) {
            return new Content() {
                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }

                @Override
                public Optional<Path> onDisk() {
                    return Optional.of(file);
                }
            };
        }
    }
}
