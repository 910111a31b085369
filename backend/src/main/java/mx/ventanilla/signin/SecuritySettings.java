package mx.ventanilla.signin;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.helidon.config.Config;
import mx.ventanilla.signin.infrastructure.OidcProvider;
import mx.ventanilla.signin.model.ThrottlePolicy;

/**
 * The settings under {@code ventanilla.security}. Every one has a default; {@link #builder(Path)} sets them in code,
 * {@link #from(Config, Path)} reads them from configuration (durations in ISO-8601, e.g. {@code PT10M}).
 *
 * @param issuer          the {@code iss} of our access tokens
 * @param signingKeyFile  the EC P-256 JWK (or JWK Set) tokens are signed with; created when missing
 * @param accessTokenTtl  how long an access token is accepted
 * @param refreshTokenTtl how long an unused refresh token keeps working
 * @param clockSkew       tolerance for clocks that disagree when checking {@code exp}
 * @param throttling      when failed sign-ins lock further attempts out
 * @param oidc            the external OpenID Connect provider whose tokens are accepted, if any
 */
public record SecuritySettings(String issuer, Path signingKeyFile, Duration accessTokenTtl, Duration refreshTokenTtl,
                               Duration clockSkew, ThrottlePolicy throttling, Optional<OidcProvider> oidc) {

    public static final String DEFAULT_ISSUER = "ventanilla";

    public SecuritySettings {
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("ventanilla.security.issuer must not be empty.");
        }
        requirePositive("access-token-ttl", accessTokenTtl);
        requirePositive("refresh-token-ttl", refreshTokenTtl);
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("ventanilla.security.clock-skew must be between PT0S and PT5M.");
        }
    }

    /** Defaults, with the signing key in {@code <dataDir>/keys/signing-key.jwk}. */
    public static Builder builder(Path dataDir) {
        return new Builder(dataDir.resolve("keys").resolve("signing-key.jwk"));
    }

    public static SecuritySettings from(Config security, Path dataDir) {
        Builder builder = builder(dataDir);
        security.get("issuer").asString().filter(text -> !text.isBlank()).ifPresent(builder::issuer);
        security.get("signing-key-file").asString().filter(text -> !text.isBlank())
                .ifPresent(file -> builder.signingKeyFile(Path.of(file)));
        duration(security, "access-token-ttl").ifPresent(builder::accessTokenTtl);
        duration(security, "refresh-token-ttl").ifPresent(builder::refreshTokenTtl);
        duration(security, "clock-skew").ifPresent(builder::clockSkew);
        builder.throttling(throttling(security.get("throttling")));
        oidc(security.get("oidc")).ifPresent(builder::oidc);
        return builder.build();
    }

    private static ThrottlePolicy throttling(Config throttling) {
        ThrottlePolicy defaults = ThrottlePolicy.defaults();
        return new ThrottlePolicy(
                throttling.get("max-failures").asInt().orElse(defaults.maxFailures()),
                throttling.get("max-failures-per-address").asInt().orElse(defaults.maxFailuresPerAddress()),
                duration(throttling, "window").orElse(defaults.window()),
                duration(throttling, "lockout").orElse(defaults.lockout()));
    }

    private static Optional<OidcProvider> oidc(Config oidc) {
        Optional<String> issuer = text(oidc, "issuer");
        Optional<String> jwksUrl = text(oidc, "jwks-url");
        if (issuer.isEmpty() && jwksUrl.isEmpty()) {
            return Optional.empty();
        }
        if (issuer.isEmpty() || jwksUrl.isEmpty()) {
            throw new IllegalArgumentException("Set both ventanilla.security.oidc.issuer and "
                    + "ventanilla.security.oidc.jwks-url to accept an identity provider's tokens, or neither.");
        }
        List<String> algorithms = Arrays.stream(text(oidc, "algorithms").orElse("RS256,ES256").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        return Optional.of(new OidcProvider(issuer.get(), url(jwksUrl.get()), text(oidc, "audience"),
                text(oidc, "username-claim").orElse("preferred_username"), text(oidc, "email-claim").orElse("email"),
                algorithms));
    }

    private static URL url(String text) {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("ventanilla.security.oidc.jwks-url must be an http(s) URL, got "
                        + text);
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException("ventanilla.security.oidc.jwks-url is not a URL: " + text, e);
        }
    }

    private static Optional<String> text(Config node, String key) {
        return node.get(key).asString().map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Duration> duration(Config node, String key) {
        return text(node, key).map(value -> {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(node.get(key).key() + " must be an ISO-8601 duration such as "
                        + "PT10M or P14D, got " + value, e);
            }
        });
    }

    private static void requirePositive(String key, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("ventanilla.security." + key + " must be a positive duration.");
        }
    }

    /** Builds {@link SecuritySettings} from the defaults. */
    public static final class Builder {

        private String issuer = DEFAULT_ISSUER;
        private Path signingKeyFile;
        private Duration accessTokenTtl = Duration.ofMinutes(10);
        private Duration refreshTokenTtl = Duration.ofDays(14);
        private Duration clockSkew = Duration.ofSeconds(30);
        private ThrottlePolicy throttling = ThrottlePolicy.defaults();
        private Optional<OidcProvider> oidc = Optional.empty();

        private Builder(Path signingKeyFile) {
            this.signingKeyFile = signingKeyFile;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder signingKeyFile(Path signingKeyFile) {
            this.signingKeyFile = signingKeyFile;
            return this;
        }

        public Builder accessTokenTtl(Duration accessTokenTtl) {
            this.accessTokenTtl = accessTokenTtl;
            return this;
        }

        public Builder refreshTokenTtl(Duration refreshTokenTtl) {
            this.refreshTokenTtl = refreshTokenTtl;
            return this;
        }

        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = clockSkew;
            return this;
        }

        public Builder throttling(ThrottlePolicy throttling) {
            this.throttling = throttling;
            return this;
        }

        public Builder oidc(OidcProvider oidc) {
            this.oidc = Optional.of(oidc);
            return this;
        }

        public SecuritySettings build() {
            return new SecuritySettings(issuer, signingKeyFile, accessTokenTtl, refreshTokenTtl, clockSkew,
                    throttling, oidc);
        }
    }
}
