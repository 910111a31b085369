package mx.ventanilla.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives.
 *
 * @param uri           a MongoDB connection string; absent means the embedded MongoDB-wire server
 * @param database      the database name
 * @param embeddedFile  the H2 file the embedded server keeps its data in
 */
public record MongoSettings(Optional<String> uri, String database, Path embeddedFile) {
}
