package mx.ventanilla.platform.graphql;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResult;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.http.WritableHeaders;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One graphql-transport-ws connection: waits for an authenticated {@code connection_init}, then runs each
 * {@code subscribe} through the engine, streaming a subscription's results as {@code next} messages until either side
 * sends {@code complete}. Protocol violations close the connection with the protocol's codes (4400 malformed message,
 * 4401 subscribe before acknowledgement, 4403 refused credentials, 4408 no {@code connection_init} in time, 4409
 * operation id already in use, 4429 a second {@code connection_init}).
 */
final class GraphQlWsConnection implements WsListener {

    static final int BAD_REQUEST = 4400;
    static final int UNAUTHORIZED = 4401;
    static final int FORBIDDEN = 4403;
    static final int INIT_TIMEOUT = 4408;
    static final int SUBSCRIBER_EXISTS = 4409;
    static final int TOO_MANY_INITIALISATIONS = 4429;

    private static final System.Logger LOG = System.getLogger(GraphQlWsConnection.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HeaderName PROTOCOL = HeaderNames.create("Sec-WebSocket-Protocol");
    private static final Subscription STARTING = new Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    };

    private final GraphQlEngine engine;
    private final Authenticator authenticator;
    private final Duration initTimeout;
    private final ScheduledExecutorService timer;
    private final String connectionId = UUID.randomUUID().toString();
    private final Map<String, Subscription> operations = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile Optional<WsSession> session = Optional.empty();
    private volatile Optional<ScheduledFuture<?>> initTimer = Optional.empty();
    private volatile boolean initReceived;
    private volatile Optional<Principal> principal = Optional.empty();
    private volatile boolean closed;

    GraphQlWsConnection(GraphQlEngine engine, Authenticator authenticator, Duration initTimeout,
                        ScheduledExecutorService timer) {
        this.engine = engine;
        this.authenticator = authenticator;
        this.initTimeout = initTimeout;
        this.timer = timer;
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) throws WsUpgradeException {
        boolean offered = headers.contains(PROTOCOL) && headers.get(PROTOCOL).allValues(true).stream()
                .anyMatch(value -> GraphQlWebSocket.SUBPROTOCOL.equals(value.trim()));
        if (!offered) {
            throw new WsUpgradeException("Offer the subprotocol " + GraphQlWebSocket.SUBPROTOCOL);
        }
        WritableHeaders<?> answer = WritableHeaders.create();
        answer.set(PROTOCOL, GraphQlWebSocket.SUBPROTOCOL);
        return Optional.of(answer);
    }

    @Override
    public void onOpen(WsSession opened) {
        session = Optional.of(opened);
        initTimer = Optional.of(timer.schedule(this::initTimedOut, initTimeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void onMessage(WsSession ignored, String text, boolean last) {
        partial.append(text);
        if (!last) {
            return;
        }
        String message = partial.toString();
        partial.setLength(0);
        handle(message);
    }

    @Override
    public void onClose(WsSession ignored, int status, String reason) {
        shutDown();
    }

    @Override
    public void onError(WsSession ignored, Throwable failure) {
        LOG.log(System.Logger.Level.DEBUG, "WebSocket connection " + connectionId + " failed", failure);
        shutDown();
    }

    private void handle(String text) {
        Optional<JsonNode> message = parse(text);
        String type = message.map(node -> node.path("type")).filter(JsonNode::isTextual).map(JsonNode::asText)
                .orElse("");
        switch (type) {
            case "connection_init" -> initialise(message.orElseThrow().path("payload"));
            case "ping" -> send(Map.of("type", "pong"));
            case "pong" -> { }
            case "subscribe" -> subscribe(message.orElseThrow());
            case "complete" -> completeFromClient(message.orElseThrow());
            default -> close(BAD_REQUEST, "Invalid message: expected a JSON object with a known type");
        }
    }

    private void initialise(JsonNode payload) {
        if (initReceived) {
            close(TOO_MANY_INITIALISATIONS, "Too many initialisation requests");
            return;
        }
        initReceived = true;
        initTimer.ifPresent(pending -> pending.cancel(false));
        Optional<String> authorization = text(payload, "authorization").or(() -> text(payload, "Authorization"));
        Optional<Principal> caller = authorization.flatMap(this::authenticate);
        if (caller.isEmpty()) {
            close(FORBIDDEN, "Forbidden: send a valid bearer token as payload.authorization");
            return;
        }
        principal = caller;
        send(Map.of("type", "connection_ack"));
    }

    private Optional<Principal> authenticate(String header) {
        try {
            return authenticator.authenticate(Optional.of(header));
        } catch (UnauthenticatedException e) {
            return Optional.empty();
        }
    }

    private void subscribe(JsonNode message) {
        if (principal.isEmpty()) {
            close(UNAUTHORIZED, "Unauthorized: send connection_init first");
            return;
        }
        Optional<String> id = text(message, "id").filter(value -> !value.isEmpty());
        Optional<GraphQlRequest> request = id.flatMap(ignored -> request(message.path("payload")));
        if (request.isEmpty()) {
            close(BAD_REQUEST, "Invalid message: subscribe needs an id and a payload with a query");
            return;
        }
        if (operations.putIfAbsent(id.get(), STARTING) != null) {
            close(SUBSCRIBER_EXISTS, "Subscriber for " + id.get() + " already exists");
            return;
        }
        run(id.get(), request.get());
    }

    private void run(String id, GraphQlRequest request) {
        RequestContext context = new RequestContext(connectionId + "/" + id, clientAddress(), principal,
                Instant.now());
        ExecutionResult result = engine.execute(request, context);
        if (result.getData() instanceof Publisher<?> stream) {
            @SuppressWarnings("unchecked")
            Publisher<ExecutionResult> results = (Publisher<ExecutionResult>) stream;
            results.subscribe(new Operation(id, context));
            return;
        }
        if (!ErrorCodes.hasData(result) && !result.getErrors().isEmpty()) {
            operations.remove(id);
            send(Map.of("type", "error", "id", id, "payload", errorsOf(result)));
            return;
        }
        operations.remove(id);
        send(Map.of("type", "next", "id", id, "payload", GraphQlHttpService.specification(result)));
        send(Map.of("type", "complete", "id", id));
    }

    private void completeFromClient(JsonNode message) {
        Optional<String> id = text(message, "id");
        if (id.isEmpty()) {
            close(BAD_REQUEST, "Invalid message: complete needs an id");
            return;
        }
        Optional.ofNullable(operations.remove(id.get())).ifPresent(Subscription::cancel);
    }

    private Optional<GraphQlRequest> request(JsonNode payload) {
        if (!payload.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RequestReader.fromJsonBody(MAPPER.writeValueAsBytes(payload)));
        } catch (MalformedRequestException | IOException e) {
            return Optional.empty();
        }
    }

    private void initTimedOut() {
        if (!initReceived) {
            close(INIT_TIMEOUT, "Connection initialisation timeout");
        }
    }

    private void close(int code, String reason) {
        shutDown();
        session.ifPresent(open -> closeQuietly(open, code, reason));
    }

    private void shutDown() {
        closed = true;
        initTimer.ifPresent(pending -> pending.cancel(false));
        operations.values().forEach(Subscription::cancel);
        operations.clear();
    }

    private synchronized void send(Map<String, Object> message) {
        if (closed || session.isEmpty()) {
            return;
        }
        try {
            session.get().send(MAPPER.writeValueAsString(message), true);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not send to WebSocket connection " + connectionId, e);
            shutDown();
        }
    }

    private synchronized void closeQuietly(WsSession open, int code, String reason) {
        try {
            open.close(code, reason);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing WebSocket connection " + connectionId + " failed", e);
        }
    }

    private String clientAddress() {
        return session.map(open -> open.socketContext().remotePeer().address())
                .map(GraphQlWsConnection::hostOf)
                .orElse("unknown");
    }

    private static String hostOf(SocketAddress address) {
        return address instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : address.toString();
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(MAPPER.readTree(text)).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.of(node.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    private static Object errorsOf(ExecutionResult result) {
        return GraphQlHttpService.specification(result).getOrDefault("errors", List.of());
    }

    private static Map<String, Object> internalError(RequestContext context) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", ErrorCodes.internalMessage(context));
        error.put("extensions", Map.of(ErrorCodes.CODE, ErrorCode.INTERNAL.name()));
        return error;
    }

    /** Streams one subscription's results to the client, one at a time. */
    private final class Operation implements Subscriber<ExecutionResult> {

        private final String id;
        private final RequestContext context;
        private volatile Subscription upstream = STARTING;

        Operation(String id, RequestContext context) {
            this.id = id;
            this.context = context;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            upstream = subscription;
            if (operations.replace(id, STARTING, subscription)) {
                subscription.request(1);
                return;
            }
            subscription.cancel();
        }

        @Override
        public void onNext(ExecutionResult result) {
            if (operations.get(id) != upstream) {
                return;
            }
            send(Map.of("type", "next", "id", id,
                    "payload", GraphQlHttpService.specification(ErrorCodes.coded(result, context))));
            upstream.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            if (!operations.remove(id, upstream)) {
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Subscription " + context.requestId() + " ended with a failure",
                    failure);
            send(Map.of("type", "error", "id", id, "payload", List.of(internalError(context))));
        }

        @Override
        public void onComplete() {
            if (operations.remove(id, upstream)) {
                send(Map.of("type", "complete", "id", id));
            }
        }
    }
}
