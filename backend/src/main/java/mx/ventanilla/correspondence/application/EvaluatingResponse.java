package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.Rating;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;

/**
 * The issuer's side of a turn: accepting its response (the turn is CONCLUDED, optionally rated), returning it with a
 * reason (RETURNED, to be answered again), or cancelling the turn together with the open turns below it.
 */
public final class EvaluatingResponse {

    private static final int MAX_REASON = 1000;

    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Clock clock;

    public EvaluatingResponse(CorrespondenceLedger ledger, CorrespondenceAccess access, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
    }

    public Turn accept(Principal caller, String turnId, Optional<Rating> rating, Optional<Long> expectedVersion) {
        Turn turn = answeredTurn(caller, turnId, expectedVersion);
        Instant now = clock.instant();
        Turn concluded = turn.accepted(rating, now);
        commit(concluded, new CorrespondenceEvent.TurnConcluded(turn.correspondenceId(), Optional.of(turnId), now,
                actor(caller), rating));
        return concluded;
    }

    public Turn returnResponse(Principal caller, String turnId, String reason, Optional<Long> expectedVersion) {
        String why = Texts.required("reason", reason, MAX_REASON);
        Turn turn = answeredTurn(caller, turnId, expectedVersion);
        Instant now = clock.instant();
        Turn returned = turn.closedOrReturned(TurnState.RETURNED, why);
        commit(returned, new CorrespondenceEvent.ResponseReturned(turn.correspondenceId(), Optional.of(turnId), now,
                actor(caller), why));
        return returned;
    }

    public Turn cancel(Principal caller, String turnId, String reason, Optional<Long> expectedVersion) {
        String why = Texts.required("reason", reason, MAX_REASON);
        CorrespondenceAccess.Located located = access.changeableTurn(caller, turnId);
        Turn turn = located.turn();
        TurnRoles.requireIssuer(caller, turn);
        TurnRoles.requireVersion(turn, expectedVersion);
        if (!turn.state().canBecome(TurnState.CANCELLED)) {
            throw new ConflictException("Turn " + turnId + " is " + turn.state() + "; it cannot be cancelled.");
        }
        Instant now = clock.instant();
        List<Turn> cancelled = new ArrayList<>();
        List<CorrespondenceEvent> events = new ArrayList<>();
        located.all().stream()
                .filter(other -> other.id().equals(turnId) || other.ancestorTurnIds().contains(turnId))
                .filter(other -> other.state().canBecome(TurnState.CANCELLED))
                .forEach(other -> {
                    cancelled.add(other.closedOrReturned(TurnState.CANCELLED, why));
                    events.add(new CorrespondenceEvent.TurnCancelled(other.correspondenceId(),
                            Optional.of(other.id()), now, actor(caller), why));
                });
        ledger.commit(new Changes(Optional.empty(), Optional.empty(), List.of(), cancelled, events));
        return cancelled.getFirst();
    }

    private Turn answeredTurn(Principal caller, String turnId, Optional<Long> expectedVersion) {
        Turn turn = access.changeableTurn(caller, turnId).turn();
        TurnRoles.requireIssuer(caller, turn);
        TurnRoles.requireVersion(turn, expectedVersion);
        if (turn.state() != TurnState.ANSWERED) {
            throw new ConflictException("Turn " + turnId + " is " + turn.state() + "; only an answered turn's "
                    + "response can be accepted or returned.");
        }
        return turn;
    }

    private void commit(Turn changed, CorrespondenceEvent event) {
        ledger.commit(new Changes(Optional.empty(), Optional.empty(), List.of(), List.of(changed), List.of(event)));
    }

    private static Actor actor(Principal caller) {
        return new Actor(caller.subjectId(), caller.name());
    }
}
