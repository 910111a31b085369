package mx.ventanilla.correspondence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.testing.GraphQlWsClient;
import mx.ventanilla.testing.MultipartBody;
import mx.ventanilla.testing.PagePhotos;
import mx.ventanilla.testing.RunningVentanilla;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.correspondence.CorrespondenceApi.registration;
import static mx.ventanilla.correspondence.CorrespondenceApi.turnTo;
import static mx.ventanilla.correspondence.CorrespondenceApi.unitId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document as the registry desk handles it, through the real interfaces: three page photos registered with a
 * GraphQL multipart request, the PDF and thumbnails fetched through their short-lived URLs, the receipt downloaded,
 * and the turn arriving live on the recipient manager's WebSocket.
 */
class DigitisedCorrespondenceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTER_WITH_PAGES = """
            mutation ($input: RegisterCorrespondenceInput!, $pages: [Upload!]) {
              registerCorrespondence(input: $input, pages: $pages) {
                id folio subject receiptPath
                scans { status failure pdf { size sha256 contentType url }
                        pages { width height original { sha256 clientName } thumbnail { size contentType url } } }
              } }""";
    private static final String SCANS = """
            { status failure pdf { size sha256 contentType url }
              pages { width height original { sha256 clientName url } thumbnail { size contentType url } } }""";
    private static final String ADD_SCANS = """
            mutation ($id: ID!, $pages: [Upload!]!) {
              addScans(correspondenceId: $id, pages: $pages) {
                version scans { status pdf { sha256 url } pages { original { sha256 clientName } } } } }""";
    private static final String ITEM_UPDATED = """
            subscription { correspondenceUpdated(correspondenceId: "%s", since: "0") { sequence type folio } }""";
    private static final String TIMELINE = """
            query ($id: ID!) { correspondence(id: $id) { timeline(first: 50) { edges { cursor node {
              type details { name value } } } } } }""";
    private static final String TURN_ASSIGNED = """
            subscription { turnAssigned { sequence type folio subject recipientUnitId } }""";

    @TempDir
    static Path dataDir;
    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of("ventanilla.live.poll-interval", "PT0.1S"));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void registrationAnswersPendingWithTheOriginalsSha256AndNoPdfOrThumbnailsYet() throws Exception {
        List<byte[]> photos = List.of(photo(11), photo(12));

        JsonNode scans = registerWithPages("Solicitud de constancia", photos).path("scans");

        assertThat(scans.path("status").asText()).isEqualTo("PENDING");
        assertThat(scans.path("pdf").isNull()).isTrue();
        assertThat(scans.path("failure").isNull()).isTrue();
        for (int page = 0; page < 2; page++) {
            JsonNode stored = scans.path("pages").get(page);
            assertThat(stored.path("original").path("sha256").asText()).isEqualTo(sha256(photos.get(page)));
            assertThat(stored.path("thumbnail").isNull()).isTrue();
            assertThat(stored.path("width").asInt()).isEqualTo(1200);
            assertThat(stored.path("height").asInt()).isEqualTo(1600);
        }
    }

    @Test
    void theWorkerMakesThreePagePhotosOnePdfWithThumbnailsAndKeepsTheOriginals() throws Exception {
        List<byte[]> photos = List.of(photo(1), photo(2), photo(3));
        JsonNode item = registerWithPages("Solicitud de trámite de vivienda", photos);

        JsonNode scans = awaitScans(item);

        assertThat(scans.path("status").asText()).isEqualTo("READY");
        assertThat(scans.path("pages")).hasSize(3);
        byte[] pdf = fetch(scans.path("pdf").path("url").asText());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(sha256(pdf)).isEqualTo(scans.path("pdf").path("sha256").asText());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        for (int page = 0; page < 3; page++) {
            JsonNode stored = scans.path("pages").get(page);
            assertThat(stored.path("original").path("sha256").asText()).isEqualTo(sha256(photos.get(page)));
            assertThat(stored.path("original").path("clientName").asText()).isEqualTo("pagina-" + (page + 1) + ".jpg");
            assertThat(fetch(stored.path("original").path("url").asText())).isEqualTo(photos.get(page));
            byte[] thumbnail = fetch(stored.path("thumbnail").path("url").asText());
            assertThat(thumbnail.length).isLessThan(photos.get(page).length);
            assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail)).getHeight()).isLessThanOrEqualTo(320);
        }
    }

    @Test
    void aPageWithASoundHeaderButCorruptPixelsEndsFailedWithTheOriginalsKept() throws Exception {
        byte[] broken = pngWithCorruptPixels();

        JsonNode item = registerWithPages("Oficio con fotografía dañada", List.of(photo(13), broken));
        JsonNode scans = awaitScans(item);

        assertThat(scans.path("status").asText()).isEqualTo("FAILED");
        assertThat(scans.path("failure").asText()).contains("File 2 ('pagina-2.jpg') could not be decoded as a PNG");
        assertThat(scans.path("pdf").isNull()).isTrue();
        assertThat(fetch(scans.path("pages").get(1).path("original").path("url").asText())).isEqualTo(broken);
        assertThat(timelineTypes(item)).contains("scansFailed");
    }

    @Test
    void subscribersLearnThatTheScansAreReady() throws Exception {
        JsonNode item = registerWithPages("Aviso de visita de verificación", List.of(photo(14)));
        awaitScans(item);
        String cursor = timeline(item).stream().filter(entry -> entry.path("node").path("type").asText()
                .equals("scansReady")).findFirst().orElseThrow().path("cursor").asText();
        String decoded = new String(java.util.Base64.getDecoder().decode(cursor),
                java.nio.charset.StandardCharsets.US_ASCII);
        String readyAt = decoded.substring(decoded.lastIndexOf(':') + 1);

        try (GraphQlWsClient officer = GraphQlWsClient.connected(backend, backend.testTokenOf("oficialia"))) {
            officer.subscribe("item", ITEM_UPDATED.formatted(item.path("id").asText()));
            JsonNode registered = officer.next().path("payload").path("data").path("correspondenceUpdated");
            JsonNode ready = officer.next().path("payload").path("data").path("correspondenceUpdated");

            assertThat(registered.path("folio").asText()).isEqualTo(item.path("folio").asText());
            assertThat(ready.path("type").asText()).isEqualTo("correspondenceUpdated");
            assertThat(ready.path("sequence").asText()).isEqualTo(readyAt);
        }
    }

    @Test
    void pagesLeftPendingByAStoppedBackendAreDigitisedAfterARestartAndOnlyThenArchived(@TempDir Path otherDataDir) throws Exception {
        byte[] page = photo(15);
        String id;
        try (RunningVentanilla withoutWorkers = RunningVentanilla.startWithTestTokens(otherDataDir,
                Map.of("ventanilla.scans.workers", "0"))) {
            JsonNode item = data(send(withoutWorkers, REGISTER_WITH_PAGES, Map.of("input",
                    registration(unitId(withoutWorkers, "DG"), "Oficio recibido antes de un reinicio")),
                    List.of(page), "oficialia")).path("registerCorrespondence");
            id = item.path("id").asText();
            assertThat(withoutWorkers.graphQl("query($id: ID!) { correspondence(id: $id) { scans { status } } }",
                    Map.of("id", id), Optional.of(withoutWorkers.testTokenOf("oficialia"))).data()
                    .path("correspondence").path("scans").path("status").asText()).isEqualTo("PENDING");
            Optional<String> director = Optional.of(withoutWorkers.testTokenOf("director"));
            assertThat(withoutWorkers.graphQl("mutation($id: ID!) { concludeCorrespondence(id: $id) { status } }",
                    Map.of("id", id), director).data().path("concludeCorrespondence").path("status").asText())
                    .isEqualTo("CONCLUDED");
            assertThat(withoutWorkers.graphQl("mutation($id: ID!) { archiveCorrespondence(id: $id) { status } }",
                    Map.of("id", id), director).errorCode()).as("archiving waits for the PDF").hasValue("CONFLICT");
        }

        try (RunningVentanilla restarted = RunningVentanilla.startWithTestTokens(otherDataDir, Map.of())) {
            JsonNode scans = restarted.awaitScansDone(id, restarted.testTokenOf("oficialia"), SCANS);

            assertThat(scans.path("status").asText()).isEqualTo("READY");
            assertThat(scans.path("pages").get(0).path("original").path("sha256").asText()).isEqualTo(sha256(page));
            try (PDDocument document = Loader.loadPDF(fetch(scans.path("pdf").path("url").asText()))) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
            assertThat(restarted.graphQl("mutation($id: ID!) { archiveCorrespondence(id: $id) { status } }",
                    Map.of("id", id), Optional.of(restarted.testTokenOf("director"))).data()
                    .path("archiveCorrespondence").path("status").asText()).isEqualTo("ARCHIVED");
        }
    }

    @Test
    void pagesAddedLaterJoinTheSamePdfAfterTheOriginalOnes() throws Exception {
        List<byte[]> first = List.of(photo(6), photo(7));
        JsonNode item = registerWithPages("Oficio con anexo posterior", first);
        String earlierPdf = awaitScans(item).path("pdf").path("url").asText();
        byte[] annex = photo(8);

        JsonNode changed = data(send(ADD_SCANS, Map.of("id", item.path("id").asText()), List.of(annex),
                "oficialia")).path("addScans");

        assertThat(changed.path("scans").path("status").asText()).isEqualTo("PENDING");
        JsonNode scans = awaitScans(item);
        assertThat(scans.path("status").asText()).isEqualTo("READY");
        JsonNode pages = scans.path("pages");
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).path("original").path("sha256").asText()).isEqualTo(sha256(first.get(0)));
        assertThat(pages.get(1).path("original").path("sha256").asText()).isEqualTo(sha256(first.get(1)));
        assertThat(pages.get(2).path("original").path("sha256").asText()).isEqualTo(sha256(annex));
        try (PDDocument document = Loader.loadPDF(fetch(scans.path("pdf").path("url").asText()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(status(earlierPdf)).as("the earlier PDF is deleted: one PDF per item").isEqualTo(404);
    }

    @Test
    void anAuditorCannotAddPagesAndTheItemIsUnchanged() throws Exception {
        JsonNode item = registerWithPages("Circular de la Secretaría", List.of(photo(9)));

        JsonNode refused = JSON.readTree(send(ADD_SCANS, Map.of("id", item.path("id").asText()),
                List.of(photo(10)), "auditor").body());

        assertThat(refused.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("FORBIDDEN");
        JsonNode stored = CorrespondenceApi.as(backend, "oficialia").data(
                "query($id: ID!) { correspondence(id: $id) { version scans { pages { width } } } }",
                Map.of("id", item.path("id").asText())).path("correspondence");
        assertThat(stored.path("scans").path("pages")).hasSize(1);
    }

    @Test
    void theReceiptCarriesTheFolioAndIsOnlyForThoseWhoSeeTheItem() throws Exception {
        JsonNode item = registerWithPages("Invitación al foro estatal de vivienda", List.of(photo(4)));
        String path = item.path("receiptPath").asText();

        HttpResponse<byte[]> receipt = download(path, Optional.of(backend.testTokenOf("oficialia")));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(receipt.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Acuse de recibo", item.path("folio").asText(),
                    "Invitación al foro estatal de vivienda");
        }

        assertThat(download(path, Optional.of(backend.testTokenOf("titular.saf"))).statusCode()).isEqualTo(404);
        assertThat(download(path, Optional.empty()).statusCode()).isEqualTo(401);
    }

    @Test
    void aTurnArrivesLiveOnTheRecipientManagersSubscription() throws IOException {
        try (GraphQlWsClient sv = GraphQlWsClient.connected(backend, backend.testTokenOf("titular.sv"))) {
            sv.subscribe("inbox", TURN_ASSIGNED);
            sv.send(Map.of("type", "ping"));
            assertThat(sv.next().path("type").asText()).isEqualTo("pong");
            JsonNode item = registerWithPages("Solicitud de información pública", List.of(photo(5)));

            CorrespondenceApi.as(backend, "director").turn(item.path("id").asText(), Optional.empty(),
                    List.of(turnTo(unitId(backend, "SV"), "ATTENTION", 5)));

            JsonNode message = sv.next();
            assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("next");
            JsonNode event = message.path("payload").path("data").path("turnAssigned");
            assertThat(event.path("folio").asText()).isEqualTo(item.path("folio").asText());
            assertThat(event.path("subject").asText()).isEqualTo("Solicitud de información pública");
            assertThat(event.path("recipientUnitId").asText()).isEqualTo(unitId(backend, "SV"));
        }
    }

    @Test
    void aTextFileDisguisedAsAPhotoIsRefusedAndNothingIsRegistered() throws Exception {
        long before = backend.ventanilla().mongo().database().getCollection("correspondence").countDocuments();
        HttpResponse<String> response = sendRegistration("Oficio con anexo dañado",
                List.of("Esto no es una imagen".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(backend.ventanilla().mongo().database().getCollection("correspondence").countDocuments())
                .isEqualTo(before);
    }

    private static JsonNode awaitScans(JsonNode item) {
        return backend.awaitScansDone(item.path("id").asText(), backend.testTokenOf("oficialia"), SCANS);
    }

    private static List<JsonNode> timeline(JsonNode item) {
        JsonNode edges = CorrespondenceApi.as(backend, "oficialia").data(TIMELINE, Map.of("id",
                item.path("id").asText())).path("correspondence").path("timeline").path("edges");
        List<JsonNode> entries = new ArrayList<>();
        edges.forEach(entries::add);
        return entries;
    }

    private static List<String> timelineTypes(JsonNode item) {
        return timeline(item).stream().map(entry -> entry.path("node").path("type").asText()).toList();
    }

    /** A real PNG whose compressed pixel data (IDAT) is overwritten: the header is sound, the pixels cannot be read. */
    private static byte[] pngWithCorruptPixels() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] png = out.toByteArray();
        int idat = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("IDAT");
        int length = java.nio.ByteBuffer.wrap(png, idat - 4, 4).getInt();
        java.util.Arrays.fill(png, idat + 4, idat + 4 + length, (byte) 0xFF);
        return png;
    }

    private static int status(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode registerWithPages(String subject, List<byte[]> pages) {
        return data(sendRegistration(subject, pages)).path("registerCorrespondence");
    }

    private static JsonNode data(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
            return body.path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> sendRegistration(String subject, List<byte[]> pages) {
        return send(REGISTER_WITH_PAGES, Map.of("input", registration(unitId(backend, "DG"), subject)), pages,
                "oficialia");
    }

    /** A GraphQL multipart request: the operation with a {@code $pages} list, and one file part per page. */
    private static HttpResponse<String> send(String document, Map<String, Object> otherVariables, List<byte[]> pages,
                                             String username) {
        return send(backend, document, otherVariables, pages, username);
    }

    private static HttpResponse<String> send(RunningVentanilla on, String document, Map<String, Object> otherVariables,
                                             List<byte[]> pages, String username) {
        List<Object> pageSlots = new ArrayList<>();
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            pageSlots.add(null);
            map.put(Integer.toString(i), List.of("variables.pages." + i));
        }
        Map<String, Object> variables = new java.util.HashMap<>(otherVariables);
        variables.put("pages", pageSlots);
        MultipartBody body = new MultipartBody()
                .field("operations", json(Map.of("query", document, "variables", variables)))
                .field("map", json(map));
        for (int i = 0; i < pages.size(); i++) {
            body.file(Integer.toString(i), "pagina-" + (i + 1) + ".jpg", "image/jpeg", pages.get(i));
        }
        return on.send(HttpRequest.newBuilder(on.uri("/graphql"))
                .header("Content-Type", MultipartBody.contentType())
                .header("Authorization", "Bearer " + on.testTokenOf(username))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    private static HttpResponse<byte[]> download(String path, Optional<String> token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(backend.uri(path)).GET();
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static byte[] photo(int seed) {
        return PagePhotos.jpeg(seed, 1200, 1600, 30);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
