package mx.ventanilla.correspondence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.REGISTER;
import static mx.ventanilla.correspondence.CorrespondenceApi.registration;
import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static mx.ventanilla.correspondence.CorrespondenceApi.userId;
import static mx.ventanilla.correspondence.CorrespondenceLifeIT.receive;
import static mx.ventanilla.correspondence.CorrespondenceLifeIT.respond;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules around the life of a document over HTTP: bad inputs, visibility, idempotency and concurrency. */
class CorrespondenceRulesIT {

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;
    static CorrespondenceApi officer;
    static CorrespondenceApi director;
    static CorrespondenceApi sv;
    static CorrespondenceApi admin;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        officer = CorrespondenceApi.as(backend, "oficialia");
        director = CorrespondenceApi.as(backend, "director");
        sv = CorrespondenceApi.as(backend, "titular.sv");
        admin = CorrespondenceApi.as(backend, "admin");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void badRegistrationsAreRefusedAndChangeNothing() {
        long before = items();
        Map<String, Map<String, Object>> bad = Map.of(
                "unknown unit", with("addresseeUnitId", "no-such-unit"),
                "future receipt", with("receivedAt", "2999-01-01T00:00:00Z"),
                "invalid reference", with("references", List.of("not-a-folio")),
                "unknown reference", with("references", List.of("DG-2020-999999")),
                "unknown document type", with("documentType", "PERGAMINO"),
                "unknown series", with("archivalSeries", "99Z.9"),
                "empty subject", with("subject", "   "),
                "long subject", with("subject", "x".repeat(301)),
                "operator as text", with("addresseeUnitId", "{\"$gt\": \"\"}"));
        bad.forEach((what, input) -> assertThat(officer.call(REGISTER, Map.of("input", input)).errorCode())
                .as(what).contains("BAD_USER_INPUT"));
        Map<String, Object> objectForString = with("subject", Map.of("$gt", ""));
        assertThat(officer.call(REGISTER, Map.of("input", objectForString)).hasErrors()).isTrue();
        assertThat(items()).isEqualTo(before);
    }

    @Test
    void operatorsInTextAreStoredAsPlainText() {
        JsonNode item = officer.register(with("subject", "{\"$gt\": \"\"}"));

        assertThat(item.path("subject").asText()).isEqualTo("{\"$gt\": \"\"}");
        assertThat(director.call("query($f: String!) { correspondenceByFolio(folio: $f) { id } }",
                Map.of("f", "{\"$gt\": \"\"}")).errorCode()).contains("BAD_USER_INPUT");
    }

    @Test
    void onlyTheRegistryDeskRegisters() {
        assertThat(director.call(REGISTER, Map.of("input", with("subject", "x"))).errorCode()).contains("FORBIDDEN");
        assertThat(CorrespondenceApi.as(backend, "auditor").call(REGISTER, Map.of("input", with("subject", "x")))
                .errorCode()).contains("FORBIDDEN");
        assertThat(backend.graphQl(REGISTER, Map.of("input", with("subject", "x")), Optional.empty()).errorCode())
                .contains("UNAUTHENTICATED");
    }

    @Test
    void aRetriedRegistrationReturnsTheFirstItem() {
        Map<String, Object> input = with("idempotencyKey", "retry-1");
        JsonNode first = officer.register(input);
        JsonNode again = officer.register(input);

        assertThat(again.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(again.path("folio").asText()).isEqualTo(first.path("folio").asText());
        Map<String, Object> different = new java.util.HashMap<>(input);
        different.put("subject", "Otro asunto");
        assertThat(officer.call(REGISTER, Map.of("input", different)).errorCode()).contains("CONFLICT");
        JsonNode otherUser = CorrespondenceApi.as(backend, "oficial.toluca").register(input);
        assertThat(otherUser.path("id").asText()).isNotEqualTo(first.path("id").asText());
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneItem() throws Exception {
        Map<String, Object> input = with("idempotencyKey", "flaky-network");
        List<GraphQlResponse> responses = concurrently(8, () -> officer.call(REGISTER, Map.of("input", input)));

        Set<String> ids = new HashSet<>();
        responses.forEach(response -> ids.add(response.data().path("registerCorrespondence").path("id").asText()));
        assertThat(responses).allSatisfy(response -> assertThat(response.hasErrors()).isFalse());
        assertThat(ids).hasSize(1);
    }

    @Test
    void foliosStayUniqueUnderConcurrentRegistration() throws Exception {
        List<GraphQlResponse> responses = concurrently(16, () -> officer.call(REGISTER,
                Map.of("input", with("subject", "Concurrente"))));

        List<String> folios = new ArrayList<>();
        responses.forEach(response -> folios.add(response.data().path("registerCorrespondence").path("folio").asText()));
        assertThat(responses).allSatisfy(response -> assertThat(response.hasErrors()).isFalse());
        assertThat(new HashSet<>(folios)).hasSize(16);
        assertThat(folios).allMatch(folio -> folio.matches("DCG-\\d{4}-\\d{6}"));
    }

    @Test
    void ofTwoManagersActingOnOneTurnAtOnceExactlyOneWins() throws Exception {
        String turnId = answeredTurn("Dos titulares");
        CountDownLatch start = new CountDownLatch(1);
        List<GraphQlResponse> responses = concurrently(2, List.of(
                () -> {
                    start.await();
                    return director.call("mutation($id: ID!) { acceptResponse(turnId: $id) { state } }",
                            Map.of("id", turnId));
                },
                () -> {
                    start.countDown();
                    return admin.call("mutation($id: ID!) { returnResponse(turnId: $id, reason: \"Incompleto\")"
                            + " { state } }", Map.of("id", turnId));
                }));

        List<Optional<String>> codes = responses.stream().map(GraphQlResponse::errorCode).toList();
        assertThat(codes).containsOnlyOnce(Optional.empty());
        assertThat(codes).contains(Optional.of("CONFLICT"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        String turnId = answeredTurn("Versión vieja");
        GraphQlResponse stale = director.call("mutation($id: ID!) { acceptResponse(turnId: $id, expectedVersion: 1)"
                + " { state } }", Map.of("id", turnId));

        assertThat(stale.errorCode()).contains("CONFLICT");
        assertThat(director.call("query($id: ID!) { turn(id: $id) { state } }", Map.of("id", turnId)).data()
                .path("turn").path("state").asText()).isEqualTo("ANSWERED");
    }

    @Test
    void badTurnsAreRefused() {
        String id = officer.register(with("subject", "Turnos inválidos")).path("id").asText();
        String sj = unitId(backend, "SJ");
        assertThat(director.turn(id, Optional.empty(), List.of(turnTo("no-such-unit", "ATTENTION", 3))).errorCode())
                .contains("BAD_USER_INPUT");
        assertThat(director.turn(id, Optional.empty(), List.of(Map.of("recipientUnitId", sj,
                "instruction", "ATTENTION", "dueDate", LocalDate.now().minusDays(2).toString()))).errorCode())
                .contains("BAD_USER_INPUT");
        assertThat(director.turn(id, Optional.empty(), List.of(Map.of("recipientUnitId", sj,
                "instruction", "ATTENTION"))).errorCode()).contains("BAD_USER_INPUT");
        assertThat(director.turn(id, Optional.empty(), List.of(Map.of("recipientUnitId", sj, "instruction",
                "ATTENTION", "recipientUserId", userId(backend, "titular.sv"), "dueInBusinessDays", 3))).errorCode())
                .contains("BAD_USER_INPUT");
        assertThat(sv.turn(id, Optional.empty(), List.of(turnTo(sj, "ATTENTION", 3))).errorCode())
                .contains("NOT_FOUND");
        assertThat(officer.turn(id, Optional.empty(), List.of(turnTo(sj, "ATTENTION", 3))).errorCode())
                .contains("FORBIDDEN");
        assertThat(director.call("query($id: ID!) { correspondence(id: $id) { turnTree { id } } }",
                Map.of("id", id)).data().path("correspondence").path("turnTree")).isEmpty();
    }

    @Test
    void aSubTurnIsDueNoLaterThanItsParentAndGoesDown() {
        String id = officer.register(with("subject", "Subturnos")).path("id").asText();
        String parent = director.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 3)))
                .data().path("turnCorrespondence").get(0).path("id").asText();
        assertThat(sv.turn(id, Optional.of(parent), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 2)))
                .errorCode()).as("not received yet").contains("CONFLICT");
        receive(sv, parent);

        assertThat(sv.turn(id, Optional.of(parent), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 4)))
                .errorCode()).contains("BAD_USER_INPUT");
        assertThat(sv.turn(id, Optional.of(parent), List.of(turnTo(unitId(backend, "SJ"), "ATTENTION", 2)))
                .errorCode()).contains("BAD_USER_INPUT");
        assertThat(director.turn(id, Optional.of(parent), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 2)))
                .errorCode()).contains("FORBIDDEN");
        assertThat(sv.turn(id, Optional.of(parent), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 3)))
                .hasErrors()).isFalse();
    }

    @Test
    void theAddresseesManagerGrantsAReservedItemToSomeoneElseWhoThenSeesIt() {
        Map<String, Object> input = with("confidentiality", "RESERVED");
        input.put("addresseeUnitId", unitId(backend, "SV"));
        String id = officer.register(input).path("id").asText();
        String query = "query($id: ID!) { correspondence(id: $id) { id version } }";
        String grant = "mutation($id: ID!, $users: [ID!]!) { grantAccess(correspondenceId: $id, userIds: $users) {"
                + " id version } }";
        CorrespondenceApi saf = CorrespondenceApi.as(backend, "titular.saf");
        assertThat(saf.call(query, Map.of("id", id)).errorCode()).contains("NOT_FOUND");

        assertThat(saf.call(grant, Map.of("id", id, "users", List.of(userId(backend, "titular.saf")))).errorCode())
                .as("someone who does not see the item cannot grant it").contains("NOT_FOUND");
        assertThat(sv.call(grant, Map.of("id", id, "users", List.of("no-such-user"))).errorCode())
                .contains("BAD_USER_INPUT");
        assertThat(sv.call(query, Map.of("id", id)).data().path("correspondence").path("version").asInt())
                .as("a refused grant changes nothing").isZero();

        assertThat(sv.call(grant, Map.of("id", id, "users", List.of(userId(backend, "titular.saf")))).hasErrors())
                .isFalse();
        assertThat(saf.call(query, Map.of("id", id)).hasErrors()).as("granted").isFalse();
    }

    @Test
    void publicItemsNeedNoGrants() {
        String id = officer.register(with("subject", "Oficio público")).path("id").asText();

        assertThat(director.call("mutation($id: ID!, $users: [ID!]!) { grantAccess(correspondenceId: $id,"
                + " userIds: $users) { id } }", Map.of("id", id, "users", List.of(userId(backend, "titular.saf"))))
                .errorCode()).contains("BAD_USER_INPUT");
    }

    @Test
    void aReservedItemDoesNotExistForUsersWithoutAGrant() {
        Map<String, Object> input = with("confidentiality", "RESERVED");
        input.put("addresseeUnitId", unitId(backend, "SV"));
        JsonNode item = officer.register(input);
        String id = item.path("id").asText();
        String query = "query($id: ID!) { correspondence(id: $id) { id } }";

        assertThat(sv.call(query, Map.of("id", id)).hasErrors()).as("addressee's manager").isFalse();
        assertThat(director.call(query, Map.of("id", id)).errorCode()).as("manager above").contains("NOT_FOUND");
        assertThat(admin.call(query, Map.of("id", id)).errorCode()).contains("NOT_FOUND");
        assertThat(director.call("query($f: String!) { correspondenceByFolio(folio: $f) { id } }",
                Map.of("f", item.path("folio").asText())).errorCode()).contains("NOT_FOUND");
        Map<String, Object> referring = with("references", List.of(item.path("folio").asText()));
        assertThat(CorrespondenceApi.as(backend, "oficial.toluca").call(REGISTER, Map.of("input", referring))
                .errorCode()).contains("BAD_USER_INPUT");

        JsonNode turn = sv.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "DPV"), "ATTENTION", 3)))
                .data().path("turnCorrespondence").get(0);
        CorrespondenceApi dpv = CorrespondenceApi.as(backend, "jefe.dpv");
        assertThat(dpv.call(query, Map.of("id", id)).hasErrors()).as("granted through the turn").isFalse();
        assertThat(receive(dpv, turn.path("id").asText()).path("state").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void pagesAreRefusedWhileDigitisationIsNotConfigured() {
        String document = "mutation($input: RegisterCorrespondenceInput!) { registerCorrespondence(input: $input,"
                + " pages: []) { id } }";
        assertThat(officer.call(document, Map.of("input", with("subject", "Sin páginas"))).hasErrors()).isFalse();
    }

    @Test
    void catalogueAdministration() {
        assertThat(director.data("{ documentTypes { code name } }", Map.of()).findValuesAsText("code"))
                .contains("OFICIO", "MEMORANDUM", "CIRCULAR", "ESCRITO_CIUDADANO", "INVITACION", "SOLICITUD", "OTRO");
        assertThat(admin.data("mutation { addDocumentType(code: \"tarjeta\", name: \"Tarjeta informativa\")"
                + " { code } }", Map.of()).path("addDocumentType").path("code").asText()).isEqualTo("TARJETA");
        assertThat(admin.call("mutation { addDocumentType(code: \"TARJETA\", name: \"Otra\") { code } }", Map.of())
                .errorCode()).contains("CONFLICT");
        assertThat(director.call("mutation { addArchivalSeries(code: \"9C.1\", name: \"Otra\", retentionYears: 3)"
                + " { code } }", Map.of()).errorCode()).contains("FORBIDDEN");
        assertThat(admin.call("mutation { addArchivalSeries(code: \"9C.1\", name: \"Otra\", retentionYears: 0)"
                + " { code } }", Map.of()).errorCode()).contains("BAD_USER_INPUT");
        assertThat(officer.register(with("documentType", "TARJETA")).path("id").asText()).isNotBlank();
    }

    @Test
    void aDocumentTypeRefusedOnceIsAcceptedAsSoonAsItIsAdded() {
        assertThat(officer.call(REGISTER, Map.of("input", with("documentType", "CARTA_PODER"))).errorCode())
                .contains("BAD_USER_INPUT");
        admin.data("mutation { addDocumentType(code: \"CARTA_PODER\", name: \"Carta poder\") { code } }", Map.of());

        assertThat(officer.register(with("documentType", "CARTA_PODER")).path("id").asText()).isNotBlank();
    }

    private static String answeredTurn(String subject) {
        String id = officer.register(with("subject", subject)).path("id").asText();
        String turnId = director.turn(id, Optional.empty(), List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5)))
                .data().path("turnCorrespondence").get(0).path("id").asText();
        receive(sv, turnId);
        respond(sv, turnId, "Atendido.");
        return turnId;
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> input = registration(unitId(backend, "DG"), "Asunto de prueba");
        input.put(field, value);
        return input;
    }

    private static long items() {
        return backend.ventanilla().mongo().database().getCollection("correspondence").countDocuments();
    }

    private static List<GraphQlResponse> concurrently(int clients, Callable<GraphQlResponse> call) throws Exception {
        return concurrently(clients, java.util.Collections.nCopies(clients, call));
    }

    private static List<GraphQlResponse> concurrently(int clients, List<Callable<GraphQlResponse>> calls)
            throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<GraphQlResponse>> futures = pool.invokeAll(calls);
            List<GraphQlResponse> responses = new ArrayList<>();
            for (Future<GraphQlResponse> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }
}
