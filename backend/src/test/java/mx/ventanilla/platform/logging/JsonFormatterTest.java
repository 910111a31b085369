package mx.ventanilla.platform.logging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.logging.common.HelidonMdc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One JSON object per line, whatever the message holds. */
class JsonFormatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonFormatter formatter = new JsonFormatter();

    @AfterEach
    void clearContext() {
        HelidonMdc.remove(JsonFormatter.REQUEST_ID);
    }

    @Test
    void messageWithQuotesBackslashesNewlinesAndControlCharactersIsOneLineOfValidJson() throws Exception {
        String nasty = "He said \"hola\"\\n and left.\nSecond line\r\n\ttab \u0000 nul \u001b[31m ansi, ñandú, 中文, 😀 "
                + "</script> {\"injected\": true}";
        LogRecord record = record(Level.INFO, nasty);

        String line = formatter.format(record);

        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1)).doesNotContain("\n").doesNotContain("\r");
        JsonNode json = JSON.readTree(line);
        assertThat(json.path("message").asText()).isEqualTo(nasty);
        assertThat(json.has("injected")).isFalse();
    }

    @Test
    void standardFieldsAreAlwaysThere() throws Exception {
        LogRecord record = record(Level.WARNING, "Disk almost full");
        record.setInstant(Instant.parse("2026-03-01T17:30:00.123Z"));

        JsonNode json = JSON.readTree(formatter.format(record));

        assertThat(json.path("time").asText()).isEqualTo("2026-03-01T17:30:00.123Z");
        assertThat(json.path("level").asText()).isEqualTo("WARN");
        assertThat(json.path("logger").asText()).isEqualTo("mx.ventanilla.test");
        assertThat(json.path("message").asText()).isEqualTo("Disk almost full");
        assertThat(json.path("thread").asText()).isEqualTo(Thread.currentThread().getName());
        assertThat(json.has("requestId")).isFalse();
        assertThat(json.has("exception")).isFalse();
    }

    @Test
    void parametersAreFormattedIntoTheMessage() throws Exception {
        LogRecord record = record(Level.INFO, "Using MongoDB at {0} with {1} connections");
        record.setParameters(new Object[] {"mongodb://db1", 5});

        assertThat(JSON.readTree(formatter.format(record)).path("message").asText())
                .isEqualTo("Using MongoDB at mongodb://db1 with 5 connections");
    }

    @Test
    void exceptionIsOneStringFieldWithTheWholeTrace() throws Exception {
        LogRecord record = record(Level.SEVERE, "Unexpected failure in request r-1");
        record.setThrown(new IllegalStateException("broken \"quoted\" state", new RuntimeException("root cause")));

        JsonNode json = JSON.readTree(formatter.format(record));

        assertThat(json.path("level").asText()).isEqualTo("ERROR");
        assertThat(json.path("exception").isTextual()).isTrue();
        assertThat(json.path("exception").asText())
                .startsWith("java.lang.IllegalStateException: broken \"quoted\" state")
                .contains("\tat mx.ventanilla.platform.logging.JsonFormatterTest")
                .contains("Caused by: java.lang.RuntimeException: root cause");
    }

    @Test
    void requestIdComesFromTheLoggingContext() throws Exception {
        HelidonMdc.set(JsonFormatter.REQUEST_ID, "7c1e0d2a-request");

        JsonNode json = JSON.readTree(formatter.format(record(Level.INFO, "inside a request")));

        assertThat(json.path("requestId").asText()).isEqualTo("7c1e0d2a-request");
    }

    @Test
    void logFieldsBecomeTopLevelFieldsButCannotReplaceStandardOnes() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", "POST");
        fields.put("status", 422);
        fields.put("durationMs", 12L);
        fields.put("cached", false);
        fields.put("message", "forged");
        fields.put("requestId", "forged");
        fields.put("note", null);
        LogRecord record = record(Level.INFO, "POST /graphql 422 12 ms");
        record.setParameters(new Object[] {new LogFields(fields)});

        JsonNode json = JSON.readTree(formatter.format(record));

        assertThat(json.path("method").asText()).isEqualTo("POST");
        assertThat(json.path("status").isInt()).isTrue();
        assertThat(json.path("status").asInt()).isEqualTo(422);
        assertThat(json.path("durationMs").asLong()).isEqualTo(12);
        assertThat(json.path("cached").isBoolean()).isTrue();
        assertThat(json.path("note").isNull()).isTrue();
        assertThat(json.path("message").asText()).isEqualTo("POST /graphql 422 12 ms");
        assertThat(json.has("requestId")).isFalse();
    }

    @Test
    void levelsUseTheCommonNames() {
        assertThat(JsonFormatter.levelName(Level.SEVERE)).isEqualTo("ERROR");
        assertThat(JsonFormatter.levelName(Level.WARNING)).isEqualTo("WARN");
        assertThat(JsonFormatter.levelName(Level.INFO)).isEqualTo("INFO");
        assertThat(JsonFormatter.levelName(Level.CONFIG)).isEqualTo("CONFIG");
        assertThat(JsonFormatter.levelName(Level.FINE)).isEqualTo("DEBUG");
        assertThat(JsonFormatter.levelName(Level.FINEST)).isEqualTo("TRACE");
    }

    @Test
    void virtualThreadsAreNamedByTheirId() throws Exception {
        String[] line = new String[1];
        Thread thread = Thread.ofVirtual().unstarted(() -> line[0] = formatter.format(record(Level.INFO, "virtual")));
        thread.start();
        thread.join();

        assertThat(JSON.readTree(line[0]).path("thread").asText()).isEqualTo("virtual-" + thread.threadId());
    }

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("mx.ventanilla.test");
        return record;
    }
}
