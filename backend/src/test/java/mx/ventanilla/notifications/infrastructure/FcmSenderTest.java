package mx.ventanilla.notifications.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.notifications.model.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FcmSenderTest {

    private static final PushTarget DEVICE = new PushTarget.FcmToken("fcm-token-of-the-test-device-0123456789");
    private static final PushMessage MESSAGE = new PushMessage("Nuevo turno DG-2026-000123", "Solicitud de informes",
            Map.of("correspondenceId", "c-1", "url", "/documento/c-1"));

    @TempDir
    Path keys;

    @Test
    void sendsTheFcmV1RequestWithTheServiceAccountsToken() throws Exception {
        try (FcmStub stub = FcmStub.answering(200); FcmSender sender = senderFor(stub)) {
            SendResult result = sender.send(DEVICE, MESSAGE);

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.SENT);
            FcmStub.Request request = stub.sends().getFirst();
            assertThat(request.path()).isEqualTo("/v1/projects/" + FcmStub.PROJECT + "/messages:send");
            assertThat(request.authorization()).isEqualTo("Bearer " + FcmStub.ACCESS_TOKEN);
            JsonNode message = request.body().path("message");
            assertThat(message.path("token").asText()).isEqualTo("fcm-token-of-the-test-device-0123456789");
            assertThat(message.path("notification").path("title").asText()).isEqualTo("Nuevo turno DG-2026-000123");
            assertThat(message.path("notification").path("body").asText()).isEqualTo("Solicitud de informes");
            assertThat(message.path("data").path("url").asText()).isEqualTo("/documento/c-1");
            assertThat(message.path("data").path("correspondenceId").asText()).isEqualTo("c-1");
        }
    }

    @Test
    void unregisteredTokenIsReportedGone() throws Exception {
        try (FcmStub stub = FcmStub.answering(404); FcmSender sender = senderFor(stub)) {
            SendResult result = sender.send(DEVICE, MESSAGE);

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.GONE);
            assertThat(result.detail()).startsWith("UNREGISTERED");
        }
    }

    @Test
    void unavailableServiceIsRetriedAndTheMessageSentOnce() throws Exception {
        try (FcmStub stub = FcmStub.answering(503, 200); FcmSender sender = senderFor(stub)) {
            SendResult result = sender.send(DEVICE, MESSAGE);

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.SENT);
            assertThat(stub.sends()).extracting(FcmStub.Request::answeredWith).containsExactly(503, 200);
        }
    }

    private FcmSender senderFor(FcmStub stub) throws Exception {
        return FcmSender.start(stub.serviceAccountFile(keys), Optional.empty(), stub.baseUrl());
    }
}
