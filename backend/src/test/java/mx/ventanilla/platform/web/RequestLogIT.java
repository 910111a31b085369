package mx.ventanilla.platform.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.CapturedLog;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Request ids and the access log of the real backend. */
class RequestLogIT {

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
    void accessLineCarriesTheCallersRequestIdMethodPathStatusAndDuration() {
        try (CapturedLog log = CapturedLog.ofRootLogger()) {
            HttpResponse<String> response = backend.send(HttpRequest.newBuilder(backend.uri("/graphql?query=%7BapiVersion%7D"))
                    .header("X-Request-Id", "caller-request-0001")
                    .GET().build());

            assertThat(response.headers().firstValue("X-Request-Id")).contains("caller-request-0001");
            JsonNode access = accessLine(log, "caller-request-0001");
            assertThat(access.path("level").asText()).isEqualTo("INFO");
            assertThat(access.path("method").asText()).isEqualTo("GET");
            assertThat(access.path("path").asText()).isEqualTo("/graphql");
            assertThat(access.path("status").asInt()).isEqualTo(200);
            assertThat(access.path("durationMs").isIntegralNumber()).isTrue();
            assertThat(access.path("message").asText()).startsWith("GET /graphql 200 ");
            assertThat(access.toString()).doesNotContain("apiVersion");
        }
    }

    @Test
    void requestWithoutAnIdGetsOneInTheResponseAndInTheLog() {
        try (CapturedLog log = CapturedLog.ofRootLogger()) {
            HttpResponse<String> response = backend.get("/health/live");

            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(id).matches("[0-9a-f-]{36}");
            assertThat(accessLine(log, id).path("path").asText()).isEqualTo("/health/live");
        }
    }

    @Test
    void unusableCallerIdsAreReplaced() {
        for (String unusable : List.of("short", "x".repeat(65), "has spaces in it", "semi;colon;id")) {
            HttpResponse<String> response = backend.send(HttpRequest.newBuilder(backend.uri("/health/live"))
                    .header("X-Request-Id", unusable).GET().build());

            assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                    id -> assertThat(id).isNotEqualTo(unusable).matches("[0-9a-f-]{36}"));
        }
    }

    @Test
    void everyRequestIsLoggedEvenWhenNothingMatches() {
        try (CapturedLog log = CapturedLog.ofRootLogger()) {
            backend.send(HttpRequest.newBuilder(backend.uri("/nothing-here")).header("X-Request-Id", "caller-404-0001")
                    .GET().build());

            assertThat(accessLine(log, "caller-404-0001").path("status").asInt()).isEqualTo(404);
        }
    }

    /** The access line is written once the response has gone out, so it may arrive just after the client has it. */
    private static JsonNode accessLine(CapturedLog log, String requestId) {
        return log.awaitEntry(entry -> entry.path("logger").asText().equals(AccessLog.LOGGER_NAME)
                && entry.path("requestId").asText().equals(requestId));
    }
}
