package mx.ventanilla.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import mx.ventanilla.audit.infrastructure.MongoAuditTrail;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail through the API: every mutation recorded, auditors' queries guarded, tampering detected. */
class AuditTrailIT {

    private static final String EVENTS = """
            query Events($first: Int, $after: String, $filter: AuditEventFilter) {
              auditEvents(first: $first, after: $after, filter: $filter) {
                edges { cursor node { sequence } }
                nodes {
                  sequence timestamp actor { subjectId name kind } action targetId outcome requestId clientAddress
                  argumentNames previousHash hash
                }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String VERIFY = """
            { verifyAuditChain {
                intact eventsChecked
                firstBrokenLink { sequence reason expectedHash actualHash detail }
                lastIntactLink { sequence hash }
            } }""";
    private static final String RENAME = """
            mutation Rename($id: ID!, $name: String!) { renameThing(input: {id: $id, name: $name}) { id name } }""";

    @TempDir
    static Path dataDirectory;

    private static RunningVentanilla backend;

    @BeforeAll
    static void startBackend() {
        backend = start(dataDirectory);
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Test
    void successfulMutationIsRecordedWithActorTargetOutcomeRequestAndClient() {
        String id = newId();
        Instant before = Instant.now().minusMillis(1);

        GraphQlResponse response = rename(id, "Oficio 12", "officer");

        assertThat(response.hasErrors()).isFalse();
        JsonNode event = onlyEventFor(id);
        assertThat(event.path("actor").path("subjectId").asText()).isEqualTo("off-1");
        assertThat(event.path("actor").path("name").asText()).isEqualTo("oficialia.dg");
        assertThat(event.path("actor").path("kind").asText()).isEqualTo("USER");
        assertThat(event.path("action").asText()).isEqualTo("renameThing");
        assertThat(event.path("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(event.path("requestId").asText()).isEqualTo(response.raw().headers()
                .firstValue("X-Request-Id").orElseThrow());
        assertThat(event.path("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(event.path("argumentNames")).extracting(JsonNode::asText).containsExactly("input.id", "input.name");
        assertThat(Instant.parse(event.path("timestamp").asText())).isBetween(before, Instant.now());
        assertThat(event.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(event.path("previousHash").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void failedMutationIsRecordedWithItsErrorCode() {
        String id = newId();

        GraphQlResponse forbidden = rename(id, "forbidden", "officer");
        GraphQlResponse invalid = rename(id, " ", "officer");

        assertThat(forbidden.errorCode()).contains("FORBIDDEN");
        assertThat(invalid.errorCode()).contains("BAD_USER_INPUT");
        assertThat(eventsFor(id)).extracting(event -> event.path("outcome").asText())
                .containsExactly("FORBIDDEN", "BAD_USER_INPUT");
    }

    @Test
    void anonymousMutationIsRecordedAsAnonymous() {
        String id = newId();

        GraphQlResponse response = backend.graphQl("mutation($id: ID!) { removeThing(id: $id) }", Map.of("id", id));

        assertThat(response.errorCode()).contains("UNAUTHENTICATED");
        JsonNode event = onlyEventFor(id);
        assertThat(event.path("actor").path("kind").asText()).isEqualTo("ANONYMOUS");
        assertThat(event.path("actor").path("subjectId").asText()).isEqualTo("anonymous");
        assertThat(event.path("outcome").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void targetIsTheIdOfTheCreatedThingWhenTheArgumentsHaveNone() {
        GraphQlResponse response = backend.graphQl("mutation { createThing(name: \"Circular 3\") { thing { id } } }",
                Map.of(), Optional.of("officer"));
        String created = response.data().path("createThing").path("thing").path("id").asText();

        JsonNode event = onlyEventFor(created);

        assertThat(event.path("action").asText()).isEqualTo("createThing");
        assertThat(event.path("argumentNames")).extracting(JsonNode::asText).containsExactly("name");
    }

    @Test
    void secretArgumentValuesAreNeverStored() {
        String userId = newId();
        Map<String, Object> input = Map.of("userId", userId, "currentPassword", "Old-S3cret-Value",
                "newPassword", "New-S3cret-Value", "refreshToken", "rt-0123456789abcdef");

        GraphQlResponse response = backend.graphQl("mutation($input: ChangePasswordInput!) { changePassword(input: "
                + "$input) }", Map.of("input", input), Optional.of("officer"));

        assertThat(response.hasErrors()).isFalse();
        List<String> stored = new ArrayList<>();
        auditEvents().find().forEach(document -> stored.add(document.toJson()));
        assertThat(String.join("\n", stored)).contains("input.newPassword", "input.refreshToken")
                .doesNotContain("S3cret").doesNotContain("rt-0123456789abcdef");
    }

    @Test
    void auditorPagesThroughEventsNewestFirst() {
        String id = newId();
        for (int i = 1; i <= 3; i++) {
            rename(id, "Version " + i, "officer");
        }
        Map<String, Object> filter = Map.of("targetId", id);

        JsonNode first = events(variables(2, null, filter), "auditor").data().path("auditEvents");
        JsonNode second = events(variables(2, first.path("pageInfo").path("endCursor").asText(), filter), "auditor")
                .data().path("auditEvents");

        List<Long> firstPage = sequences(first);
        assertThat(firstPage).hasSize(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(first.path("edges").get(0).path("node").path("sequence").asLong()).isEqualTo(firstPage.getFirst());
        assertThat(sequences(second)).hasSize(1).allMatch(sequence -> sequence < firstPage.getLast());
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void filtersNarrowByActionActorAndTime() {
        String id = newId();
        Instant before = Instant.now().minusMillis(1);
        rename(id, "By the officer", "officer");
        rename(id, "By the admin", "admin");
        backend.graphQl("mutation($id: ID!) { removeThing(id: $id) }", Map.of("id", id), Optional.of("admin"));
        Instant after = Instant.now().plusMillis(1);

        assertThat(eventsMatching(Map.of("targetId", id, "actorId", "adm-1"))).hasSize(2);
        assertThat(eventsMatching(Map.of("targetId", id, "action", "removeThing"))).hasSize(1);
        assertThat(eventsMatching(Map.of("targetId", id, "from", before.toString(), "to", after.toString())))
                .hasSize(3);
        assertThat(eventsMatching(Map.of("targetId", id, "to", before.toString()))).isEmpty();
    }

    @Test
    void administratorsMayReadTheTrailToo() {
        GraphQlResponse response = events(variables(1, null, null), "admin");

        assertThat(response.hasErrors()).isFalse();
        assertThat(backend.graphQl(VERIFY, Map.of(), Optional.of("admin")).hasErrors()).isFalse();
    }

    @Test
    void otherRolesAndServiceAccountsAreForbidden() {
        for (String caller : List.of("officer", "service")) {
            GraphQlResponse list = events(variables(5, null, null), caller);
            GraphQlResponse verify = backend.graphQl(VERIFY, Map.of(), Optional.of(caller));

            assertThat(list.status()).as(caller).isEqualTo(403);
            assertThat(list.errorCode()).as(caller).contains("FORBIDDEN");
            assertThat(verify.errorCode()).as(caller).contains("FORBIDDEN");
        }
    }

    @Test
    void anonymousCallersMustSignIn() {
        GraphQlResponse list = backend.graphQl(EVENTS, variables(5, null, null));
        GraphQlResponse verify = backend.graphQl(VERIFY);

        assertThat(list.status()).isEqualTo(401);
        assertThat(list.errorCode()).contains("UNAUTHENTICATED");
        assertThat(verify.errorCode()).contains("UNAUTHENTICATED");
    }

    @Test
    void malformedRequestsAreRejectedWithTheFieldToFix() {
        GraphQlResponse badCursor = events(variables(5, "bm90LWEtbnVtYmVy", null), "auditor");
        GraphQlResponse inverted = events(variables(5, null,
                Map.of("from", "2026-03-02T00:00:00Z", "to", "2026-03-01T00:00:00Z")), "auditor");
        GraphQlResponse blank = events(variables(5, null, Map.of("action", " ")), "auditor");
        GraphQlResponse tooMany = events(variables(101, null, null), "auditor");

        assertThat(badCursor.errorCode()).contains("BAD_USER_INPUT");
        assertThat(badCursor.body().path("errors").get(0).path("extensions").path("field").asText()).isEqualTo("after");
        assertThat(inverted.errorCode()).contains("BAD_USER_INPUT");
        assertThat(inverted.body().path("errors").get(0).path("message").asText()).contains("filter.to");
        assertThat(blank.errorCode()).contains("BAD_USER_INPUT");
        assertThat(tooMany.errorCode()).contains("BAD_USER_INPUT");
    }

    @Test
    void verificationReportsTheEditedEventAndPassesOnceItIsRestored() {
        String id = newId();
        rename(id, "Honest", "officer");
        long sequence = onlyEventFor(id).path("sequence").asLong();
        Document original = auditEvents().find(Filters.eq("_id", sequence)).first();

        auditEvents().updateOne(Filters.eq("_id", sequence), Updates.set("action", "nothingHappened"));
        JsonNode tampered = verification();
        auditEvents().replaceOne(Filters.eq("_id", sequence), original);

        assertThat(tampered.path("intact").asBoolean()).isFalse();
        assertThat(tampered.path("eventsChecked").asLong()).isEqualTo(sequence);
        assertThat(tampered.path("firstBrokenLink").path("sequence").asLong()).isEqualTo(sequence);
        assertThat(tampered.path("firstBrokenLink").path("reason").asText()).isEqualTo("EVENT_ALTERED");
        assertThat(tampered.path("firstBrokenLink").path("actualHash").asText()).isEqualTo(original.getString("hash"));
        assertThat(tampered.path("lastIntactLink").path("sequence").asLong()).isEqualTo(sequence - 1);
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void verificationReportsTheDeletedEventAndPassesOnceItIsRestored() {
        // The first of two events: deleting the newest one would look like a shorter chain (see lastIntactLink).
        String id = newId();
        rename(id, "First", "officer");
        rename(id, "Second", "officer");
        long sequence = eventsFor(id).getFirst().path("sequence").asLong();
        Document original = auditEvents().find(Filters.eq("_id", sequence)).first();

        auditEvents().deleteOne(Filters.eq("_id", sequence));
        JsonNode tampered = verification();
        auditEvents().insertOne(original);

        assertThat(tampered.path("intact").asBoolean()).isFalse();
        assertThat(tampered.path("firstBrokenLink").path("sequence").asLong()).isEqualTo(sequence);
        assertThat(tampered.path("firstBrokenLink").path("reason").asText()).isEqualTo("EVENT_MISSING");
        assertThat(tampered.path("firstBrokenLink").path("actualHash").isNull()).isTrue();
        assertThat(verification().path("intact").asBoolean()).isTrue();
    }

    @Test
    void trailSurvivesARestartAndTheChainContinues(@TempDir Path directory) {
        try (RunningVentanilla first = start(directory)) {
            first.graphQl(RENAME, Map.of("id", "t-1", "name", "Before"), Optional.of("officer"));
        }

        try (RunningVentanilla second = start(directory)) {
            second.graphQl(RENAME, Map.of("id", "t-1", "name", "After"), Optional.of("officer"));
            JsonNode verification = second.graphQl(VERIFY, Map.of(), Optional.of("auditor")).data()
                    .path("verifyAuditChain");

            assertThat(verification.path("intact").asBoolean()).isTrue();
            assertThat(verification.path("eventsChecked").asInt()).isEqualTo(2);
            assertThat(verification.path("lastIntactLink").path("sequence").asInt()).isEqualTo(2);
        }
    }

    private static RunningVentanilla start(Path directory) {
        return RunningVentanilla.start(directory, Map.of(), List.of(new ThingMutations()),
                ThingMutations.authenticator());
    }

    private static GraphQlResponse rename(String id, String name, String token) {
        return backend.graphQl(RENAME, Map.of("id", id, "name", name), Optional.of(token));
    }

    private static GraphQlResponse events(Map<String, Object> variables, String token) {
        return backend.graphQl(EVENTS, variables, Optional.of(token));
    }

    private static List<JsonNode> eventsMatching(Map<String, Object> filter) {
        GraphQlResponse response = events(variables(100, null, filter), "auditor");
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        List<JsonNode> events = new ArrayList<>();
        response.data().path("auditEvents").path("nodes").forEach(events::add);
        return events;
    }

    /** Oldest first. */
    private static List<JsonNode> eventsFor(String targetId) {
        return eventsMatching(Map.of("targetId", targetId)).reversed();
    }

    private static JsonNode onlyEventFor(String targetId) {
        List<JsonNode> events = eventsFor(targetId);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static JsonNode verification() {
        GraphQlResponse response = backend.graphQl(VERIFY, Map.of(), Optional.of("auditor"));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data().path("verifyAuditChain");
    }

    private static List<Long> sequences(JsonNode connection) {
        List<Long> sequences = new ArrayList<>();
        connection.path("nodes").forEach(node -> sequences.add(node.path("sequence").asLong()));
        return sequences;
    }

    private static Map<String, Object> variables(int first, String after, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filter);
        return variables;
    }

    private static MongoCollection<Document> auditEvents() {
        return backend.ventanilla().mongo().database().getCollection(MongoAuditTrail.COLLECTION);
    }

    private static String newId() {
        return "thing-" + UUID.randomUUID();
    }
}
