package mx.ventanilla.platform.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Environment variables over application.yaml, by both spellings of a dash, and the keys' documentation. */
class ConfigurationTest {

    @Test
    void withoutOverridesTheShippedDefaultsApply() {
        Config config = Configuration.load(Map.of());

        assertThat(config.get("ventanilla.data-dir").asString().get()).isEqualTo("./data");
        assertThat(config.get("ventanilla.graphql.max-depth").asInt().get()).isEqualTo(12);
        assertThat(config.get("ventanilla.health.probe-timeout").asString().get()).isEqualTo("PT2S");
    }

    @Test
    void doubleUnderscoreSpellsADashAndUnderscoreADot() {
        Config config = Configuration.load(Map.of(
                "VENTANILLA_DATA__DIR", "/srv/ventanilla",
                "VENTANILLA_GRAPHQL_MAX__BODY__BYTES", "65536",
                "ventanilla_time__zone", "America/Merida"));

        assertThat(config.get("ventanilla.data-dir").asString().get()).isEqualTo("/srv/ventanilla");
        assertThat(config.get("ventanilla.graphql.max-body-bytes").asLong().get()).isEqualTo(65536);
        assertThat(config.get("ventanilla.time-zone").asString().get()).isEqualTo("America/Merida");
        assertThat(config.get("ventanilla.graphql.max-depth").asInt().get()).isEqualTo(12);
    }

    @Test
    void helidonsSpellingOfADashWorksAndWinsWhenBothSpellTheSameKey() {
        Config config = Configuration.load(Map.of(
                "VENTANILLA_DATA_DASH_DIR", "/srv/helidon",
                "VENTANILLA_DATA__DIR", "/srv/double",
                "VENTANILLA_MONGODB_URI", "mongodb://db1/?replicaSet=rs0"));

        assertThat(config.get("ventanilla.data-dir").asString().get()).isEqualTo("/srv/helidon");
        assertThat(config.get("ventanilla.mongodb.uri").asString().get()).isEqualTo("mongodb://db1/?replicaSet=rs0");
    }

    @Test
    void namesThatCannotBeReadAsKeysAreLeftAlone() {
        assertThat(Configuration.doubleUnderscoreAliases(Map.of(
                "VENTANILLA___DATA", "x",
                "__VENTANILLA__X", "x",
                "VENTANILLA__", "x",
                "VENTANILLA_DATA_DIR", "x",
                "PATH", "/usr/bin"))).isEmpty();
    }

    @Test
    void everyKeyOfApplicationYamlIsDocumentedWithAnEnvironmentVariableThatSetsIt() throws IOException {
        String documentation = Files.readString(documentation());
        Config shipped = Config.just(ConfigSources.classpath("application.yaml"));
        List<String> keys = shipped.traverse().filter(Config::isLeaf).map(node -> node.key().toString()).toList();

        assertThat(keys).contains("ventanilla.data-dir", "ventanilla.graphql.max-body-bytes");
        for (String key : keys) {
            String variable = key.replace('.', '_').replace("-", "__").toUpperCase(Locale.ROOT);
            assertThat(documentation).as("docs/configuration.md documents %s", key)
                    .contains("| `" + key + "` | `" + variable + "` |");
            assertThat(Configuration.load(Map.of(variable, "42")).get(key).asString().get()).as(variable)
                    .isEqualTo("42");
        }
    }

    private static Path documentation() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docs/configuration.md"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a docs/configuration.md above the working directory").isNotNull();
        return directory.resolve("docs/configuration.md");
    }
}
