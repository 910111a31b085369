package mx.ventanilla.platform.graphql;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.helidon.websocket.WsListener;

/**
 * GraphQL over WebSocket with the {@code graphql-transport-ws} protocol, the transport for subscriptions: the
 * composition root routes WebSocket upgrades of {@code /graphql} to {@link #newConnection()}, one listener per
 * connection. docs/live.md describes the protocol as this server speaks it.
 */
public final class GraphQlWebSocket implements AutoCloseable {

    /** The subprotocol a client must offer in {@code Sec-WebSocket-Protocol}. */
    public static final String SUBPROTOCOL = "graphql-transport-ws";

    private final GraphQlEngine engine;
    private final Authenticator authenticator;
    private final Duration initTimeout;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("graphql-ws-timer").daemon().factory());

    /**
     * @param initTimeout how long a new connection may take to send {@code connection_init} before it is closed
     *                    with 4408
     */
    public GraphQlWebSocket(GraphQlEngine engine, Authenticator authenticator, Duration initTimeout) {
        if (initTimeout.isNegative() || initTimeout.isZero()) {
            throw new IllegalArgumentException("The connection_init timeout must be positive, got " + initTimeout);
        }
        this.engine = engine;
        this.authenticator = authenticator;
        this.initTimeout = initTimeout;
    }

    /** A listener for one new WebSocket connection. */
    public WsListener newConnection() {
        return new GraphQlWsConnection(engine, authenticator, initTimeout, timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
