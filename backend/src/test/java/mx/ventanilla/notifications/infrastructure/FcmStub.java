package mx.ventanilla.notifications.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Google's OAuth token endpoint and the FCM v1 API, stood in for on a free loopback port. It issues one access token
 * for a test service account (with a freshly generated RSA key) and answers sends with the given statuses in turn
 * (then 200); a 404 carries the FCM error {@code UNREGISTERED}.
 */
public final class FcmStub implements AutoCloseable {

    public static final String PROJECT = "ventanilla-test";
    public static final String ACCESS_TOKEN = "ya29.test-access-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Integer> statuses;
    private final AtomicInteger answered = new AtomicInteger();
    private final ConcurrentLinkedQueue<Request> sends = new ConcurrentLinkedQueue<>();

    /** One send as it arrived. */
    public record Request(String path, String authorization, JsonNode body, int answeredWith) {
    }

    private FcmStub(List<Integer> statuses) throws IOException {
        this.statuses = List.copyOf(statuses);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> respond(exchange, 200,
                "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"));
        server.createContext("/v1/", this::send);
        server.start();
    }

    public static FcmStub answering(Integer... statuses) throws IOException {
        return new FcmStub(List.of(statuses));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> sends() {
        return List.copyOf(sends);
    }

    /** Writes a service account key file whose token URI is this stub. */
    public Path serviceAccountFile(Path directory) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> account = Map.of("type", "service_account", "project_id", PROJECT,
                "private_key_id", "test-key", "private_key", pem,
                "client_email", "push@" + PROJECT + ".iam.gserviceaccount.com", "client_id", "1",
                "token_uri", baseUrl() + "/token");
        Path file = directory.resolve("service-account.json");
        Files.write(file, JSON.writeValueAsBytes(account));
        return file;
    }

    private void send(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        int index = answered.getAndIncrement();
        int status = index < statuses.size() ? statuses.get(index) : 200;
        sends.add(new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body, status));
        respond(exchange, status, switch (status) {
            case 200 -> "{\"name\":\"projects/" + PROJECT + "/messages/" + index + "\"}";
            case 404 -> error(404, "NOT_FOUND", "UNREGISTERED");
            default -> error(status, "UNAVAILABLE", "UNAVAILABLE");
        });
    }

    private static String error(int code, String status, String fcmCode) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"Requested entity was not found.\",\"status\":\""
                + status + "\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                + "\"errorCode\":\"" + fcmCode + "\"}]}}";
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
