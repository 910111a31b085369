package mx.ventanilla.audit.model;

import java.util.Optional;

/**
 * The first place where the stored chain differs from what it must be.
 *
 * @param sequence     where it breaks: the altered or unreadable event, the event whose link is wrong, or the first
 *                     missing sequence number
 * @param reason       what is wrong there
 * @param expectedHash for {@link Reason#EVENT_ALTERED} the hash recomputed from the event's content; for
 *                     {@link Reason#LINK_BROKEN} and {@link Reason#EVENT_MISSING} the hash of the last intact event
 *                     before, which this link should carry; empty for {@link Reason#EVENT_UNREADABLE}
 * @param actualHash   for {@link Reason#EVENT_ALTERED} the hash stored in the event; for {@link Reason#LINK_BROKEN}
 *                     the previous hash stored in it; for {@link Reason#EVENT_UNREADABLE} its stored hash if readable;
 *                     empty for {@link Reason#EVENT_MISSING}
 * @param detail       one sentence for people
 */
public record AuditChainBreak(long sequence, Reason reason, Optional<String> expectedHash,
                              Optional<String> actualHash, String detail) {

    /** Kinds of break. */
    public enum Reason {
        /** The event's content no longer matches its hash: a field was changed. */
        EVENT_ALTERED,
        /** The event does not carry the hash of the event before it: that one was replaced, or this one re-linked. */
        LINK_BROKEN,
        /** A sequence number has no event: it was deleted. */
        EVENT_MISSING,
        /** The stored document is not an audit event any more: fields missing or of the wrong type. */
        EVENT_UNREADABLE
    }
}
