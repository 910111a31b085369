package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MultipartCallTest {

    @Test
    void filesGoAfterTheOperationsAndTheMapWithTheirVariablesSetToNull() {
        byte[] body = MultipartCall.body("B", "mutation { x }", Map.of("id", "t1"), "attachments",
                List.of(new TurnsApi.Attachment("foto \"1\".jpg", "image/jpeg", new byte[] {1, 2}),
                        new TurnsApi.Attachment("b.pdf", "application/pdf", new byte[] {3})));
        String text = new String(body, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("--B\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n");
        assertThat(text).contains("\"attachments\":[null,null]", "\"id\":\"t1\"");
        assertThat(text.indexOf("name=\"map\"")).isLessThan(text.indexOf("name=\"0\""));
        assertThat(text).contains("{\"0\":[\"variables.attachments.0\"],\"1\":[\"variables.attachments.1\"]}");
        assertThat(text).contains("filename=\"foto '1'.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u0001\u0002\r\n--B");
        assertThat(text).endsWith("\u0003\r\n--B--\r\n");
    }

    @Test
    void theWebSocketAddressFollowsTheEndpointsScheme() {
        assertThat(LiveEvents.webSocketUri(URI.create("http://api:8080/graphql")))
                .isEqualTo(URI.create("ws://api:8080/graphql"));
        assertThat(LiveEvents.webSocketUri(URI.create("https://api.example.mx/graphql")))
                .isEqualTo(URI.create("wss://api.example.mx/graphql"));
    }

    @Test
    void aNewTurnIsTheUsersWhenItNamesThemOrTheirUnitWithoutAPerson() {
        LiveEvent named = event("turnAssigned", "u-dpv", "user-1");
        LiveEvent forUnit = new LiveEvent("2", "turnAssigned", "c", "F", "S", java.util.Optional.of("u-dpv"),
                java.util.Optional.empty());

        assertThat(named.isNewTurnFor("user-1", "u-dpv")).isTrue();
        assertThat(named.isNewTurnFor("user-2", "u-dpv")).isFalse();
        assertThat(forUnit.isNewTurnFor("user-2", "u-dpv")).isTrue();
        assertThat(forUnit.isNewTurnFor("user-2", "u-sv")).isFalse();
        assertThat(event("turnUpdated", "u-dpv", "user-1").isNewTurnFor("user-1", "u-dpv")).isFalse();
    }

    private static LiveEvent event(String type, String unit, String user) {
        return new LiveEvent("1", type, "c", "F", "S", java.util.Optional.of(unit), java.util.Optional.of(user));
    }
}
