package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A GraphQL multipart request once read: the operation, with {@link Upload} values at the mapped variable paths, and
 * the temporary files those uploads point to. Closing it deletes the files.
 */
record MultipartRequest(GraphQlRequest request, List<Path> files) implements AutoCloseable {

    MultipartRequest {
        files = List.copyOf(files);
    }

    @Override
    public void close() {
        deleteAll(files);
    }

    static void deleteAll(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                System.getLogger(MultipartRequest.class.getName()).log(System.Logger.Level.WARNING,
                        "Could not delete the temporary upload " + file, e);
            }
        }
    }
}
