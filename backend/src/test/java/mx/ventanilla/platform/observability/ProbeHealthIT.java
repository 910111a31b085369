package mx.ventanilla.platform.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness probes on a server of their own: a dependency that fails or hangs makes the server not ready, with the
 * reason, while liveness stays up.
 */
class ProbeHealthIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CountDownLatch NEVER = new CountDownLatch(1);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static WebServer server;
    static volatile boolean storageUp = true;

    @BeforeAll
    static void start() {
        Config settings = Config.just(ConfigSources.create(Map.of("health.probe-timeout", "PT0.3S")));
        Observability observability = Observability.create(settings, List.of(
                new ReadinessProbe("objectStorage", () -> {
                    if (!storageUp) {
                        throw new IllegalStateException("Bucket 'ventanilla' no longer exists at http://minio:9000");
                    }
                }),
                new ReadinessProbe("slowDependency", ProbeHealthIT::hangUnlessStorageIsUp)));
        server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .update(observability::serveOn)
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        NEVER.countDown();
        server.stop();
    }

    @Test
    void readyWhileEveryProbeAnswers() throws Exception {
        storageUp = true;

        HttpResponse<String> ready = get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void failingOrHangingProbeMakesTheServerNotReadyWithTheReason() throws Exception {
        storageUp = false;
        try {
            long started = System.nanoTime();
            HttpResponse<String> ready = get("/health/ready");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode health = JSON.readTree(ready.body());
            assertThat(health.path("status").asText()).isEqualTo("DOWN");
            assertThat(check(health, "objectStorage").path("status").asText()).isEqualTo("DOWN");
            assertThat(check(health, "objectStorage").path("data").path("error").asText())
                    .isEqualTo("IllegalStateException: Bucket 'ventanilla' no longer exists at http://minio:9000");
            assertThat(check(health, "slowDependency").path("data").path("error").asText())
                    .isEqualTo("No answer within 300 ms.");
            assertThat(millis).isLessThan(5_000);
            assertThat(get("/health/live").statusCode()).isEqualTo(200);
            assertThat(get("/health").statusCode()).isEqualTo(503);
        } finally {
            storageUp = true;
        }
    }

    private static void hangUnlessStorageIsUp() {
        if (storageUp) {
            return;
        }
        try {
            NEVER.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return check;
            }
        }
        throw new AssertionError("No check " + name + " in " + health);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
