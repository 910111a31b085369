package mx.ventanilla.signin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecuritySettingsTest {

    private static final Path DATA = Path.of("/srv/ventanilla");

    @Test
    void defaultsKeepTheKeyInTheDataDirectory() {
        SecuritySettings settings = SecuritySettings.from(security(Map.of()), DATA);

        assertThat(settings.signingKeyFile()).isEqualTo(DATA.resolve("keys/signing-key.jwk"));
        assertThat(settings.issuer()).isEqualTo("ventanilla");
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(14));
        assertThat(settings.throttling().maxFailures()).isEqualTo(5);
        assertThat(settings.oidc()).isEmpty();
    }

    @Test
    void readsTheConfiguredValues() {
        SecuritySettings settings = SecuritySettings.from(security(Map.of(
                "ventanilla.security.issuer", "https://ventanilla.example.gob.mx",
                "ventanilla.security.signing-key-file", "/run/secrets/signing-key.jwk",
                "ventanilla.security.access-token-ttl", "PT5M",
                "ventanilla.security.throttling.lockout", "PT1H",
                "ventanilla.security.oidc.issuer", "https://sso.example.gob.mx/realms/estado",
                "ventanilla.security.oidc.jwks-url", "https://sso.example.gob.mx/realms/estado/certs",
                "ventanilla.security.oidc.algorithms", "RS256")), DATA);

        assertThat(settings.issuer()).isEqualTo("https://ventanilla.example.gob.mx");
        assertThat(settings.signingKeyFile()).isEqualTo(Path.of("/run/secrets/signing-key.jwk"));
        assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.throttling().lockout()).isEqualTo(Duration.ofHours(1));
        assertThat(settings.oidc()).get().satisfies(oidc -> {
            assertThat(oidc.issuer()).isEqualTo("https://sso.example.gob.mx/realms/estado");
            assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
            assertThat(oidc.algorithms()).containsExactly("RS256");
            assertThat(oidc.audience()).isEmpty();
        });
    }

    @Test
    void anIdentityProviderNeedsBothIssuerAndKeys() {
        assertThatThrownBy(() -> SecuritySettings.from(security(Map.of(
                "ventanilla.security.oidc.issuer", "https://sso.example.gob.mx")), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jwks-url");
    }

    @Test
    void aMalformedDurationNamesItsKey() {
        assertThatThrownBy(() -> SecuritySettings.from(security(Map.of(
                "ventanilla.security.access-token-ttl", "10 minutes")), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("access-token-ttl")
                .hasMessageContaining("PT10M");
    }

    @Test
    void aZeroLifetimeIsRefused() {
        assertThatThrownBy(() -> SecuritySettings.from(security(Map.of(
                "ventanilla.security.refresh-token-ttl", "PT0S")), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refresh-token-ttl");
    }

    private static Config security(Map<String, String> values) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(values))
                .build()
                .get("ventanilla.security");
    }
}
