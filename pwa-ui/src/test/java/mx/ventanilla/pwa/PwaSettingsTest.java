package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import mx.ventanilla.pwa.oidc.OidcSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PwaSettingsTest {

    @Test
    void defaultsPointAtALocalBackendAndListenOn8081() {
        PwaSettings settings = PwaSettings.from(new Properties(), Map.of());

        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://localhost:8080/graphql"));
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/Mexico_City"));
        assertThat(settings.port()).isEqualTo(8081);
    }

    @Test
    void environmentVariablesAreSpelledLikeTheBackendsOnes() {
        PwaSettings settings = PwaSettings.from(new Properties(), Map.of(
                "VENTANILLA_API__URL", "https://api.example.gob.mx/graphql",
                "VENTANILLA_TIME__ZONE", "America/Tijuana",
                "VENTANILLA_PWA__PORT", "9090"));

        assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.example.gob.mx/graphql"));
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("America/Tijuana"));
        assertThat(settings.port()).isEqualTo(9090);
    }

    @Test
    void theBackendsServerPortDoesNotMoveTheWebApp() {
        PwaSettings settings = PwaSettings.from(new Properties(), Map.of("SERVER_PORT", "9090"));

        assertThat(settings.port()).isEqualTo(8081);
    }

    @Test
    void systemPropertiesWinOverEnvironmentVariables() {
        Properties properties = new Properties();
        properties.setProperty("ventanilla.api-url", "http://10.0.0.5:8080/graphql");

        PwaSettings settings = PwaSettings.from(properties,
                Map.of("VENTANILLA_API__URL", "https://api.example.gob.mx/graphql"));

        assertThat(settings.apiUrl()).isEqualTo(URI.create("http://10.0.0.5:8080/graphql"));
    }

    @Test
    void withoutAnIssuerThereIsNoExternalSignIn() {
        assertThat(PwaSettings.from(new Properties(), Map.of()).oidc()).isEmpty();
    }

    @Test
    void theProviderIsReadFromTheEnvironmentWithItsSecret() {
        PwaSettings settings = PwaSettings.from(new Properties(), Map.of(
                "VENTANILLA_OIDC_ISSUER", "https://llave.example.gob.mx/realms/estado",
                "VENTANILLA_OIDC_CLIENT__ID", "ventanilla",
                "VENTANILLA_OIDC_CLIENT__SECRET", "s3cret",
                "VENTANILLA_OIDC_LABEL", "Llave MX"));

        OidcSettings oidc = settings.oidc().orElseThrow();
        assertThat(oidc.issuer()).isEqualTo(URI.create("https://llave.example.gob.mx/realms/estado"));
        assertThat(oidc.clientId()).isEqualTo("ventanilla");
        assertThat(oidc.secret()).contains("s3cret");
        assertThat(oidc.label()).isEqualTo("Llave MX");
        assertThat(oidc.discovery()).isEqualTo(
                URI.create("https://llave.example.gob.mx/realms/estado/.well-known/openid-configuration"));
        assertThat(oidc.toString()).doesNotContain("s3cret");
    }

    @Test
    void theClientSecretIsNotTakenFromASystemProperty() {
        Properties properties = new Properties();
        properties.setProperty("ventanilla.oidc.issuer", "https://llave.example.gob.mx");
        properties.setProperty("ventanilla.oidc.client-id", "ventanilla");
        properties.setProperty("ventanilla.oidc.client-secret", "on-the-command-line");

        assertThat(PwaSettings.from(properties, Map.of()).oidc().orElseThrow().secret()).isEmpty();
    }

    @Test
    void theClientSecretCanComeFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("secret"), "from-a-file\n");

        PwaSettings settings = PwaSettings.from(new Properties(), Map.of(
                "VENTANILLA_OIDC_ISSUER", "https://llave.example.gob.mx",
                "VENTANILLA_OIDC_CLIENT__ID", "ventanilla",
                "VENTANILLA_OIDC_CLIENT__SECRET__FILE", file.toString()));

        assertThat(settings.oidc().orElseThrow().secret()).contains("from-a-file");
    }

    @Test
    void anIssuerWithoutAClientIdIsRefused() {
        assertThatThrownBy(() -> PwaSettings.from(new Properties(),
                Map.of("VENTANILLA_OIDC_ISSUER", "https://llave.example.gob.mx")))
                .hasMessageContaining("ventanilla.oidc.client-id");
    }
}
