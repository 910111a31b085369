package mx.ventanilla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Main} does before starting the server, in a JVM of its own with real environment variables: how they
 * and files override the shipped {@code application.yaml}, and that logging writes one JSON object per line with the
 * libraries quietened.
 */
class StartupIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workingDirectory;

    @Test
    void environmentVariablesOverrideTheYamlWithDotsAsUnderscoresAndDashesAsDoubleUnderscores() throws Exception {
        JsonNode values = configurationLine(run(Map.of(
                "VENTANILLA_DATA__DIR", "/srv/ventanilla",
                "VENTANILLA_MONGODB_URI", "mongodb://db1,db2,db3/?replicaSet=rs0",
                "VENTANILLA_GRAPHQL_MAX__BODY__BYTES", "65536",
                "SERVER_PORT", "9090"), List.of()));

        assertThat(values.path("ventanilla.data-dir").asText()).isEqualTo("/srv/ventanilla");
        assertThat(values.path("ventanilla.mongodb.uri").asText()).isEqualTo("mongodb://db1,db2,db3/?replicaSet=rs0");
        assertThat(values.path("ventanilla.graphql.max-body-bytes").asText()).isEqualTo("65536");
        assertThat(values.path("server.port").asText()).isEqualTo("9090");
        assertThat(values.path("ventanilla.graphql.max-depth").asText()).isEqualTo("12");
    }

    @Test
    void helidonsOwnSpellingOfADashWorksInAnyCase() throws Exception {
        JsonNode values = configurationLine(run(Map.of(
                "VENTANILLA_DATA_DASH_DIR", "/srv/upper",
                "ventanilla_graphql_max_dash_depth", "7"), List.of()));

        assertThat(values.path("ventanilla.data-dir").asText()).isEqualTo("/srv/upper");
        assertThat(values.path("ventanilla.graphql.max-depth").asText()).isEqualTo("7");
    }

    @Test
    void applicationYamlInTheWorkingDirectoryOverridesKeyByKey() throws Exception {
        Files.writeString(workingDirectory.resolve("application.yaml"), "ventanilla:\n  graphql:\n    max-depth: 5\n");

        JsonNode values = configurationLine(run(Map.of(), List.of()));

        assertThat(values.path("ventanilla.graphql.max-depth").asText()).isEqualTo("5");
        assertThat(values.path("ventanilla.graphql.max-body-bytes").asText()).isEqualTo("1048576");
        assertThat(values.path("ventanilla.demo-data").asText()).isEqualTo("true");
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() throws Exception {
        JsonNode values = configurationLine(run(Map.of("VENTANILLA_DEMO__DATA", "false", "SERVER_PORT", "9090"),
                List.of("-Dventanilla.demo-data=true", "-Dserver.port=7070")));

        assertThat(values.path("ventanilla.demo-data").asText()).isEqualTo("true");
        assertThat(values.path("server.port").asText()).isEqualTo("7070");
    }

    @Test
    void everyLineOnStandardOutputIsOneJsonObjectAndLibrariesAreQuiet() throws Exception {
        List<JsonNode> lines = run(Map.of(), List.of());

        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("ERROR");
            assertThat(line.path("message").asText()).isEqualTo("A \"quoted\" failure\non two lines");
            assertThat(line.path("exception").asText()).startsWith("java.lang.IllegalStateException: probe failure");
            assertThat(line.path("thread").asText()).isEqualTo("main");
            assertThat(line.path("time").asText()).endsWith("Z");
        });
        assertThat(lines).extracting(line -> line.path("message").asText())
                .contains("embedded database warning", "driver warning through slf4j")
                .doesNotContain("chatty embedded database", "chatty driver", "chatty object store",
                        "chatty driver through slf4j");
    }

    private static JsonNode configurationLine(List<JsonNode> lines) {
        return lines.stream()
                .filter(line -> line.path("message").asText().equals("Configuration read"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No configuration line in " + lines));
    }

    /** The server's logging.properties; the test classpath also holds logging-test.properties, which Helidon prefers. */
    private Path productionLoggingConfiguration() throws IOException {
        try (InputStream in = StartupIT.class.getClassLoader().getResourceAsStream("logging.properties")) {
            assertThat(in).isNotNull();
            Path copy = workingDirectory.resolve("server-logging.properties");
            Files.write(copy, in.readAllBytes());
            return copy;
        }
    }

    /** Runs the probe and parses every line it prints; a line that is not JSON fails the test. */
    private List<JsonNode> run(Map<String, String> environment, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Djava.util.logging.config.file=" + productionLoggingConfiguration());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ConfigurationProbe.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("VENTANILLA") || name.startsWith("SERVER_"));
        builder.environment().putAll(environment);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).as(output).isNotEmpty();
        return lines;
    }
}
