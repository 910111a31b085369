package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectStorageSettingsTest {

    private static ObjectStorageSettings.Builder withCredentials() {
        return ObjectStorageSettings.builder().accessKey("ventanilla").secretKey("s3cr3t-value");
    }

    @Test
    void defaultsEmbedAServerWithTheVentanillaBucket() {
        ObjectStorageSettings settings = withCredentials().build();

        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.usesEmbeddedServer()).isTrue();
        assertThat(settings.bucket()).isEqualTo("ventanilla");
        assertThat(settings.region()).isEqualTo("us-east-1");
        assertThat(settings.embeddedDataDirectory()).isEqualTo(Path.of("data", "object-storage"));
        assertThat(settings.embeddedPort()).isZero();
        assertThat(settings.maxPresignTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retentionMode()).isEqualTo(RetentionMode.GOVERNANCE);
    }

    @Test
    void anEndpointMeansNoEmbeddedServer() {
        ObjectStorageSettings settings = withCredentials().endpoint(URI.create("https://minio.example.org:9000"))
                .build();

        assertThat(settings.usesEmbeddedServer()).isFalse();
        assertThat(settings.endpoint()).hasValue(URI.create("https://minio.example.org:9000"));
    }

    @Test
    void toStringNeverShowsTheSecretKey() {
        assertThat(withCredentials().build().toString())
                .contains("ventanilla")
                .doesNotContain("s3cr3t-value");
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> ObjectStorageSettings.builder().secretKey("x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKey");
        assertThatThrownBy(() -> ObjectStorageSettings.builder().accessKey("x").secretKey(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretKey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Ventanilla", "venta_nilla", "-ventanilla", "venta..nilla"})
    void bucketMustBeAValidS3Name(String bucket) {
        assertThatThrownBy(() -> withCredentials().bucket(bucket).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bucket);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://minio.example.org", "minio.example.org:9000", "file:///tmp/x"})
    void endpointMustBeAnHttpUrl(String endpoint) {
        assertThatThrownBy(() -> withCredentials().endpoint(URI.create(endpoint)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http");
    }

    @Test
    void presignLifetimeMustBeBetweenASecondAndAWeek() {
        assertThatThrownBy(() -> withCredentials().maxPresignTtl(Duration.ofMillis(500)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withCredentials().maxPresignTtl(Duration.ofDays(8)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(withCredentials().maxPresignTtl(Duration.ofDays(7)).build().maxPresignTtl())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void portMustBeAValidTcpPort() {
        assertThatThrownBy(() -> withCredentials().embeddedPort(70_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }
}
