package mx.ventanilla.audit.model;

import java.util.Optional;

/**
 * Checks the chain one stored event at a time, in sequence order, without holding more than the last link: feed it
 * with {@link #accept} until it returns {@code false}, then read {@link #result}.
 */
public final class ChainVerifier {

    private ChainHead last = ChainHead.genesis();
    private long checked;
    private Optional<AuditChainBreak> broken = Optional.empty();

    /** Checks the next stored event; returns whether the chain is still intact. */
    public boolean accept(StoredAuditEvent stored) {
        if (broken.isPresent()) {
            return false;
        }
        checked++;
        broken = switch (stored) {
            case StoredAuditEvent.Unreadable unreadable -> Optional.of(unreadable(unreadable));
            case StoredAuditEvent.Readable readable -> check(readable.event());
        };
        if (broken.isEmpty() && stored instanceof StoredAuditEvent.Readable readable) {
            last = readable.event().asHead();
        }
        return broken.isEmpty();
    }

    public AuditChainVerification result() {
        Optional<ChainHead> head = last.sequence() == 0 ? Optional.empty() : Optional.of(last);
        return new AuditChainVerification(broken.isEmpty(), checked, broken, head);
    }

    private Optional<AuditChainBreak> check(AuditEvent event) {
        long expected = last.sequence() + 1;
        if (event.sequence() > expected) {
            return Optional.of(missing(expected, event.sequence()));
        }
        if (event.sequence() < expected) {
            return Optional.of(new AuditChainBreak(event.sequence(), AuditChainBreak.Reason.EVENT_UNREADABLE,
                    Optional.empty(), Optional.of(event.hash()),
                    "Event " + event.sequence() + " appears after event " + last.sequence() + ", out of order."));
        }
        String recomputed = event.recomputedHash();
        if (!recomputed.equals(event.hash())) {
            return Optional.of(new AuditChainBreak(event.sequence(), AuditChainBreak.Reason.EVENT_ALTERED,
                    Optional.of(recomputed), Optional.of(event.hash()),
                    "Event " + event.sequence() + " was changed after it was recorded: its content no longer "
                            + "matches its hash."));
        }
        if (!last.hash().equals(event.previousHash())) {
            return Optional.of(new AuditChainBreak(event.sequence(), AuditChainBreak.Reason.LINK_BROKEN,
                    Optional.of(last.hash()), Optional.of(event.previousHash()),
                    "Event " + event.sequence() + " does not carry the hash of event " + last.sequence()
                            + ": one of them was replaced."));
        }
        return Optional.empty();
    }

    private AuditChainBreak missing(long expected, long found) {
        String which = found - expected == 1
                ? "Event " + expected + " is missing"
                : "Events " + expected + " to " + (found - 1) + " are missing";
        return new AuditChainBreak(expected, AuditChainBreak.Reason.EVENT_MISSING, Optional.of(last.hash()),
                Optional.empty(), which + ": after event " + last.sequence() + " comes event " + found + ".");
    }

    private AuditChainBreak unreadable(StoredAuditEvent.Unreadable unreadable) {
        long at = unreadable.sequence().orElse(last.sequence() + 1);
        return new AuditChainBreak(at, AuditChainBreak.Reason.EVENT_UNREADABLE, Optional.empty(),
                unreadable.storedHash(), "The document at " + at + " is not a readable audit event: "
                        + unreadable.problem());
    }
}
