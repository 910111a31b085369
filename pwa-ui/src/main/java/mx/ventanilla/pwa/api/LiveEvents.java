package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One user's live stream of turn changes ({@code turnAssigned} and {@code turnUpdated}) from the backend, over the
 * graphql-transport-ws protocol on the JDK's WebSocket. When the connection drops it connects again with a fresh token
 * after a growing pause (1 s doubling up to 30 s) and resumes each subscription with {@code since}, the sequence of
 * the last event it delivered, so no event still in the backend's outbox is lost. {@link #close()} ends it for good.
 */
public final class LiveEvents implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ScheduledExecutorService RETRIES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-events-retry");
        thread.setDaemon(true);
        return thread;
    });
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Map<String, String> SUBSCRIPTIONS = Map.of("turnAssigned", "turnAssigned",
            "turnUpdated", "turnUpdated");
    private static final String EVENT_FIELDS = "{ sequence type correspondenceId folio subject recipientUnitId"
            + " recipientUserId }";

    private final URI uri;
    private final Supplier<String> accessToken;
    private final Consumer<LiveEvent> onEvent;
    private final Map<String, BigInteger> lastSequence = new ConcurrentHashMap<>();
    private volatile Duration pause = FIRST_PAUSE;
    private volatile Optional<WebSocket> socket = Optional.empty();
    private volatile boolean closed;

    private LiveEvents(URI uri, Supplier<String> accessToken, Consumer<LiveEvent> onEvent) {
        this.uri = uri;
        this.accessToken = accessToken;
        this.onEvent = onEvent;
    }

    /**
     * Starts streaming to {@code onEvent} (called on a background thread) the events the bearer of the tokens
     * {@code accessToken} hands out may see, from the GraphQL endpoint {@code graphQlEndpoint} (http or https).
     */
    public static LiveEvents start(URI graphQlEndpoint, Supplier<String> accessToken, Consumer<LiveEvent> onEvent) {
        LiveEvents events = new LiveEvents(webSocketUri(graphQlEndpoint), accessToken, onEvent);
        events.connect();
        return events;
    }

    static URI webSocketUri(URI endpoint) {
        String scheme = "https".equalsIgnoreCase(endpoint.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + endpoint.toString().substring(endpoint.getScheme().length()));
    }

    /** Whether the stream is connected and acknowledged right now. */
    public boolean isConnected() {
        return socket.isPresent();
    }

    @Override
    public void close() {
        closed = true;
        socket.ifPresent(open -> open.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(failed -> null));
        socket = Optional.empty();
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            String token = accessToken.get();
            HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws").buildAsync(uri, new Listener(token))
                    .whenComplete((open, failed) -> {
                        if (failed != null) {
                            retryLater(failed);
                        }
                    });
        } catch (RuntimeException failed) {
            retryLater(failed);
        }
    }

    private void retryLater(Throwable why) {
        socket = Optional.empty();
        if (closed) {
            return;
        }
        Duration wait = pause;
        pause = wait.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait.multipliedBy(2);
        LOG.log(Level.FINE, "Live events interrupted, connecting again in " + wait, why);
        RETRIES.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void acknowledged(WebSocket open) {
        if (closed) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            return;
        }
        socket = Optional.of(open);
        pause = FIRST_PAUSE;
        SUBSCRIPTIONS.forEach((id, field) -> send(open, subscribe(id, field)));
    }

    private Map<String, Object> subscribe(String id, String field) {
        Map<String, Object> variables = new HashMap<>();
        Optional.ofNullable(lastSequence.get(id)).ifPresent(since -> variables.put("since", since.toString()));
        String query = "subscription($since: String) { " + field + "(since: $since) " + EVENT_FIELDS + " }";
        return Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query, "variables", variables));
    }

    private void received(WebSocket open, JsonNode message) {
        switch (message.path("type").asText()) {
            case "connection_ack" -> acknowledged(open);
            case "ping" -> send(open, Map.of("type", "pong"));
            case "next" -> next(message.path("id").asText(), message.path("payload").path("data"));
            case "error" -> {
                lastSequence.remove(message.path("id").asText());
                open.sendClose(WebSocket.NORMAL_CLOSURE, "resubscribe");
            }
            case "complete" -> open.sendClose(WebSocket.NORMAL_CLOSURE, "resubscribe");
            default -> {
            }
        }
    }

    private void next(String id, JsonNode data) {
        JsonNode event = data.path(SUBSCRIPTIONS.getOrDefault(id, id));
        if (!event.isObject()) {
            return;
        }
        BigInteger sequence = new BigInteger(event.path("sequence").asText("0"));
        lastSequence.merge(id, sequence, BigInteger::max);
        try {
            onEvent.accept(new LiveEvent(sequence.toString(), event.path("type").asText(),
                    event.path("correspondenceId").asText(), event.path("folio").asText(),
                    event.path("subject").asText(), text(event.path("recipientUnitId")),
                    text(event.path("recipientUserId"))));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A live event could not be applied", failed);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static void send(WebSocket open, Map<String, Object> message) {
        try {
            open.sendText(JSON.writeValueAsString(message), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final String token;
        private final StringBuilder partial = new StringBuilder();

        Listener(String token) {
            this.token = token;
        }

        @Override
        public void onOpen(WebSocket open) {
            send(open, Map.of("type", "connection_init", "payload", Map.of("authorization", "Bearer " + token)));
            open.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket open, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    received(open, JSON.readTree(text));
                } catch (IOException | RuntimeException failed) {
                    LOG.log(Level.WARNING, "Unreadable live message", failed);
                }
            }
            open.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket open, int statusCode, String reason) {
            retryLater(new IOException("Closed with " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket open, Throwable error) {
            retryLater(error);
        }
    }
}
