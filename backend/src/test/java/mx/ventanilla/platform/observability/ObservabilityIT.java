package mx.ventanilla.platform.observability;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Health and metrics of the real backend, over HTTP. */
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void healthIsUpWithMongoDbForReadinessAndTheJvmForLiveness() throws Exception {
        HttpResponse<String> response = backend.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(checkNames(health)).contains("mongodb", "objectStorage", "deadlock", "heapMemory", "diskSpace");
    }

    @Test
    void livenessLeavesDependenciesOutAndReadinessChecksThem() throws Exception {
        JsonNode live = JSON.readTree(backend.get("/health/live").body());
        HttpResponse<String> readyResponse = backend.get("/health/ready");
        JsonNode ready = JSON.readTree(readyResponse.body());

        assertThat(checkNames(live)).contains("deadlock").doesNotContain("mongodb", "objectStorage");
        assertThat(readyResponse.statusCode()).isEqualTo(200);
        assertThat(checkNames(ready)).containsExactlyInAnyOrder("mongodb", "objectStorage");
        assertThat(ready.path("checks")).allSatisfy(check -> assertThat(check.path("status").asText()).isEqualTo("UP"));
    }

    @Test
    void metricsCountRequestsAndGraphQlOperationsByOutcomeInPrometheusText() {
        String before = backend.get("/metrics").body();
        backend.graphQl("{ apiVersion }");
        backend.graphQl("{ apiVersion }");
        backend.graphQl("{ nonsense }");
        HttpResponse<String> response = backend.get("/metrics");
        String after = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(after).contains("# TYPE http_server_requests_seconds histogram",
                "# TYPE graphql_operations_total counter");
        String success = "graphql_operations_total\\{outcome=\"success\",scope=\"application\",type=\"query\",}";
        String invalid = "graphql_operations_total\\{outcome=\"bad_user_input\",scope=\"application\",type=\"query\",}";
        String posts = "http_server_requests_seconds_count\\{method=\"POST\",route=\"/graphql\",scope=\"application\","
                + "status=\"200\",}";
        String rejected = "http_server_requests_seconds_count\\{method=\"POST\",route=\"/graphql\","
                + "scope=\"application\",status=\"422\",}";
        assertThat(value(after, success) - value(before, success)).isEqualTo(2);
        assertThat(value(after, invalid) - value(before, invalid)).isEqualTo(1);
        assertThat(value(after, posts) - value(before, posts)).isEqualTo(2);
        assertThat(value(after, rejected) - value(before, rejected)).isEqualTo(1);
    }

    @Test
    void requestTimingsAreAHistogramPrometheusCanAggregate() {
        backend.get("/health/live");
        String metrics = backend.get("/metrics").body();

        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_bucket\\{method=\"GET\",route=\"/health\",.*le=\"0\\.1\",} ");
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds{"))).isEmpty();
        assertThat(metrics).contains("jvm_uptime_seconds");
    }

    @Test
    void unknownPathsShareOneRouteLabel() {
        backend.get("/no/such/" + System.nanoTime());
        String metrics = backend.get("/metrics").body();

        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{method=\"GET\",route=\"other\","
                + "scope=\"application\",status=\"404\",}");
        assertThat(metrics).doesNotContain("/no/such/");
    }

    @Test
    void readinessIsDownWithTheReasonWhenMongoDbStops(@TempDir Path otherDataDir) throws Exception {
        try (RunningVentanilla stopped = RunningVentanilla.start(otherDataDir, Map.of(
                "ventanilla.health.probe-timeout", "PT1S"))) {
            stopped.ventanilla().mongo().close();

            HttpResponse<String> ready = stopped.get("/health/ready");
            HttpResponse<String> live = stopped.get("/health/live");

            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode mongodb = JSON.readTree(ready.body()).path("checks").path(0);
            assertThat(mongodb.path("name").asText()).isEqualTo("mongodb");
            assertThat(mongodb.path("status").asText()).isEqualTo("DOWN");
            assertThat(mongodb.path("data").path("error").asText()).isNotBlank();
            assertThat(live.statusCode()).isEqualTo(200);
        }
    }

    private static List<String> checkNames(JsonNode health) {
        List<String> names = new ArrayList<>();
        health.path("checks").forEach(check -> names.add(check.path("name").asText()));
        return names;
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
