package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A turn ("turno"): routes an item to a unit, and optionally a person in it, with an instruction and a due date.
 * Sub-turns name their parent and all turns above ({@code ancestorTurnIds}). Changes return a new value with the next
 * {@code version}; storage accepts it only over the version it was read at.
 *
 * @param recipientUnitPath the recipient unit's ancestors and itself, for the inbox and visibility
 * @param yellowFrom        the first day the traffic light shows YELLOW
 * @param reason            why it was last returned, rejected or cancelled
 * @param subject           the item's subject, copied for inbox lists
 * @param senderName        the item's sender, copied for inbox lists
 * @param documentType      the item's document type, copied for inbox lists
 */
public record Turn(String id, String correspondenceId, String folio, Optional<String> parentTurnId,
                   List<String> ancestorTurnIds, Actor issuer, String issuerUnitId, String recipientUnitId,
                   Optional<String> recipientUserId, List<String> recipientUnitPath, TurnInstruction instruction,
                   String instructions, LocalDate dueDate, LocalDate yellowFrom, Priority priority, TurnState state,
                   Instant issuedAt, Optional<Instant> receivedAt, Optional<Instant> answeredAt,
                   Optional<Instant> concludedAt, Optional<Rating> rating, Optional<String> reason,
                   List<TurnResponse> responses, String subject, String senderName, String documentType,
                   long version) {

    public Turn {
        ancestorTurnIds = List.copyOf(ancestorTurnIds);
        recipientUnitPath = List.copyOf(recipientUnitPath);
        responses = List.copyOf(responses);
    }

    /** The turns a sub-turn of this one has above it. */
    public List<String> lineage() {
        return Stream.concat(ancestorTurnIds.stream(), Stream.of(id)).toList();
    }

    public Turn received(Instant at) {
        TurnState next = instruction.expectsResponse() ? TurnState.RECEIVED : TurnState.CONCLUDED;
        Optional<Instant> concluded = next == TurnState.CONCLUDED ? Optional.of(at) : concludedAt;
        return with(next, Optional.of(at), answeredAt, concluded, rating, reason, responses);
    }

    public Turn answered(TurnResponse response) {
        List<TurnResponse> all = Stream.concat(responses.stream(), Stream.of(response)).toList();
        return with(TurnState.ANSWERED, receivedAt, Optional.of(response.at()), concludedAt, rating, reason, all);
    }

    public Turn accepted(Optional<Rating> given, Instant at) {
        return with(TurnState.CONCLUDED, receivedAt, answeredAt, Optional.of(at), given, reason, responses);
    }

    /** Returned, rejected or cancelled, with the reason. */
    public Turn closedOrReturned(TurnState next, String why) {
        return with(next, receivedAt, answeredAt, concludedAt, rating, Optional.of(why), responses);
    }

    /** A proposed turn approved, possibly edited: issued now by the approving manager. */
    public Turn sent(Actor by, String byUnitId, Instant at, TurnPlan plan) {
        return new Turn(id, correspondenceId, folio, parentTurnId, ancestorTurnIds, by, byUnitId, recipientUnitId,
                recipientUserId, recipientUnitPath, plan.instruction(), plan.instructions(), plan.dueDate(),
                plan.yellowFrom(), plan.priority(), TurnState.SENT, at, receivedAt, answeredAt, concludedAt, rating,
                reason, responses, subject, senderName, documentType, version + 1);
    }

    private Turn with(TurnState next, Optional<Instant> received, Optional<Instant> answered,
                      Optional<Instant> concluded, Optional<Rating> given, Optional<String> why,
                      List<TurnResponse> all) {
        return new Turn(id, correspondenceId, folio, parentTurnId, ancestorTurnIds, issuer, issuerUnitId,
                recipientUnitId, recipientUserId, recipientUnitPath, instruction, instructions, dueDate, yellowFrom,
                priority, next, issuedAt, received, answered, concluded, given, why, all, subject, senderName,
                documentType, version + 1);
    }

    /**
     * What a turn asks and by when.
     *
     * @param yellowFrom the first YELLOW day for this due date
     */
    public record TurnPlan(TurnInstruction instruction, String instructions, LocalDate dueDate, LocalDate yellowFrom,
                           Priority priority) {
    }
}
