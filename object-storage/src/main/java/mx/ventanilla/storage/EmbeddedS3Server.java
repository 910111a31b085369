package mx.ventanilla.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * An S3-compatible server in this JVM, so that a single-machine installation needs no separate object store.
 *
 * <p>It is S3Proxy with its {@code filesystem-nio2} backend: each bucket is a directory under the data directory,
 * each object a file, with its metadata in extended file attributes, so the data survives restarts. It listens on
 * 127.0.0.1 only and requires the configured credentials (AWS signature V2 or V4). It does not support bucket
 * versioning or object lock and answers 501 Not Implemented to them.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String BACKEND = "filesystem-nio2";
    private static final String BASEDIR_PROPERTY = "jclouds.filesystem.basedir";
    private static final long STOP_TIMEOUT_MILLIS = 2_000;
    private static final System.Logger LOG = System.getLogger(EmbeddedS3Server.class.getName());

    private final S3Proxy proxy;
    private final URI endpoint;
    private final Path dataDirectory;

    private EmbeddedS3Server(S3Proxy proxy, URI endpoint, Path dataDirectory) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server with the data directory, port and credentials of the settings; their endpoint is ignored.
     *
     * @throws ObjectStorageException when the directory cannot be created or the port is taken
     */
    public static EmbeddedS3Server start(ObjectStorageSettings settings) {
        Path dataDirectory = createDataDirectory(settings.embeddedDataDirectory());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(filesystemBlobStore(dataDirectory))
                .endpoint(URI.create("http://%s:%d".formatted(LOOPBACK, settings.embeddedPort())))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, settings.accessKey(), settings.secretKey())
                .stopTimeout(STOP_TIMEOUT_MILLIS)
                .build();
        startListening(proxy, settings.embeddedPort(), dataDirectory);
        return new EmbeddedS3Server(proxy, URI.create("http://%s:%d".formatted(LOOPBACK, proxy.getPort())),
                dataDirectory);
    }

    /** Where S3 clients reach this server, such as {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The directory that holds the buckets. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops listening; requests in flight get two seconds to finish, then their connections are closed. The data
     * stays on disk.
     */
    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            stoppedDespite(e);
        }
    }

    /**
     * Jetty reports connections still open after the graceful period as a timeout, but goes on to close them and
     * stop: that is not a failure here.
     */
    private void stoppedDespite(Exception e) {
        if (!(e instanceof TimeoutException)) {
            throw new ObjectStorageException("Could not stop the embedded S3 server at " + endpoint, e);
        }
        LOG.log(Level.INFO, "Stopped the embedded S3 server at {0}; connections still open after {1} s were closed",
                endpoint, Long.toString(STOP_TIMEOUT_MILLIS / 1_000));
    }

    private static Path createDataDirectory(Path directory) {
        try {
            return Files.createDirectories(directory.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new ObjectStorageException("Could not create the object storage data directory " + directory
                    + "; check that the path is writable or set another embedded data directory", e);
        }
    }

    private static BlobStore filesystemBlobStore(Path dataDirectory) {
        Properties properties = new Properties();
        properties.setProperty(BASEDIR_PROPERTY, dataDirectory.toString());
        return BlobStores.create(BACKEND, properties);
    }

    private static void startListening(S3Proxy proxy, int port, Path dataDirectory) {
        try {
            proxy.start();
        } catch (Exception e) {
            stopAfterFailedStart(proxy, e);
            throw new ObjectStorageException("Could not start the embedded S3 server on %s:%d with data in %s; "
                    .formatted(LOOPBACK, port, dataDirectory) + "is the port already in use?", e);
        }
    }

    private static void stopAfterFailedStart(S3Proxy proxy, Exception startFailure) {
        try {
            proxy.stop();
        } catch (Exception e) {
            startFailure.addSuppressed(e);
        }
    }
}
