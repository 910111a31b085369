package mx.ventanilla.live.model;

import java.util.Collection;
import java.util.List;

/** The outbox as the feed reads it and the write path fills it. */
public interface Outbox {

    /** Stores the message under the next {@code outbox} sequence number and returns it with that number. */
    OutboxMessage append(OutboxMessage message);

    /**
     * Up to {@code limit} messages with a sequence above {@code after}, lowest first, leaving out the sequences in
     * {@code skip} (those already seen above a gap).
     */
    List<OutboxMessage> after(long after, Collection<Long> skip, int limit);

    /** The highest sequence stored so far; 0 for an empty outbox. */
    long highestSequence();
}
