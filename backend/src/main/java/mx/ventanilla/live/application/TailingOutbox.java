package mx.ventanilla.live.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import mx.ventanilla.live.model.Outbox;
import mx.ventanilla.live.model.OutboxMessage;

/**
 * Reads the outbox in sequence order and hands every message to {@code dispatch} exactly once, even when a message
 * commits after one with a higher sequence (sequence numbers are taken before the insert commits, so that happens
 * whenever two writes overlap).
 *
 * <p>The reader keeps a watermark below which every sequence has been dispatched or given up, and the messages it
 * already dispatched above it. Each poll re-reads everything above the watermark except those, so a late message in a
 * gap is found as soon as it commits. A gap is given up, with a log line, once the message just above it has waited
 * {@code gapTimeout}: sequences taken by a write that then failed never appear.
 */
public final class TailingOutbox {

    private static final System.Logger LOG = System.getLogger(TailingOutbox.class.getName());

    private final Outbox outbox;
    private final Consumer<OutboxMessage> dispatch;
    private final int batchSize;
    private final Duration gapTimeout;
    private final Clock clock;
    private final TreeMap<Long, Instant> seenAboveWatermark = new TreeMap<>();
    private long watermark;

    /** A reader that starts after {@code watermark}: messages up to it are considered already dispatched. */
    public TailingOutbox(Outbox outbox, Consumer<OutboxMessage> dispatch, long watermark, int batchSize,
                         Duration gapTimeout, Clock clock) {
        if (batchSize < 1 || gapTimeout.isNegative()) {
            throw new IllegalArgumentException("The batch size must be positive and the gap timeout not negative");
        }
        this.outbox = outbox;
        this.dispatch = dispatch;
        this.watermark = watermark;
        this.batchSize = batchSize;
        this.gapTimeout = gapTimeout;
        this.clock = clock;
    }

    /** Reads and dispatches one batch; returns how many messages it dispatched (a full batch: poll again soon). */
    public synchronized int poll() {
        List<OutboxMessage> batch = outbox.after(watermark, seenAboveWatermark.keySet(), batchSize);
        Instant now = clock.instant();
        for (OutboxMessage message : batch) {
            seenAboveWatermark.put(message.sequence(), now);
            dispatch.accept(message);
        }
        advanceWatermark(now);
        return batch.size();
    }

    /** Everything up to this sequence has been dispatched or given up. */
    public synchronized long watermark() {
        return watermark;
    }

    private void advanceWatermark(Instant now) {
        while (!seenAboveWatermark.isEmpty()) {
            Map.Entry<Long, Instant> lowest = seenAboveWatermark.firstEntry();
            if (lowest.getKey() != watermark + 1 && !gapExpired(lowest.getValue(), now)) {
                return;
            }
            giveUpGapBelow(lowest.getKey());
            watermark = lowest.getKey();
            seenAboveWatermark.remove(lowest.getKey());
        }
    }

    private boolean gapExpired(Instant seenAbove, Instant now) {
        return !seenAbove.plus(gapTimeout).isAfter(now);
    }

    private void giveUpGapBelow(long sequence) {
        if (sequence == watermark + 1) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Outbox sequence {0} to {1} did not appear within {2}; skipping "
                + "(taken by a write that failed, or committed too late to be streamed)", watermark + 1, sequence - 1,
                gapTimeout);
    }
}
