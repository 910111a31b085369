package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract against the S3Proxy server that {@link ObjectStorage} embeds when no endpoint is configured. */
class EmbeddedObjectStorageIT extends ObjectStorageContract {

    @TempDir
    static Path dataDirectory;

    private static ObjectStorage storage;

    @BeforeAll
    static void openEmbeddedStore() {
        storage = ObjectStorage.open(embeddedSettings(dataDirectory));
    }

    @AfterAll
    static void closeEmbeddedStore() {
        storage.close();
    }

    @Override
    protected ObjectStorage storage() {
        return storage;
    }

    @Override
    protected ObjectStorageSettings settings() {
        return embeddedSettings(dataDirectory);
    }

    @Override
    protected void assertNoTraceOf(String token) throws IOException {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            assertThat(files.map(Path::toString)).noneMatch(path -> path.contains(token));
        }
    }

    @Test
    void embeddedServerListensOnLoopbackOnly() {
        assertThat(storage.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(storage.endpoint().getPort()).isPositive();
    }

    @Test
    void versioningAndObjectLockAreReportedAsUnsupportedInsteadOfFailing() {
        StoredObject stored = storage.put(new ByteArrayInputStream(Samples.pdf()), options().build());

        assertThat(storage.supportsVersioning()).isFalse();
        assertThat(storage.supportsObjectLock()).isFalse();
        assertThat(stored.versionId()).isEmpty();
        assertThat(storage.retainUntil(stored.key(), Instant.now().plus(Duration.ofDays(30)))).isFalse();
        assertThat(storage.stat(stored.key())).isPresent();
    }

    @Test
    void storedObjectsSurviveClosingAndReopeningOnTheSameDirectory(@TempDir Path directory) throws IOException {
        byte[] content = Samples.tiff();
        StoredObject stored;
        try (ObjectStorage first = ObjectStorage.open(embeddedSettings(directory))) {
            stored = first.put(new ByteArrayInputStream(content), options().clientFileName("acta.tif").build());
        }

        try (ObjectStorage second = ObjectStorage.open(embeddedSettings(directory));
                InputStream in = second.get(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
            assertThat(second.stat(stored.key())).hasValueSatisfying(info -> {
                assertThat(info.contentType()).isEqualTo("image/tiff");
                assertThat(info.clientFileName()).hasValue("acta.tif");
            });
        }
    }

    @Test
    void embeddedServerRefusesClientsWithoutTheCredentials() {
        MinioClient stranger = MinioClient.builder()
                .endpoint(storage.endpoint().toString())
                .region(ObjectStorageSettings.DEFAULT_REGION)
                .credentials(ACCESS_KEY, "not-the-secret")
                .build();

        assertThatThrownBy(() -> stranger.bucketExists(
                BucketExistsArgs.builder().bucket(ObjectStorageSettings.DEFAULT_BUCKET).build()))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.errorResponse().code()).isEqualTo("AccessDenied"));
    }

    @Test
    void healthCheckFailsOnceTheServerIsGone(@TempDir Path directory) {
        EmbeddedS3Server server = EmbeddedS3Server.start(embeddedSettings(directory));
        ObjectStorageSettings remote = ObjectStorageSettings.builder()
                .endpoint(server.endpoint())
                .accessKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .build();
        try (ObjectStorage connected = ObjectStorage.open(remote)) {
            connected.checkHealth();

            server.close();

            assertThatThrownBy(connected::checkHealth)
                    .isInstanceOf(ObjectStorageException.class)
                    .hasMessageContaining(server.endpoint().toString());
        }
    }

    @Test
    void openingAnUnreachableStoreFailsNamingTheEndpoint(@TempDir Path directory) {
        URI endpoint;
        try (EmbeddedS3Server server = EmbeddedS3Server.start(embeddedSettings(directory))) {
            endpoint = server.endpoint();
        }
        ObjectStorageSettings unreachable = ObjectStorageSettings.builder()
                .endpoint(endpoint)
                .accessKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .build();

        assertThatThrownBy(() -> ObjectStorage.open(unreachable))
                .isInstanceOf(ObjectStorageException.class)
                .hasMessageContaining(endpoint.toString());
    }

    @Test
    void embeddedServerOnATakenPortFailsNamingThePort(@TempDir Path directory) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ObjectStorageSettings settings = ObjectStorageSettings.builder()
                    .accessKey(ACCESS_KEY)
                    .secretKey(SECRET_KEY)
                    .embeddedDataDirectory(directory)
                    .embeddedPort(taken.getLocalPort())
                    .build();

            assertThatThrownBy(() -> ObjectStorage.open(settings))
                    .isInstanceOf(ObjectStorageException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsNamed(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> ObjectStorage.open(embeddedSettings(file.resolve("objects"))))
                .isInstanceOf(ObjectStorageException.class)
                .hasMessageContaining(file.resolve("objects").toString());
    }

    private static ObjectStorageSettings embeddedSettings(Path directory) {
        return ObjectStorageSettings.builder()
                .accessKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .embeddedDataDirectory(directory)
                .build();
    }
}
