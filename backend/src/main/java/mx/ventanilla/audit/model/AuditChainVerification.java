package mx.ventanilla.audit.model;

import java.util.Optional;

/**
 * The outcome of walking the chain from the first event.
 *
 * @param intact          no break found
 * @param eventsChecked   events read, including the broken one; the walk stops at the first break
 * @param firstBrokenLink where it broke, when it did
 * @param lastIntactLink  the last event that checked out: the head of an intact chain, to note down and compare on a
 *                        later verification (a chain cut off at the end is otherwise indistinguishable from a shorter
 *                        one)
 */
public record AuditChainVerification(boolean intact, long eventsChecked, Optional<AuditChainBreak> firstBrokenLink,
                                     Optional<ChainHead> lastIntactLink) {
}
