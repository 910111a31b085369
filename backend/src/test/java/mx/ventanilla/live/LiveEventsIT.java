package mx.ventanilla.live;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.live.infrastructure.MongoOutbox;
import mx.ventanilla.live.infrastructure.OutboxWriter;
import mx.ventanilla.live.model.EventSummary;
import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.platform.persistence.Sequences;
import mx.ventanilla.testing.GraphQlWsClient;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions over graphql-transport-ws, fed from the outbox: what arrives, who receives it, and how protocol
 * violations end the connection.
 */
class LiveEventsIT {

    private static final String TURN_ASSIGNED = """
            subscription ($id: ID) { turnAssigned(correspondenceId: $id) {
              sequence type at correspondenceId turnId folio subject state recipientUnitId dueDate trafficLight } }""";

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;
    private static OutboxWriter outbox;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of(
                "ventanilla.live.poll-interval", "PT0.1S",
                "ventanilla.live.connection-init-timeout", "PT1S"));
        outbox = new OutboxWriter(backend.ventanilla().mongo().database());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void subscriberInTheAudienceReceivesTheEventWithItsSummary() {
        String item = newId();
        try (GraphQlWsClient sv = connected("titular.sv"); GraphQlWsClient director = connected("director")) {
            subscribe(sv, "1", Optional.of(item));
            subscribe(director, "1", Optional.of(item));

            OutboxMessage written = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));

            JsonNode event = nextEvent(sv);
            assertThat(sv.subprotocol()).isEqualTo("graphql-transport-ws");
            assertThat(event.path("sequence").asText()).isEqualTo(String.valueOf(written.sequence()));
            assertThat(event.path("type").asText()).isEqualTo("turnAssigned");
            assertThat(event.path("correspondenceId").asText()).isEqualTo(item);
            assertThat(event.path("turnId").asText()).isEqualTo("turn-" + item);
            assertThat(event.path("folio").asText()).isEqualTo("DG-2026-000123");
            assertThat(event.path("subject").asText()).isEqualTo("Solicitud de información");
            assertThat(event.path("state").asText()).isEqualTo("SENT");
            assertThat(event.path("dueDate").asText()).isEqualTo("2026-03-02");
            assertThat(event.path("trafficLight").asText()).isEqualTo("GREEN");
            assertThat(event.path("at").asText()).isEqualTo(written.at().toString());
            assertThat(nextEvent(director).path("correspondenceId").asText()).isEqualTo(item);
        }
    }

    @Test
    void userOfAnotherUnitDoesNotReceiveTheEvent() {
        try (GraphQlWsClient sj = connected("titular.sj")) {
            subscribe(sj, "all", Optional.empty());

            String invisible = newId();
            String visible = newId();
            outbox.append(turnAssigned(invisible, unitPathOf("titular.sv"), List.of()));
            outbox.append(turnAssigned(visible, unitPathOf("titular.sj"), List.of()));

            assertThat(nextEvent(sj).path("correspondenceId").asText()).isEqualTo(visible);
        }
    }

    @Test
    void reservedEventReachesOnlyGrantedUsersWhateverTheirUnitOrRole() {
        try (GraphQlWsClient admin = connected("admin");
             GraphQlWsClient sv = connected("titular.sv");
             GraphQlWsClient granted = connected("titular.sj")) {
            subscribe(admin, "all", Optional.empty());
            subscribe(sv, "all", Optional.empty());
            subscribe(granted, "all", Optional.empty());

            String reserved = newId();
            String probe = newId();
            outbox.append(turnAssigned(reserved, unitPathOf("titular.sv"), List.of(userIdOf("titular.sj"))));
            outbox.append(turnAssigned(probe, unitPathOf("titular.sv"), List.of()));

            assertThat(nextEvent(granted).path("correspondenceId").asText()).isEqualTo(reserved);
            assertThat(nextEvent(admin).path("correspondenceId").asText()).isEqualTo(probe);
            assertThat(nextEvent(sv).path("correspondenceId").asText()).isEqualTo(probe);
        }
    }

    @Test
    void completeStopsDeliveryForThatOperationOnly() {
        String item = newId();
        try (GraphQlWsClient client = connected("titular.sv")) {
            subscribe(client, "stopped", Optional.of(item));
            subscribe(client, "kept", Optional.of(item));
            client.send(Map.of("type", "complete", "id", "stopped"));
            client.send(Map.of("type", "ping"));
            assertThat(client.next().path("type").asText()).isEqualTo("pong");

            outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));
            JsonNode next = client.next();
            client.send(Map.of("type", "ping"));

            assertThat(next.path("id").asText()).isEqualTo("kept");
            assertThat(messagesUntilPong(client)).noneMatch(message -> "stopped".equals(message.path("id").asText()));
        }
    }

    @Test
    void eventsAreFilteredByTypeAndItem() {
        String item = newId();
        try (GraphQlWsClient client = connected("titular.sv")) {
            subscribe(client, "1", Optional.of(item));
            outbox.append(new OutboxMessage(0, EventType.TURN_UPDATED, item, Optional.empty(),
                    unitPathOf("titular.sv"), List.of(), Instant.now(), EventSummary.builder().build()));
            outbox.append(turnAssigned(newId(), unitPathOf("titular.sv"), List.of()));
            OutboxMessage wanted = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));

            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(wanted.sequence()));
        }
    }

    @Test
    void aGapInSequenceNumbersThatFillsLateIsDeliveredExactlyOnce() {
        String item = newId();
        Sequences sequences = new Sequences(backend.ventanilla().mongo().database());
        try (GraphQlWsClient client = connected("titular.sv")) {
            subscribe(client, "1", Optional.of(item));
            long early = sequences.next(OutboxWriter.SEQUENCE);
            long late = sequences.next(OutboxWriter.SEQUENCE);

            insertDirectly(late, item);
            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(late));
            insertDirectly(early, item);
            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(early));
            OutboxMessage after = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));

            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(after.sequence()));
        }
    }

    @Test
    void subscriptionWithSinceFirstReplaysMissedVisibleEventsThenContinuesLiveWithoutDuplicates() {
        String item = newId();
        OutboxMessage before = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));
        OutboxMessage missed = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));
        outbox.append(turnAssigned(item, unitPathOf("titular.sj"), List.of()));
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.send(Map.of("type", "subscribe", "id", "resumed", "payload", Map.of(
                    "query", "subscription ($id: ID, $since: String) { turnAssigned(correspondenceId: $id, "
                            + "since: $since) { sequence } }",
                    "variables", Map.of("id", item, "since", String.valueOf(before.sequence())))));
            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(missed.sequence()));

            OutboxMessage live = outbox.append(turnAssigned(item, unitPathOf("titular.sv"), List.of()));

            assertThat(nextEvent(client).path("sequence").asText()).isEqualTo(String.valueOf(live.sequence()));
        }
    }

    @Test
    void sinceThatIsNotASequenceIsRefused() {
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.subscribe("1", "subscription { turnAssigned(since: \"yesterday\") { sequence } }");
            JsonNode error = client.next();

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("payload").get(0).path("extensions").path("code").asText())
                    .isEqualTo("BAD_USER_INPUT");
        }
    }

    @Test
    void invalidSubscriptionGetsAnErrorMessageAndTheConnectionStaysOpen() {
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.subscribe("bad", "subscription { turnAssigned { noSuchField } }");
            JsonNode error = client.next();
            client.send(Map.of("type", "ping"));

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("id").asText()).isEqualTo("bad");
            assertThat(error.path("payload").get(0).path("extensions").path("code").asText())
                    .isEqualTo("BAD_USER_INPUT");
            assertThat(client.next().path("type").asText()).isEqualTo("pong");
        }
    }

    @Test
    void serviceAccountWithoutTheReadScopeIsRefused() {
        try (GraphQlWsClient client = GraphQlWsClient.connected(backend, "test-service-account:any")) {
            client.subscribe("1", "subscription { turnAssigned { sequence } }");
            JsonNode error = client.next();

            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("payload").get(0).path("extensions").path("code").asText()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void queriesAndMutationsOverTheSocketAnswerOnceAndComplete() {
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.subscribe("q", "{ apiVersion }");

            JsonNode next = client.next();
            assertThat(next.path("payload").path("data").path("apiVersion").asText()).isEqualTo("1");
            assertThat(client.next().path("type").asText()).isEqualTo("complete");
        }
    }

    @Test
    void badTokenIsClosedWithForbidden() {
        try (GraphQlWsClient client = GraphQlWsClient.open(backend)) {
            client.send(Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer nonsense")));
            assertThat(client.closeCode()).isEqualTo(4403);
        }
    }

    @Test
    void missingTokenIsClosedWithForbidden() {
        try (GraphQlWsClient client = GraphQlWsClient.open(backend)) {
            client.send(Map.of("type", "connection_init"));
            assertThat(client.closeCode()).isEqualTo(4403);
        }
    }

    @Test
    void noConnectionInitInTimeIsClosedWith4408() {
        try (GraphQlWsClient client = GraphQlWsClient.open(backend)) {
            assertThat(client.closeCode()).isEqualTo(4408);
        }
    }

    @Test
    void malformedMessagesAreClosedWith4400() {
        for (String malformed : List.of("not json", "[1]", "{\"type\":\"whatever\"}", "{\"id\":\"1\"}")) {
            try (GraphQlWsClient client = connected("titular.sv")) {
                client.sendText(malformed);
                assertThat(client.closeCode()).as(malformed).isEqualTo(4400);
            }
        }
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.send(Map.of("type", "subscribe", "id", "1", "payload", Map.of("variables", Map.of())));
            assertThat(client.closeCode()).isEqualTo(4400);
        }
    }

    @Test
    void subscribeBeforeAcknowledgementIsClosedWith4401() {
        try (GraphQlWsClient client = GraphQlWsClient.open(backend)) {
            client.subscribe("1", "subscription { turnAssigned { sequence } }");
            assertThat(client.closeCode()).isEqualTo(4401);
        }
    }

    @Test
    void secondConnectionInitIsClosedWith4429() {
        try (GraphQlWsClient client = connected("titular.sv")) {
            client.send(Map.of("type", "connection_init", "payload",
                    Map.of("authorization", "Bearer " + backend.testTokenOf("titular.sv"))));
            assertThat(client.closeCode()).isEqualTo(4429);
        }
    }

    @Test
    void reusedOperationIdIsClosedWith4409() {
        try (GraphQlWsClient client = connected("titular.sv")) {
            subscribe(client, "same", Optional.empty());
            client.subscribe("same", "subscription { turnUpdated { sequence } }");
            assertThat(client.closeCode()).isEqualTo(4409);
        }
    }

    @Test
    void subscriptionsAreRefusedOverHttp() {
        RunningVentanilla.GraphQlResponse response = backend.graphQl("subscription { turnAssigned { sequence } }",
                Map.of(), Optional.of(backend.testTokenOf("titular.sv")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).contains("BAD_USER_INPUT");
    }

    static OutboxMessage turnAssigned(String item, List<String> audiencePath, List<String> grants) {
        return new OutboxMessage(0, EventType.TURN_ASSIGNED, item, Optional.of("turn-" + item), audiencePath, grants,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), EventSummary.builder()
                        .folio("DG-2026-000123")
                        .subject("Solicitud de información")
                        .state("SENT")
                        .recipientUnitId(audiencePath.getLast())
                        .dueDate(LocalDate.of(2026, 3, 2))
                        .trafficLight("GREEN")
                        .build());
    }

    static void subscribe(GraphQlWsClient client, String id, Optional<String> correspondenceId) {
        Map<String, Object> variables = correspondenceId.<Map<String, Object>>map(value -> Map.of("id", value))
                .orElse(Map.of());
        client.send(Map.of("type", "subscribe", "id", id,
                "payload", Map.of("query", TURN_ASSIGNED, "variables", variables)));
        awaitRegistered(client);
    }

    /** A ping answered means the subscribe before it was handled: messages of one connection are read in order. */
    private static void awaitRegistered(GraphQlWsClient client) {
        client.send(Map.of("type", "ping"));
        JsonNode pong = client.next();
        if (!"pong".equals(pong.path("type").asText())) {
            throw new AssertionError("Expected pong, got " + pong);
        }
    }

    static JsonNode nextEvent(GraphQlWsClient client) {
        JsonNode message = client.next();
        assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("next");
        return message.path("payload").path("data").path("turnAssigned");
    }

    private static List<JsonNode> messagesUntilPong(GraphQlWsClient client) {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode message = client.next(); !"pong".equals(message.path("type").asText()); message = client.next()) {
            messages.add(message);
        }
        return messages;
    }

    private static void insertDirectly(long sequence, String item) {
        backend.ventanilla().mongo().database().getCollection(MongoOutbox.COLLECTION).insertOne(new Document()
                .append("_id", sequence)
                .append("type", "turnAssigned")
                .append("correspondenceId", item)
                .append("audiencePath", unitPathOf("titular.sv"))
                .append("grants", List.of())
                .append("at", new java.util.Date())
                .append("payload", new Document("folio", "DG-2026-000124")));
    }

    private static GraphQlWsClient connected(String username) {
        return GraphQlWsClient.connected(backend, backend.testTokenOf(username));
    }

    static List<String> unitPathOf(String username) {
        return user(username).getList("unitPath", String.class);
    }

    private static String userIdOf(String username) {
        return user(username).getString("_id");
    }

    private static Document user(String username) {
        return backend.ventanilla().mongo().database().getCollection("users")
                .find(new Document("username", username)).first();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
