package mx.ventanilla.correspondence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import mx.ventanilla.storage.ListedObject;
import mx.ventanilla.storage.ObjectStorage;
import mx.ventanilla.storage.PutOptions;
import mx.ventanilla.storage.StoredObject;
import mx.ventanilla.testing.MultipartBody;
import mx.ventanilla.testing.PagePhotos;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.registration;
import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation of the object store with the records, through the real interfaces: items registered with pages over
 * GraphQL multipart, a response with an attachment, an archived item, and objects nothing refers to put straight into
 * the store. The backend sweeps with a grace period of zero, so that every object counts as old at once; a second
 * backend keeps the default of 24 hours.
 */
class UnreferencedObjectsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SWEEP = """
            mutation { sweepUnreferencedObjects { id trigger startedAt finishedAt durationMillis storedBefore
              listed referenced deleted failed bytesFreed } }""";
    private static final String SWEEPS = """
            query($first: Int, $after: String) { objectSweeps(first: $first, after: $after) {
              nodes { id trigger deleted } pageInfo { hasNextPage endCursor } } }""";
    private static final String REGISTER_WITH_PAGES = """
            mutation ($input: RegisterCorrespondenceInput!, $files: [Upload!]) {
              registerCorrespondence(input: $input, pages: $files) { id scans { status } } }""";
    private static final String RESPOND_WITH_ATTACHMENTS = """
            mutation ($id: ID!, $files: [Upload!]) {
              respondToTurn(id: $id, text: "Se anexa el informe solicitado.", attachments: $files) { id state } }""";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of(
                "ventanilla.scans.sweep.grace", "PT0S",
                "ventanilla.scans.sweep.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void filesOfItemsOfResponsesAndOfArchivedItemsAreKeptWhileUnreferencedOnesAreDeleted() {
        String item = registerWithPages("Solicitud de informe con fotografías", List.of(photo(1), photo(2)));
        List<String> itemKeys = scanKeys(item);
        String turnId = turnToSvAndReceive(item);
        sendAs("titular.sv", RESPOND_WITH_ATTACHMENTS, Map.of("id", turnId), List.of(photo(3)));
        List<String> attachmentKeys = attachmentKeys(turnId);
        String archived = archivedItemWithPages("Oficio archivado con su digitalización");
        List<String> archivedKeys = scanKeys(archived);
        StoredObject orphanOriginal = putOrphan("scans/originals");
        StoredObject orphanPdf = putOrphan("scans/documents");
        StoredObject orphanAttachment = putOrphan("attachments");

        JsonNode report = sweep();

        assertThat(itemKeys).hasSize(5).allSatisfy(key -> assertThat(storage().stat(key)).as(key).isPresent());
        assertThat(attachmentKeys).hasSize(1).allSatisfy(key -> assertThat(storage().stat(key)).as(key).isPresent());
        assertThat(archivedKeys).hasSize(3).allSatisfy(key -> assertThat(storage().stat(key)).as(key).isPresent());
        assertThat(Stream.of(orphanOriginal, orphanPdf, orphanAttachment))
                .allSatisfy(orphan -> assertThat(storage().stat(orphan.key())).as(orphan.key()).isEmpty());
        assertThat(report.path("deleted").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(report.path("failed").asLong()).isZero();
    }

    @Test
    void theReportCountsWhatWasListedKeptAndDeletedAndTheReportsAreListedNewestFirst() {
        String item = registerWithPages("Circular con un anexo", List.of(photo(4)));
        scanKeys(item);
        String earlier = sweep().path("id").asText();
        StoredObject first = putOrphan("scans/thumbnails");
        StoredObject second = putOrphan("attachments");
        long stored = objectsInTheStore();

        JsonNode report = sweep();

        assertThat(report.path("trigger").asText()).isEqualTo("ON_DEMAND");
        assertThat(report.path("listed").asLong()).isEqualTo(stored);
        assertThat(report.path("referenced").asLong()).isEqualTo(stored - 2);
        assertThat(report.path("deleted").asLong()).isEqualTo(2);
        assertThat(report.path("failed").asLong()).isZero();
        assertThat(report.path("bytesFreed").asLong()).isEqualTo(first.size() + second.size());
        assertThat(Instant.parse(report.path("storedBefore").asText()))
                .isEqualTo(Instant.parse(report.path("startedAt").asText()));
        assertThat(objectsInTheStore()).isEqualTo(stored - 2);
        JsonNode newest = backend.graphQl(SWEEPS, Map.of("first", 1), token("admin")).data().path("objectSweeps");
        assertThat(newest.path("nodes")).hasSize(1);
        assertThat(newest.path("nodes").get(0).path("id").asText()).isEqualTo(report.path("id").asText());
        assertThat(newest.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode next = backend.graphQl(SWEEPS, Map.of("first", 1, "after",
                newest.path("pageInfo").path("endCursor").asText()), token("admin")).data().path("objectSweeps");
        assertThat(next.path("nodes").get(0).path("id").asText()).isEqualTo(earlier);
    }

    @Test
    void onlyAnAdministratorMaySweepOrReadTheReportsAndARefusalDeletesNothing() {
        StoredObject orphan = putOrphan("scans/documents");

        assertThat(backend.graphQl(SWEEP, Map.of(), token("oficialia")).errorCode()).hasValue("FORBIDDEN");
        assertThat(backend.graphQl(SWEEP, Map.of(), token("auditor")).errorCode()).hasValue("FORBIDDEN");
        assertThat(backend.graphQl(SWEEP, Map.of(), Optional.empty()).errorCode()).hasValue("UNAUTHENTICATED");
        assertThat(backend.graphQl(SWEEPS, Map.of(), token("director")).errorCode()).hasValue("FORBIDDEN");
        assertThat(backend.graphQl(SWEEPS, Map.of(), Optional.empty()).errorCode()).hasValue("UNAUTHENTICATED");
        assertThat(storage().stat(orphan.key())).isPresent();
    }

    @Test
    void askingForTooManyReportsOrWithAForeignCursorIsBadInput() {
        assertThat(backend.graphQl(SWEEPS, Map.of("first", 101), token("admin")).errorCode())
                .hasValue("BAD_USER_INPUT");
        assertThat(backend.graphQl(SWEEPS, Map.of("after", "bm90LW91cnM"), token("admin")).errorCode())
                .hasValue("BAD_USER_INPUT");
    }

    @Test
    void objectsYoungerThanTheGracePeriodAreKeptSoThatARegistrationInFlightIsSafe(@TempDir Path otherDataDir) {
        try (RunningVentanilla withDefaultGrace = RunningVentanilla.startWithTestTokens(otherDataDir,
                Map.of("ventanilla.scans.sweep.enabled", "false"))) {
            StoredObject storedBeforeItsItem = withDefaultGrace.ventanilla().storage().put(
                    new ByteArrayInputStream(photo(5)), PutOptions.builder("scans/originals").allow("image/jpeg").build());

            JsonNode report = withDefaultGrace.graphQl(SWEEP, Map.of(),
                    Optional.of(withDefaultGrace.testTokenOf("admin"))).data().path("sweepUnreferencedObjects");

            assertThat(withDefaultGrace.ventanilla().storage().stat(storedBeforeItsItem.key())).isPresent();
            assertThat(report.path("listed").asLong()).isZero();
            assertThat(report.path("deleted").asLong()).isZero();
            assertThat(Instant.parse(report.path("storedBefore").asText()))
                    .isEqualTo(Instant.parse(report.path("startedAt").asText()).minusSeconds(24 * 3600));
        }
    }

    private static JsonNode sweep() {
        GraphQlResponse response = backend.graphQl(SWEEP, Map.of(), token("admin"));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data().path("sweepUnreferencedObjects");
    }

    private static String registerWithPages(String subject, List<byte[]> pages) {
        return sendAs("oficialia", REGISTER_WITH_PAGES, Map.of("input", registration(unitId(backend, "DG"), subject)),
                pages).path("registerCorrespondence").path("id").asText();
    }

    private static String archivedItemWithPages(String subject) {
        String id = registerWithPages(subject, List.of(photo(6)));
        scanKeys(id);
        CorrespondenceApi director = CorrespondenceApi.as(backend, "director");
        director.data("mutation($id: ID!) { concludeCorrespondence(id: $id) { status } }", Map.of("id", id));
        JsonNode archived = director.data("mutation($id: ID!) { archiveCorrespondence(id: $id) { status } }",
                Map.of("id", id)).path("archiveCorrespondence");
        assertThat(archived.path("status").asText()).isEqualTo("ARCHIVED");
        return id;
    }

    private static String turnToSvAndReceive(String itemId) {
        String turnId = CorrespondenceApi.as(backend, "director").turn(itemId, Optional.empty(),
                List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5))).data().path("turnCorrespondence").get(0)
                .path("id").asText();
        CorrespondenceApi.as(backend, "titular.sv").data("mutation($id: ID!) { receiveTurn(id: $id) { state } }",
                Map.of("id", turnId));
        return turnId;
    }

    /** Waits for the item's scans to be READY and returns every key its scan set holds. */
    private static List<String> scanKeys(String itemId) {
        JsonNode scans = backend.awaitScansDone(itemId, backend.testTokenOf("oficialia"), "{ status }");
        assertThat(scans.path("status").asText()).isEqualTo("READY");
        Document set = backend.ventanilla().mongo().database().getCollection("correspondence")
                .find(Filters.eq("_id", itemId)).first().get("scans", Document.class);
        List<String> keys = new ArrayList<>();
        keys.add(set.get("pdf", Document.class).getString("key"));
        for (Document page : set.getList("pages", Document.class)) {
            keys.add(page.get("original", Document.class).getString("key"));
            keys.add(page.get("thumbnail", Document.class).getString("key"));
        }
        return keys;
    }

    private static List<String> attachmentKeys(String turnId) {
        Document turn = backend.ventanilla().mongo().database().getCollection("turns")
                .find(Filters.eq("_id", turnId)).first();
        return turn.getList("responses", Document.class).stream()
                .flatMap(response -> response.getList("attachments", Document.class).stream())
                .map(file -> file.getString("key"))
                .toList();
    }

    /** An object stored as the digitiser stores one, whose record was never written (as after a crash). */
    private static StoredObject putOrphan(String prefix) {
        return storage().put(new ByteArrayInputStream(photo(7)), PutOptions.builder(prefix).allow("image/jpeg").build());
    }

    private static long objectsInTheStore() {
        Instant later = Instant.now().plusSeconds(3600);
        try (Stream<ListedObject> scans = storage().list("scans/", later);
             Stream<ListedObject> attachments = storage().list("attachments/", later)) {
            return scans.count() + attachments.count();
        }
    }

    private static ObjectStorage storage() {
        return backend.ventanilla().storage();
    }

    private static Optional<String> token(String username) {
        return Optional.of(backend.testTokenOf(username));
    }

    /** A GraphQL multipart request whose {@code $files} list gets one file part per file. */
    private static JsonNode sendAs(String username, String document, Map<String, Object> otherVariables,
                                   List<byte[]> files) {
        List<Object> slots = new ArrayList<>();
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            slots.add(null);
            map.put(Integer.toString(i), List.of("variables.files." + i));
        }
        Map<String, Object> variables = new HashMap<>(otherVariables);
        variables.put("files", slots);
        MultipartBody body = new MultipartBody()
                .field("operations", json(Map.of("query", document, "variables", variables)))
                .field("map", json(map));
        for (int i = 0; i < files.size(); i++) {
            body.file(Integer.toString(i), "hoja-" + (i + 1) + ".jpg", "image/jpeg", files.get(i));
        }
        String answer = backend.send(HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", MultipartBody.contentType())
                .header("Authorization", "Bearer " + backend.testTokenOf(username))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build()).body();
        try {
            JsonNode parsed = JSON.readTree(answer);
            assertThat(parsed.path("errors").isMissingNode()).as(answer).isTrue();
            return parsed.path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] photo(int seed) {
        return PagePhotos.jpeg(seed, 400, 600, 12);
    }
}
