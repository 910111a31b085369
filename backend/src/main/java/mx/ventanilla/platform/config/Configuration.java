package mx.ventanilla.platform.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;

/**
 * Loads the configuration, first source winning:
 * <ol>
 *     <li>system properties ({@code -Dventanilla.data-dir=/srv/ventanilla});</li>
 *     <li>environment variables, by Helidon's rule: {@code _} for a dot, {@code _dash_} or {@code _DASH_} for a dash,
 *     any case ({@code VENTANILLA_DATA_DASH_DIR});</li>
 *     <li>environment variables whose name has a double underscore, which stands for a dash
 *     ({@code VENTANILLA_DATA__DIR}); Helidon ignores such names, but they are the common convention and what our
 *     deployment files use;</li>
 *     <li>{@code application.yaml} in the working directory, key by key over</li>
 *     <li>{@code application.yaml} on the classpath (the defaults shipped with the server).</li>
 * </ol>
 */
public final class Configuration {

    private static final String FILE = "application.yaml";

    private Configuration() {
    }

    /** The configuration of this process. */
    public static Config load() {
        return load(System.getenv());
    }

    /** The configuration as it would be with the given environment variables (system properties still apply). */
    public static Config load(Map<String, String> environment) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .sources(List.of(
                        () -> ConfigSources.create(EnvironmentVariables.expand(environment)).build(),
                        () -> ConfigSources.create(doubleUnderscoreAliases(environment)).build(),
                        ConfigSources.file(FILE).optional(),
                        ConfigSources.classpath(FILE).optional()))
                .build();
    }

    /**
     * The keys that environment variables spelled with double underscores stand for: {@code __} is a dash, {@code _}
     * a dot, and case does not matter, so {@code VENTANILLA_SECURITY_SIGNING__KEY__FILE} sets
     * {@code ventanilla.security.signing-key-file}. Names that start or end with an underscore or hold three in a row
     * are left alone.
     */
    public static Map<String, String> doubleUnderscoreAliases(Map<String, String> environment) {
        Map<String, String> aliases = new HashMap<>();
        environment.forEach((name, value) -> {
            if (isAliased(name)) {
                aliases.put(name.replace("__", "-").replace('_', '.').toLowerCase(Locale.ROOT), value);
            }
        });
        return aliases;
    }

    private static boolean isAliased(String name) {
        return name.contains("__") && !name.contains("___") && !name.startsWith("_") && !name.endsWith("_");
    }
}
