package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.GetObjectRetentionArgs;
import io.minio.messages.Retention;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The contract against a real MinIO server, which also supports versioning and object lock. Needs Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MinioContainerIT extends ObjectStorageContract {

    @Container
    static final MinIOContainer MINIO = new MinIOContainer("minio/minio:RELEASE.2023-09-04T19-57-37Z")
            .withUserName(ACCESS_KEY)
            .withPassword(SECRET_KEY);

    private static ObjectStorage storage;

    @BeforeAll
    static void connect() {
        storage = ObjectStorage.open(minioSettings());
    }

    @AfterAll
    static void disconnect() {
        storage.close();
    }

    @Override
    protected ObjectStorage storage() {
        return storage;
    }

    @Override
    protected ObjectStorageSettings settings() {
        return minioSettings();
    }

    @Test
    void newBucketIsVersionedWithObjectLock() {
        StoredObject stored = storage.put(new ByteArrayInputStream(Samples.pdf()), options().build());

        assertThat(storage.supportsVersioning()).isTrue();
        assertThat(storage.supportsObjectLock()).isTrue();
        assertThat(stored.versionId()).isPresent();
    }

    @Test
    void retentionIsSetWhereTheStoreSupportsIt() throws Exception {
        StoredObject stored = storage.put(new ByteArrayInputStream(Samples.pdf()), options().build());
        Instant until = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        assertThat(storage.retainUntil(stored.key(), until)).isTrue();

        Retention retention = inspector().getObjectRetention(GetObjectRetentionArgs.builder()
                .bucket(ObjectStorageSettings.DEFAULT_BUCKET).object(stored.key()).build()).get();
        assertThat(retention.mode()).isEqualTo(io.minio.messages.RetentionMode.GOVERNANCE);
        assertThat(retention.retainUntilDate().toInstant()).isEqualTo(until);
    }

    private static ObjectStorageSettings minioSettings() {
        return ObjectStorageSettings.builder()
                .endpoint(URI.create(MINIO.getS3URL()))
                .accessKey(ACCESS_KEY)
                .secretKey(SECRET_KEY)
                .build();
    }
}
