package mx.ventanilla.live.model;

import java.util.Collection;
import java.util.List;

/**
 * The outbox as the feed reads it. It has one writer: the correspondence write path, which inserts each message in
 * the same unit of work as the change it reports, numbered from the sequence its timeline shares.
 */
public interface Outbox {

    /**
     * Up to {@code limit} messages with a sequence above {@code after}, lowest first, leaving out the sequences in
     * {@code skip} (those already seen above a gap).
     */
    List<OutboxMessage> after(long after, Collection<Long> skip, int limit);

    /** The highest sequence stored so far; 0 for an empty outbox. */
    long highestSequence();
}
