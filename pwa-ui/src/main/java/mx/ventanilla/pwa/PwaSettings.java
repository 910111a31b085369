package mx.ventanilla.pwa;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The web app's settings. Each key is read from a system property ({@code -Dventanilla.api-url=...}), then from the
 * environment variable spelled like the backend's (upper case, {@code .} → {@code _}, {@code -} → {@code __}: {@code
 * VENTANILLA_API__URL}), then falls back to its default.
 *
 * @param apiUrl   the backend's GraphQL endpoint ({@code ventanilla.api-url})
 * @param timeZone the institution's time zone for dates and times ({@code ventanilla.time-zone})
 * @param port     the HTTP port the web app listens on ({@code ventanilla.pwa-port}; not {@code server.port},
 *                 which is the backend's when both run side by side)
 */
public record PwaSettings(URI apiUrl, ZoneId timeZone, int port) {

    public static final String API_URL = "ventanilla.api-url";
    public static final String TIME_ZONE = "ventanilla.time-zone";
    public static final String PORT = "ventanilla.pwa-port";

    /** The settings of this process. */
    public static PwaSettings fromEnvironment() {
        return from(System.getProperties(), System.getenv());
    }

    static PwaSettings from(Properties properties, Map<String, String> environment) {
        Lookup lookup = new Lookup(properties, environment);
        return new PwaSettings(
                URI.create(lookup.value(API_URL).orElse("http://localhost:8080/graphql")),
                ZoneId.of(lookup.value(TIME_ZONE).orElse("America/Mexico_City")),
                Integer.parseInt(lookup.value(PORT).orElse("8081")));
    }

    private record Lookup(Properties properties, Map<String, String> environment) {

        Optional<String> value(String key) {
            return Optional.ofNullable(properties.getProperty(key))
                    .or(() -> Optional.ofNullable(environment.get(environmentName(key))))
                    .filter(value -> !value.isBlank());
        }

        static String environmentName(String key) {
            return key.replace("-", "__").replace('.', '_').toUpperCase(Locale.ROOT);
        }
    }
}
