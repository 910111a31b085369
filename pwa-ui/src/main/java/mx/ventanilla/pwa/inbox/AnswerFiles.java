package mx.ventanilla.pwa.inbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.pwa.api.TurnsApi;
import org.jspecify.annotations.Nullable;

/**
 * The files of one answer while it is being written: each upload goes to a file of its own in a directory that only
 * the app's user may read, created in {@code parent} on the first upload, and only the name, type, size and path stay
 * in memory. {@link #close()} deletes them all, with the directory, and leaves the owner ready for new uploads.
 *
 * <p>An upload is recorded from the moment its file is created: one that breaks off, or that the user cancels, leaves
 * a partial file that is never sent and that {@link #remove} or {@link #close()} deletes. Each upload list of the form
 * has its own {@code list} name, so removing a file from one list cannot touch the other's. Thread-safe: files are
 * created on the request thread of the upload, and recorded as received under the session lock.
 */
final class AnswerFiles {

    private static final System.Logger LOG = System.getLogger(AnswerFiles.class.getName());
    private static final String OWNER_ONLY_DIRECTORY = "rwx------";
    private static final String OWNER_ONLY_FILE = "rw-------";

    private final Path parent;
    private final List<Upload> uploads = new ArrayList<>();
    private @Nullable Path directory;

    /** Files kept in a new directory under {@code parent}, such as {@code java.io.tmpdir}. */
    AnswerFiles(Path parent) {
        this.parent = parent;
    }

    /** A new, empty file for an upload to the list {@code list} of a file named {@code fileName} on the device. */
    synchronized File create(String list, String fileName) throws IOException {
        Path file = Files.createTempFile(directory(), "upload-", ".part", ownerOnly(OWNER_ONLY_FILE));
        uploads.add(new Upload(list, fileName, file, Optional.empty()));
        return file.toFile();
    }

    /**
     * The upload into {@code file} arrived whole, with this type. A file no longer recorded, because it was removed or
     * closed while it arrived, is deleted instead.
     */
    synchronized void received(File file, String contentType) throws IOException {
        Path path = file.toPath();
        Optional<Upload> upload = uploads.stream().filter(candidate -> candidate.path().equals(path)).findFirst();
        if (upload.isEmpty()) {
            Files.deleteIfExists(path);
            return;
        }
        uploads.set(uploads.indexOf(upload.get()), upload.get().received(contentType, Files.size(path)));
    }

    /**
     * The user removed {@code fileName} from {@code list}. An upload of that name still on its way is the one
     * removed; otherwise the last received one of that name, since the list names nothing more precise.
     */
    synchronized void remove(String list, String fileName) {
        List<Upload> named = uploads.stream()
                .filter(upload -> upload.list().equals(list) && upload.fileName().equals(fileName)).toList();
        Optional<Upload> unfinished = named.stream().filter(upload -> upload.attachment().isEmpty()).findFirst();
        Optional<Upload> chosen = unfinished.isPresent() ? unfinished
                : named.isEmpty() ? Optional.empty() : Optional.of(named.getLast());
        if (chosen.isPresent()) {
            uploads.remove(chosen.get());
            delete(chosen.get().path());
        }
    }

    /** The files that arrived whole, in the order they arrived in. */
    synchronized List<TurnsApi.Attachment> attachments() {
        return uploads.stream().flatMap(upload -> upload.attachment().stream()).toList();
    }

    /** Deletes every file, received or not, and the directory; one that cannot be deleted is logged and skipped. */
    synchronized void close() {
        for (Upload upload : uploads) {
            delete(upload.path());
        }
        uploads.clear();
        if (directory != null) {
            delete(directory);
            directory = null;
        }
    }

    private Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory(parent, "ventanilla-answer-", ownerOnly(OWNER_ONLY_DIRECTORY));
        }
        return directory;
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the answer file " + path, e);
        }
    }

    /** One upload: its file, and once it arrived whole, what is sent. */
    private record Upload(String list, String fileName, Path path, Optional<TurnsApi.Attachment> attachment) {

        Upload received(String contentType, long size) {
            return new Upload(list, fileName, path, Optional.of(new TurnsApi.Attachment(fileName, contentType, size,
                    path)));
        }
    }
}
