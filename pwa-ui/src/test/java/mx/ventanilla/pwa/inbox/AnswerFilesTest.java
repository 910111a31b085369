package mx.ventanilla.pwa.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import mx.ventanilla.pwa.api.TurnsApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of an answer wait on disk, in a private directory, and nothing is left behind. */
class AnswerFilesTest {

    @TempDir
    Path parent;

    @Test
    void receivedFilesWaitOnDiskInAPrivateDirectoryAndAreSentInTheOrderTheyArrived() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);

        uploaded(files, "photos", "foto.jpg", "image/jpeg", 3);
        uploaded(files, "files", "oficio.pdf", "application/pdf", 5);

        List<TurnsApi.Attachment> attachments = files.attachments();
        assertThat(attachments).extracting(TurnsApi.Attachment::fileName, TurnsApi.Attachment::contentType,
                TurnsApi.Attachment::size).containsExactly(
                        tuple("foto.jpg", "image/jpeg", 3L),
                        tuple("oficio.pdf", "application/pdf", 5L));
        assertThat(Files.readAllBytes(attachments.getFirst().path())).hasSize(3);
        Path directory = attachments.getFirst().path().getParent();
        assertThat(directory.getParent()).isEqualTo(parent);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(attachments.getFirst().path())))
                .isEqualTo("rw-------");
    }

    @Test
    void closingDeletesEveryFileReceivedOrNotAndTheDirectory() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        uploaded(files, "photos", "foto.jpg", "image/jpeg", 3);
        File broken = files.create("files", "cortado.pdf");
        Files.write(broken.toPath(), new byte[] {1});

        files.close();

        assertThat(contentsOf(parent)).isEmpty();
        assertThat(files.attachments()).isEmpty();
    }

    @Test
    void anUnfinishedUploadIsNeverSent() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        files.create("photos", "cortada.jpg");

        assertThat(files.attachments()).isEmpty();
    }

    @Test
    void aFileRemovedFromItsListIsDeletedAndTheOtherListKeepsItsFileOfTheSameName() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        Path photo = uploaded(files, "photos", "image.jpg", "image/jpeg", 3);
        Path file = uploaded(files, "files", "image.jpg", "image/jpeg", 4);

        files.remove("photos", "image.jpg");

        assertThat(photo).doesNotExist();
        assertThat(file).exists();
        assertThat(files.attachments()).extracting(TurnsApi.Attachment::path).containsExactly(file);
    }

    @Test
    void removingANameStillArrivingRemovesThatUploadAndNotTheOneReceivedBefore() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        Path first = uploaded(files, "photos", "image.jpg", "image/jpeg", 3);
        File arriving = files.create("photos", "image.jpg");

        files.remove("photos", "image.jpg");

        assertThat(arriving).doesNotExist();
        assertThat(first).exists();
        assertThat(files.attachments()).extracting(TurnsApi.Attachment::path).containsExactly(first);
    }

    @Test
    void aFileThatArrivesAfterTheFormWasClosedIsDeleted() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        File arriving = files.create("photos", "tarde.jpg");
        try (OutputStream upload = Files.newOutputStream(arriving.toPath())) {
            files.close();
            upload.write(new byte[] {1, 2});
        }

        files.received(arriving, "image/jpeg");

        assertThat(arriving).doesNotExist();
        assertThat(files.attachments()).isEmpty();
    }

    @Test
    void aClosedOwnerTakesNewUploadsInANewDirectory() throws IOException {
        AnswerFiles files = new AnswerFiles(parent);
        uploaded(files, "photos", "antes.jpg", "image/jpeg", 1);
        files.close();

        Path after = uploaded(files, "photos", "despues.jpg", "image/jpeg", 2);

        assertThat(after).exists();
        assertThat(files.attachments()).extracting(TurnsApi.Attachment::fileName).containsExactly("despues.jpg");
        files.close();
        assertThat(contentsOf(parent)).isEmpty();
    }

    private static Path uploaded(AnswerFiles files, String list, String name, String type, int size)
            throws IOException {
        File file = files.create(list, name);
        Files.write(file.toPath(), new byte[size]);
        files.received(file, type);
        return file.toPath();
    }

    private static List<Path> contentsOf(Path directory) throws IOException {
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.toList();
        }
    }
}
