package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Bounds and place for the files of GraphQL multipart requests, configured under {@code ventanilla.uploads}.
 *
 * @param maxFiles        the most files one request may carry
 * @param maxFileBytes    the largest single file, in bytes
 * @param maxRequestBytes the largest whole request body, in bytes
 * @param directory       the private directory files are streamed to while their request is served
 */
public record UploadLimits(int maxFiles, long maxFileBytes, long maxRequestBytes, Path directory) {

    public UploadLimits {
        if (maxFiles < 1 || maxFileBytes < 1 || maxRequestBytes < 1) {
            throw new IllegalArgumentException("Upload limits must be positive: " + maxFiles + ", " + maxFileBytes
                    + ", " + maxRequestBytes);
        }
    }

    /**
     * Creates the directory, readable by this process's user only, and deletes what an interrupted earlier run left
     * in it. Call once at start, before requests are served.
     */
    public UploadLimits prepareDirectory() {
        try {
            Files.createDirectories(directory);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(directory, "upload-*.part")) {
                for (Path leftover : leftovers) {
                    Files.deleteIfExists(leftover);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the upload directory " + directory, e);
        }
    }

    /** 20 files, 25 MiB per file, 100 MiB per request, in {@code <data-dir>/tmp/uploads}. */
    public static UploadLimits defaults(Path dataDir) {
        return new UploadLimits(20, 25L * 1024 * 1024, 100L * 1024 * 1024, dataDir.resolve("tmp").resolve("uploads"));
    }
}
