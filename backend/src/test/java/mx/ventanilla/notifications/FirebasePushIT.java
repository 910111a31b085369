package mx.ventanilla.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.correspondence.CorrespondenceApi;
import mx.ventanilla.notifications.infrastructure.FcmStub;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirebasePushIT {

    @TempDir
    Path dataDir;

    @Test
    void withAServiceAccountConfiguredNewTurnsGoThroughFirebaseCloudMessaging() throws Exception {
        try (FcmStub stub = FcmStub.answering();
             RunningVentanilla backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of(
                     "ventanilla.notifications.fcm.service-account-file",
                     stub.serviceAccountFile(dataDir).toString(),
                     "ventanilla.notifications.fcm.endpoint", stub.baseUrl(),
                     "ventanilla.notifications.fcm.web.api-key", "web-api-key",
                     "ventanilla.notifications.fcm.web.project-id", FcmStub.PROJECT,
                     "ventanilla.notifications.fcm.web.messaging-sender-id", "1234",
                     "ventanilla.notifications.fcm.web.app-id", "1:1234:web:abcd",
                     "ventanilla.notifications.fcm.web.vapid-key", "BPublicKeyOfTheFirebaseProject",
                     "ventanilla.notifications.poll-interval", "PT0.2S"))) {
            Optional<String> titular = Optional.of(backend.testTokenOf("titular.sv"));
            JsonNode configuration = backend.graphQl("{ pushConfiguration { channel firebase { projectId appId } } }",
                    Map.of(), titular).data().path("pushConfiguration");
            assertThat(configuration.path("channel").asText()).isEqualTo("FCM");
            assertThat(configuration.path("firebase").path("appId").asText()).isEqualTo("1:1234:web:abcd");
            GraphQlResponse registered = backend.graphQl("mutation($input: RegisterPushDeviceInput!) {"
                    + " registerPushDevice(input: $input) { deviceId channel } }", Map.of("input", Map.of(
                    "deviceId", "sv-phone", "channel", "FCM", "fcmToken", "fcm-token-of-titular-sv-0123456789")),
                    titular);
            assertThat(registered.hasErrors()).as(registered.body().toString()).isFalse();

            JsonNode item = CorrespondenceApi.as(backend, "oficialia").register(
                    CorrespondenceApi.registration(CorrespondenceApi.unitId(backend, "DG"), "Oficio por Firebase"));
            CorrespondenceApi.as(backend, "director").turn(item.path("id").asText(), Optional.empty(),
                    List.of(CorrespondenceApi.turnTo(CorrespondenceApi.unitId(backend, "SV"), "ATTENTION", 5)));

            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (stub.sends().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertThat(stub.sends()).hasSize(1);
            FcmStub.Request sent = stub.sends().getFirst();
            assertThat(sent.path()).isEqualTo("/v1/projects/" + FcmStub.PROJECT + "/messages:send");
            assertThat(sent.authorization()).isEqualTo("Bearer " + FcmStub.ACCESS_TOKEN);
            JsonNode message = sent.body().path("message");
            assertThat(message.path("token").asText()).isEqualTo("fcm-token-of-titular-sv-0123456789");
            assertThat(message.path("notification").path("title").asText()).startsWith("Nuevo turno DCG-");
            assertThat(message.path("notification").path("body").asText()).isEqualTo("Oficio por Firebase");
            assertThat(message.path("data").path("url").asText()).isEqualTo("/documento/" + item.path("id").asText());
        }
    }
}
