package mx.ventanilla.pwa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import mx.ventanilla.pwa.oidc.OidcSettings;

/**
 * The web app's settings. Each key is read from a system property ({@code -Dventanilla.api-url=...}), then from the
 * environment variable spelled like the backend's (upper case, {@code .} → {@code _}, {@code -} → {@code __}: {@code
 * VENTANILLA_API__URL}), then falls back to its default.
 *
 * @param apiUrl   the backend's GraphQL endpoint ({@code ventanilla.api-url})
 * @param timeZone the institution's time zone for dates and times ({@code ventanilla.time-zone})
 * @param port     the HTTP port the web app listens on ({@code ventanilla.pwa-port}; not {@code server.port},
 *                 which is the backend's when both run side by side)
 * @param oidc     the institution's OpenID Connect provider to sign in with, if configured ({@code ventanilla.oidc.*};
 *                 the client secret only from the environment variable {@code VENTANILLA_OIDC_CLIENT__SECRET} or the
 *                 file named by {@code ventanilla.oidc.client-secret-file})
 */
public record PwaSettings(URI apiUrl, ZoneId timeZone, int port, Optional<OidcSettings> oidc) {

    /** Settings without an external provider: username and password only. */
    public PwaSettings(URI apiUrl, ZoneId timeZone, int port) {
        this(apiUrl, timeZone, port, Optional.empty());
    }

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
                Integer.parseInt(lookup.value(PORT).orElse("8081")),
                oidc(lookup, environment));
    }

    private static Optional<OidcSettings> oidc(Lookup lookup, Map<String, String> environment) {
        return lookup.value(OidcSettings.ISSUER).map(issuer -> new OidcSettings(URI.create(issuer),
                lookup.value(OidcSettings.CLIENT_ID).orElse(""),
                secret(lookup, environment),
                lookup.value(OidcSettings.LABEL).orElse("OpenID Connect")));
    }

    private static String secret(Lookup lookup, Map<String, String> environment) {
        Optional<String> fromEnvironment = Optional.ofNullable(
                environment.get(Lookup.environmentName(OidcSettings.CLIENT_SECRET))).filter(s -> !s.isBlank());
        return fromEnvironment.or(() -> lookup.value(OidcSettings.CLIENT_SECRET_FILE).map(PwaSettings::read))
                .orElse("");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + OidcSettings.CLIENT_SECRET_FILE + " " + file, e);
        }
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
