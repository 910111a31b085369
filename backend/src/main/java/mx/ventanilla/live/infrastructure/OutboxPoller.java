package mx.ventanilla.live.infrastructure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import mx.ventanilla.live.application.TailingOutbox;

/**
 * The one background reader of this backend instance: polls the outbox every {@code interval}, at once again while
 * batches come back full, and keeps going after a failed poll (the database being away for a moment).
 */
public final class OutboxPoller implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OutboxPoller.class.getName());

    private final TailingOutbox reader;
    private final int batchSize;
    private final ScheduledExecutorService executor;

    private OutboxPoller(TailingOutbox reader, int batchSize) {
        this.reader = reader;
        this.batchSize = batchSize;
        this.executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-reader").daemon().factory());
    }

    public static OutboxPoller start(TailingOutbox reader, int batchSize, Duration interval) {
        OutboxPoller poller = new OutboxPoller(reader, batchSize);
        poller.executor.scheduleWithFixedDelay(poller::pollUntilCaughtUp, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return poller;
    }

    private void pollUntilCaughtUp() {
        try {
            while (reader.poll() == batchSize && !executor.isShutdown()) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Reading the outbox failed; trying again at the next poll", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
