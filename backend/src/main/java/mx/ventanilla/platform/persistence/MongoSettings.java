package mx.ventanilla.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives.
 *
 * @param uri           a MongoDB connection string; absent means the embedded MongoDB-wire server
 * @param database      the database name
 * @param embeddedFile  the H2 file the embedded server keeps its data in
 * @param embeddedStore how the embedded server's H2 store is tuned
 */
public record MongoSettings(Optional<String> uri, String database, Path embeddedFile, EmbeddedStore embeddedStore) {

    public MongoSettings(Optional<String> uri, String database, Path embeddedFile) {
        this(uri, database, embeddedFile, EmbeddedStore.DEFAULT);
    }

    /**
     * The embedded server's H2 MVStore. Large data sets (the full-size benchmark) want a page cache that holds the
     * collections, and no background compaction: while a long scan reads old chunks, compaction may drop them, and the
     * scan fails with H2's "Chunk ... not found".
     *
     * @param cacheMegabytes the MVStore page cache (H2's default is 16)
     * @param autoCompact    whether MVStore compacts the file in the background while it runs
     */
    public record EmbeddedStore(int cacheMegabytes, boolean autoCompact) {

        public static final EmbeddedStore DEFAULT = new EmbeddedStore(16, true);

        public EmbeddedStore {
            if (cacheMegabytes < 1) {
                throw new IllegalArgumentException("The embedded store's cache must be at least 1 MB, not "
                        + cacheMegabytes);
            }
        }
    }
}
