package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.ventanilla.testing.MultipartBody;
import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartUploadIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROBE = "mutation($input: UploadProbeInput!) { probeUploads(input: $input) "
            + "{ fileName declaredType size sha256 } }";
    private static final String PROBE_ONE = "mutation($file: Upload!) { probeOne(file: $file) { fileName size } }";

    @TempDir
    static Path dataDir;

    private static final UploadProbeModule PROBES = new UploadProbeModule();
    private static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        Map<String, String> overrides = new HashMap<>(RunningVentanilla.WITHOUT_DEMO_DATA);
        overrides.put("ventanilla.uploads.max-files", "3");
        overrides.put("ventanilla.uploads.max-file-bytes", "2000");
        overrides.put("ventanilla.uploads.max-request-bytes", "10000");
        backend = RunningVentanilla.start(dataDir, overrides, List.of(PROBES), Authenticator.anonymousOnly());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    /** The files are deleted just after the response is sent, so the client may be a moment ahead. */
    @AfterEach
    void noTemporaryFileIsLeft() throws Exception {
        Path uploads = dataDir.resolve("tmp").resolve("uploads");
        for (int attempt = 0; attempt < 50 && !leftovers(uploads).isEmpty(); attempt++) {
            Thread.sleep(20);
        }
        assertThat(leftovers(uploads)).isEmpty();
        assertThat(PROBES.seenFiles).allSatisfy(file -> assertThat(file).doesNotExist());
    }

    private static List<Path> leftovers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void filesReachTheMutationAtTheirMappedPathsByteForByte() throws Exception {
        byte[] tricky = ("line\r\n--" + MultipartBody.BOUNDARY.substring(0, 20) + "\r\n\r-\r\n--x").getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[1500];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        byte[] empty = new byte[0];
        Map<String, Object> variables = Map.of("input", mapOf("label", "oficio", "pages", listOfNulls(2),
                "cover", null));

        HttpResponse<String> response = send(new MultipartBody()
                .field("operations", json(Map.of("query", PROBE, "variables", variables)))
                .field("map", "{\"0\": [\"variables.input.pages.0\"], \"1\": [\"variables.input.pages.1\"], "
                        + "\"2\": [\"variables.input.cover\"]}")
                .file("0", "página 1.jpg", "image/jpeg", tricky)
                .file("1", "scan.pdf", "application/pdf", binary)
                .file("2", "cover.png", "image/png", empty));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode received = MAPPER.readTree(response.body()).path("data").path("probeUploads");
        assertThat(received).hasSize(3);
        assertThat(received.get(0).path("fileName").asText()).isEqualTo("página 1.jpg");
        assertThat(received.get(0).path("declaredType").asText()).isEqualTo("image/jpeg");
        assertThat(received.get(0).path("sha256").asText()).isEqualTo(sha256(tricky));
        assertThat(received.get(1).path("size").asInt()).isEqualTo(1500);
        assertThat(received.get(1).path("sha256").asText()).isEqualTo(sha256(binary));
        assertThat(received.get(2).path("size").asInt()).isZero();
    }

    @Test
    void batchedOperationsAreRefused() throws Exception {
        assertRefused(send(new MultipartBody().field("operations", "[{\"query\": \"{ apiVersion }\"}]").field("map", "{}")),
                400, "Batched operations are not supported");
    }

    @Test
    void operationsThatAreNotJsonAreRefused() throws Exception {
        assertRefused(send(new MultipartBody().field("operations", "{query: nope").field("map", "{}")),
                400, "The 'operations' field is not a GraphQL request");
    }

    @Test
    void mapThatIsNotAnObjectOfPathListsIsRefused() throws Exception {
        assertRefused(send(oneFile().field("map", "[\"variables.file\"]")), 400, "'map' field must be a JSON object");
        assertRefused(send(oneFile().field("map", "{\"0\": \"variables.file\"}")), 400, "non-empty array of paths");
    }

    @Test
    void mapMustComeBeforeTheFiles() throws Exception {
        assertRefused(send(oneFile().file("0", "a.txt", "text/plain", new byte[] {1})), 400,
                "Expected the 'map' field but found '0'");
    }

    @Test
    void pathThatDoesNotExistInTheVariablesIsRefused() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.photo\"]}")
                .file("0", "a.jpg", "image/jpeg", new byte[] {1})), 400, "'variables.photo' in 'map' does not exist");
    }

    @Test
    void pathThatHoldsAValueIsRefused() throws Exception {
        String operations = json(Map.of("query", PROBE_ONE, "variables", Map.of("file", "not null")));
        assertRefused(send(new MultipartBody().field("operations", operations).field("map", "{\"0\": [\"variables.file\"]}")
                .file("0", "a.jpg", "image/jpeg", new byte[] {1})), 400, "holds a value");
    }

    @Test
    void mappedFileThatIsNotSentIsRefused() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.file\"]}")), 400,
                "names file parts that were not sent: 0");
    }

    @Test
    void filePartThatIsNotMappedIsRefused() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.file\"]}")
                .file("0", "a.jpg", "image/jpeg", new byte[] {1})
                .file("1", "b.jpg", "image/jpeg", new byte[] {2})), 400, "'1' is not named in 'map'");
    }

    @Test
    void filePartSentTwiceIsRefused() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.file\"]}")
                .file("0", "a.jpg", "image/jpeg", new byte[] {1})
                .file("0", "b.jpg", "image/jpeg", new byte[] {2})), 400, "'0' was sent more than once");
    }

    @Test
    void oneFileMayFillSeveralPaths() throws Exception {
        Map<String, Object> variables = Map.of("input", mapOf("pages", listOfNulls(2), "cover", null));
        HttpResponse<String> response = send(new MultipartBody()
                .field("operations", json(Map.of("query", PROBE, "variables", variables)))
                .field("map", "{\"0\": [\"variables.input.pages.0\", \"variables.input.pages.1\"]}")
                .file("0", "same.jpg", "image/jpeg", new byte[] {7, 7}));

        JsonNode received = MAPPER.readTree(response.body()).path("data").path("probeUploads");
        assertThat(received).hasSize(2);
        assertThat(received.get(1).path("fileName").asText()).isEqualTo("same.jpg");
    }

    @Test
    void moreFilesThanAllowedGet413() throws Exception {
        Map<String, Object> variables = Map.of("input", mapOf("pages", listOfNulls(4), "cover", null));
        assertRefused(send(new MultipartBody().field("operations", json(Map.of("query", PROBE, "variables", variables)))
                .field("map", "{\"0\": [\"variables.input.pages.0\"], \"1\": [\"variables.input.pages.1\"], "
                        + "\"2\": [\"variables.input.pages.2\"], \"3\": [\"variables.input.pages.3\"]}")
                .file("0", "a", "image/jpeg", new byte[] {1})), 413, "at most 3 may be sent at once");
    }

    @Test
    void fileLargerThanAllowedGets413() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.file\"]}")
                .file("0", "big.jpg", "image/jpeg", new byte[2001])), 413,
                "The file 'big.jpg' is larger than 2000 bytes");
    }

    @Test
    void requestLargerThanAllowedGets413() throws Exception {
        assertRefused(send(oneFile().field("map", "{\"0\": [\"variables.file\"]}")
                .file("0", "big.jpg", "image/jpeg", new byte[10_500])), 413,
                "The request body is larger than 10000 bytes");
    }

    @Test
    void multipartWithoutPreflightHeaderOrTokenIsRefused() throws Exception {
        MultipartBody body = oneFile().field("map", "{\"0\": [\"variables.file\"]}").file("0", "a", "image/jpeg", new byte[1]);
        HttpRequest request = HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", MultipartBody.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();

        assertRefused(backend.send(request), 400, "must carry an Authorization header or an Apollo-Require-Preflight");
    }

    @Test
    void multipartWithoutBoundaryIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", "multipart/form-data").header("Apollo-Require-Preflight", "true")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();

        assertRefused(backend.send(request), 400, "needs a boundary parameter");
    }

    @Test
    void bodyOfAnotherContentTypeGets415() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", "text/plain").header("Apollo-Require-Preflight", "true")
                .POST(HttpRequest.BodyPublishers.ofString("{ apiVersion }")).build();

        assertRefused(backend.send(request), 415, "is not supported");
    }

    @Test
    void bodyCutOffBeforeItsClosingDelimiterIsRefused() throws Exception {
        byte[] whole = oneFile().field("map", "{\"0\": [\"variables.file\"]}").file("0", "a", "image/jpeg",
                new byte[100]).bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 30);
        HttpRequest request = HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", MultipartBody.contentType())
                .header("Apollo-Require-Preflight", "true")
                .POST(HttpRequest.BodyPublishers.ofByteArray(cut)).build();

        assertRefused(backend.send(request), 400, "ends before its closing delimiter");
    }

    private static MultipartBody oneFile() {
        return new MultipartBody().field("operations", json(Map.of("query", PROBE_ONE, "variables", mapOf("file", null))));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = MAPPER.readTree(response.body()).path("errors").path(0);
        assertThat(error.path("message").asText()).contains(message);
        assertThat(error.path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
    }

    private static HttpResponse<String> send(MultipartBody body) {
        return backend.send(HttpRequest.newBuilder(backend.uri("/graphql"))
                .header("Content-Type", MultipartBody.contentType())
                .header("Apollo-Require-Preflight", "true")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Object> listOfNulls(int size) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
