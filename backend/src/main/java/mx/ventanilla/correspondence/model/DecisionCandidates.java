package mx.ventanilla.correspondence.model;

import java.util.List;
import java.util.Optional;

/**
 * Turns that may await someone's decision (port), by due date then id, for the lists of pending decisions. The store
 * narrows by state and issuer only; who may decide is the use case's business.
 */
public interface DecisionCandidates {

    /** Up to {@code limit} PROPOSED turns after the position. */
    List<Turn> proposed(Optional<DecisionPosition> after, int limit);

    /**
     * Up to {@code limit} ANSWERED turns after the position, issued by {@code issuedBy}'s user or (for a manager) unit;
     * every answered turn when {@code issuedBy} is empty.
     */
    List<Turn> answered(Optional<IssuedBy> issuedBy, Optional<DecisionPosition> after, int limit);

    /**
     * Who issued a turn, as a store filters it.
     *
     * @param userId the issuing person
     * @param unitId the issuing unit, when the caller manages it
     */
    record IssuedBy(String userId, Optional<String> unitId) {
    }
}
