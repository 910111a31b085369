package mx.ventanilla.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

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
}
