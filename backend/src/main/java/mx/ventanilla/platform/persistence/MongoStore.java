package mx.ventanilla.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.bson.Document;

/**
 * The MongoDB connection of the whole backend. With a configured URI it talks to that server (a replica set in
 * production, which also brings transactions); without one it starts the embedded MongoDB-wire server on an H2 file,
 * with the oplog enabled for change streams, and says so in the log.
 */
public final class MongoStore implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(MongoStore.class.getName());

    private final MongoClient client;
    private final MongoDatabase database;
    private final Optional<MongoServer> embedded;
    private final boolean transactions;

    private MongoStore(MongoClient client, MongoDatabase database, Optional<MongoServer> embedded) {
        this.client = client;
        this.database = database;
        this.embedded = embedded;
        this.transactions = embedded.isEmpty() && isReplicaSetMember(database);
    }

    public static MongoStore open(MongoSettings settings) {
        return open(settings, List.of());
    }

    /** Opens the store with listeners that see every command the driver sends (tests count reads with them). */
    public static MongoStore open(MongoSettings settings, List<CommandListener> listeners) {
        if (settings.uri().isPresent()) {
            MongoClient client = MongoClients.create(clientSettings(new ConnectionString(settings.uri().get()),
                    listeners));
            MongoStore store = new MongoStore(client, client.getDatabase(settings.database()), Optional.empty());
            LOG.log(System.Logger.Level.INFO, "Using MongoDB at {0}, database {1}; multi-document transactions {2}",
                    redacted(settings.uri().get()), settings.database(),
                    store.supportsTransactions() ? "available" : "NOT available (not a replica set)");
            return store;
        }
        MongoServer server = startEmbedded(settings);
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        MongoClient client = MongoClients.create(clientSettings(new ConnectionString(uri), listeners));
        LOG.log(System.Logger.Level.INFO,
                "No MongoDB URI configured: started the embedded MongoDB-wire server at {0}, data in {1}. "
                        + "Use a MongoDB replica set in production.", uri, settings.embeddedFile());
        return new MongoStore(client, client.getDatabase(settings.database()), Optional.of(server));
    }

    public MongoDatabase database() {
        return database;
    }

    public MongoClient client() {
        return client;
    }

    /**
     * The address of the embedded server when this store started one, so that another backend instance (in tests, a
     * second instance on the same data) can connect to it with {@code ventanilla.mongodb.uri}.
     */
    public Optional<String> embeddedUri() {
        return embedded.map(server -> server.getLocalAddress())
                .map(address -> "mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** Multi-document transactions are available (a replica set or sharded cluster). */
    public boolean supportsTransactions() {
        return transactions;
    }

    /** Throws when the server does not answer a ping. */
    public void ping() {
        database.runCommand(new Document("ping", 1));
    }

    @Override
    public void close() {
        client.close();
        embedded.ifPresent(MongoServer::shutdownNow);
    }

    private static MongoServer startEmbedded(MongoSettings settings) {
        try {
            Files.createDirectories(settings.embeddedFile().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + settings.embeddedFile(), e);
        }
        MongoServer server = new MongoServer(new H2Backend(mvStore(settings)));
        server.enableOplog();
        server.bind("127.0.0.1", 0);
        return server;
    }

    private static MVStore mvStore(MongoSettings settings) {
        MVStore.Builder builder = new MVStore.Builder()
                .fileName(settings.embeddedFile().toString())
                .cacheSize(settings.embeddedStore().cacheMegabytes());
        if (!settings.embeddedStore().autoCompact()) {
            builder.autoCompactFillRate(0);
        }
        return builder.open();
    }

    private static MongoClientSettings clientSettings(ConnectionString uri, List<CommandListener> listeners) {
        return MongoClientSettings.builder()
                .applyConnectionString(uri)
                .commandListenerList(listeners)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
    }

    private static boolean isReplicaSetMember(MongoDatabase database) {
        try {
            Document hello = database.runCommand(new Document("hello", 1));
            return hello.containsKey("setName") || "isdbgrid".equals(hello.getString("msg"));
        } catch (MongoCommandException e) {
            LOG.log(System.Logger.Level.WARNING, "The server does not answer 'hello' ({0}); assuming it has no "
                    + "transactions", e.getErrorMessage());
            return false;
        }
    }

    private static String redacted(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
