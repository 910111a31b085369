package mx.ventanilla.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.helidon.config.Config;
import mx.ventanilla.live.application.ReplayingMissedEvents;
import mx.ventanilla.live.application.Subscribers;
import mx.ventanilla.live.application.TailingOutbox;
import mx.ventanilla.live.graphql.LiveGraphQl;
import mx.ventanilla.live.infrastructure.MongoOutbox;
import mx.ventanilla.live.infrastructure.OutboxPoller;
import mx.ventanilla.live.model.Outbox;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.MongoStore;

/**
 * Live events, wired: this instance's one background reader of the outbox, which tails it from the newest message
 * at start, the registry of subscriptions it feeds and the
 * API module with the subscription fields. Settings under {@code ventanilla.live}: {@code poll-interval},
 * {@code batch-size}, {@code gap-timeout} (see docs/live.md).
 */
public final class LiveFeature implements AutoCloseable {

    /** The most outbox messages a resuming subscription ({@code since}) looks through. */
    static final int MAX_REPLAYED = 5_000;

    private final Outbox outbox;
    private final Subscribers subscribers;
    private final OutboxPoller poller;

    private LiveFeature(Outbox outbox, Subscribers subscribers, OutboxPoller poller) {
        this.outbox = outbox;
        this.subscribers = subscribers;
        this.poller = poller;
    }

    /** Starts the feature; {@code settings} is the {@code ventanilla.live} configuration node. */
    public static LiveFeature start(MongoStore mongo, Config settings, Clock clock) {
        Duration pollInterval = duration(settings, "poll-interval").orElse(Duration.ofMillis(300));
        Duration gapTimeout = duration(settings, "gap-timeout").orElse(Duration.ofSeconds(10));
        int batchSize = settings.get("batch-size").asInt().orElse(500);
        if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("ventanilla.live.poll-interval and batch-size must be positive");
        }
        MongoOutbox outbox = new MongoOutbox(mongo.database());
        Subscribers subscribers = new Subscribers();
        TailingOutbox reader = new TailingOutbox(outbox, subscribers::dispatch, outbox.highestSequence(), batchSize,
                gapTimeout, clock);
        return new LiveFeature(outbox, subscribers, OutboxPoller.start(reader, batchSize, pollInterval));
    }

    public GraphQlModule graphQl() {
        return new LiveGraphQl(subscribers, new ReplayingMissedEvents(outbox, MAX_REPLAYED));
    }

    /** How long a WebSocket client may take to send {@code connection_init}. */
    public static Duration connectionInitTimeout(Config settings) {
        return duration(settings, "connection-init-timeout").orElse(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        poller.close();
    }

    private static Optional<Duration> duration(Config settings, String key) {
        return settings.get(key).asString().map(Duration::parse);
    }
}
