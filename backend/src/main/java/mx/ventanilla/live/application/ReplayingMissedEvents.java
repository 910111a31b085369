package mx.ventanilla.live.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import mx.ventanilla.live.model.Outbox;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.platform.error.InvalidInputException;

/**
 * For a client that reconnects: the events it wants and may see with a sequence above the last one it applied, read
 * from the outbox, so it can resume without a gap. Looks at no more than {@code maxScanned} messages; a client further
 * behind is told to re-query instead.
 */
public final class ReplayingMissedEvents {

    private static final int BATCH = 500;

    private final Outbox outbox;
    private final int maxScanned;

    public ReplayingMissedEvents(Outbox outbox, int maxScanned) {
        this.outbox = outbox;
        this.maxScanned = maxScanned;
    }

    /** The wanted messages above {@code since}, lowest first. */
    public List<OutboxMessage> since(LiveSubscription.Interest interest, long since) {
        if (since < 0) {
            throw new InvalidInputException("since", "since is an outbox sequence: 0 or more.");
        }
        List<OutboxMessage> wanted = new ArrayList<>();
        long after = since;
        for (int scanned = 0; scanned < maxScanned; scanned += BATCH) {
            List<OutboxMessage> batch = outbox.after(after, Set.of(), BATCH);
            batch.stream().filter(interest::wants).forEach(wanted::add);
            if (batch.size() < BATCH) {
                return wanted;
            }
            after = batch.getLast().sequence();
        }
        throw new InvalidInputException("since", "More than " + maxScanned + " events happened after sequence "
                + since + "; query the current state again and subscribe without since.");
    }
}
