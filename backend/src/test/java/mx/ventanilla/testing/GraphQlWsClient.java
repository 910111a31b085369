package mx.ventanilla.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A graphql-transport-ws client for tests, on the JDK's WebSocket: sends protocol messages as JSON and hands back what
 * the server sends, and the close code, with timeouts.
 */
public final class GraphQlWsClient implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> received;
    private final CompletableFuture<Integer> closeCode;

    private GraphQlWsClient(WebSocket socket, BlockingQueue<JsonNode> received, CompletableFuture<Integer> closeCode) {
        this.socket = socket;
        this.received = received;
        this.closeCode = closeCode;
    }

    public static GraphQlWsClient open(RunningVentanilla backend) {
        URI uri = URI.create("ws://localhost:" + backend.ventanilla().port() + "/graphql");
        BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(WAIT)
                .buildAsync(uri, new Listener(received, closeCode))
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                .join();
        return new GraphQlWsClient(socket, received, closeCode);
    }

    /** Opens, sends {@code connection_init} with the token and waits for {@code connection_ack}. */
    public static GraphQlWsClient connected(RunningVentanilla backend, String token) {
        GraphQlWsClient client = open(backend);
        client.send(Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer " + token)));
        JsonNode ack = client.next();
        if (!"connection_ack".equals(ack.path("type").asText())) {
            throw new IllegalStateException("Expected connection_ack, got " + ack);
        }
        return client;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public void send(Object message) {
        try {
            sendText(MAPPER.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void sendText(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public void subscribe(String id, String query) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
    }

    /** The next message from the server; fails after a timeout. */
    public JsonNode next() {
        try {
            JsonNode message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message from the server within " + WAIT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The code the server closed the connection with; fails after a timeout. */
    public int closeCode() {
        return closeCode.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> received;
        private final CompletableFuture<Integer> closeCode;
        private final StringBuilder partial = new StringBuilder();

        Listener(BlockingQueue<JsonNode> received, CompletableFuture<Integer> closeCode) {
            this.received = received;
            this.closeCode = closeCode;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(parse(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        private static JsonNode parse(String text) {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
