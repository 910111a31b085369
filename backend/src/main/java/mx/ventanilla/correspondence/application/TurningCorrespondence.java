package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Managers turn an item to units or people: at the top by a manager above the item, further down ("sub-turns") by
 * the manager of a unit that received a turn, each due no later than the turn it comes from. Proposed turns of the
 * registry desk are approved (possibly edited) or rejected by a manager above the item.
 */
public final class TurningCorrespondence {

    private static final int MAX_TURNS = 20;
    private static final int MAX_REASON = 1000;

    private final Correspondences store;
    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final TurnPlanner planner;
    private final Clock clock;

    public TurningCorrespondence(Correspondences store, CorrespondenceLedger ledger, CorrespondenceAccess access,
                                 TurnPlanner planner, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.access = access;
        this.planner = planner;
        this.clock = clock;
    }

    /** Sends new turns of the item, below {@code fromTurnId} when given. */
    public List<Turn> turn(Principal caller, String correspondenceId, Optional<String> fromTurnId,
                           List<TurnRequest> requests) {
        Correspondence item = access.changeableItem(caller, correspondenceId);
        requireOpen(item);
        if (requests.isEmpty() || requests.size() > MAX_TURNS) {
            throw new InvalidInputException("turns", "Send 1 to " + MAX_TURNS + " turns at a time.");
        }
        Optional<Turn> parent = fromTurnId.map(id -> parentTurn(caller, item, id));
        if (parent.isEmpty()) {
            access.requireManagerAbove(caller, item);
        }
        Instant now = clock.instant();
        Actor issuer = new Actor(caller.subjectId(), caller.name());
        String issuerUnit = parent.map(Turn::recipientUnitId).orElse(caller.unitId());
        List<Turn> turns = requests.stream()
                .map(request -> planner.plan(item, request, parent, issuer, issuerUnit, TurnState.SENT, now))
                .toList();
        Correspondence widened = widened(item, turns, now);
        List<CorrespondenceEvent> events = turns.stream().<CorrespondenceEvent>map(turn -> sentEvent(turn, issuer, now))
                .toList();
        ledger.commit(new Changes(Optional.empty(), Optional.of(widened), turns, List.of(), events));
        return turns;
    }

    /** Approves proposed turns of one item, applying the edits given for some of them. */
    public List<Turn> approve(Principal caller, List<String> turnIds, List<TurnEdit> edits) {
        if (turnIds.isEmpty() || turnIds.size() > MAX_TURNS) {
            throw new InvalidInputException("ids", "Approve 1 to " + MAX_TURNS + " proposed turns at a time.");
        }
        Set<String> ids = new LinkedHashSet<>(turnIds);
        CorrespondenceAccess.Located first = access.changeableTurn(caller, turnIds.getFirst());
        Correspondence item = first.item();
        access.requireManagerAbove(caller, item);
        requireOpen(item);
        Map<String, Turn> proposed = first.all().stream().filter(turn -> ids.contains(turn.id()))
                .collect(Collectors.toMap(Turn::id, Function.identity()));
        requireProposed(ids, proposed);
        Map<String, TurnEdit> byTurn = editsByTurn(edits, ids);
        Instant now = clock.instant();
        Actor manager = new Actor(caller.subjectId(), caller.name());
        List<Turn> sent = ids.stream()
                .map(id -> proposed.get(id).sent(manager, caller.unitId(), now, plan(proposed.get(id), byTurn.get(id), now)))
                .toList();
        List<CorrespondenceEvent> events = sent.stream().<CorrespondenceEvent>map(turn -> sentEvent(turn, manager, now))
                .toList();
        ledger.commit(new Changes(Optional.empty(), Optional.of(widened(item, sent, now)), List.of(), sent, events));
        return sent;
    }

    public Turn reject(Principal caller, String turnId, String reason) {
        String why = Texts.required("reason", reason, MAX_REASON);
        CorrespondenceAccess.Located located = access.changeableTurn(caller, turnId);
        access.requireManagerAbove(caller, located.item());
        if (located.turn().state() != TurnState.PROPOSED) {
            throw new ConflictException("Turn " + turnId + " is " + located.turn().state() + "; only proposed turns "
                    + "can be rejected.");
        }
        Instant now = clock.instant();
        Turn rejected = located.turn().closedOrReturned(TurnState.REJECTED, why);
        ledger.commit(new Changes(Optional.empty(), Optional.empty(), List.of(), List.of(rejected), List.of(
                new CorrespondenceEvent.TurnRejected(rejected.correspondenceId(), Optional.of(turnId), now,
                        new Actor(caller.subjectId(), caller.name()), why))));
        return rejected;
    }

    private Turn.TurnPlan plan(Turn proposed, TurnEdit edit, Instant now) {
        Optional<TurnEdit> given = Optional.ofNullable(edit);
        boolean newDue = given.map(e -> e.dueDate().isPresent() || e.dueInBusinessDays().isPresent()).orElse(false);
        return planner.schedule(
                given.flatMap(TurnEdit::instruction).orElse(proposed.instruction()),
                Optional.of(given.flatMap(TurnEdit::instructions).orElse(proposed.instructions())),
                newDue ? given.get().dueDate() : Optional.of(proposed.dueDate()),
                newDue ? given.get().dueInBusinessDays() : Optional.empty(),
                given.flatMap(TurnEdit::priority).orElse(proposed.priority()),
                Optional.empty(), now);
    }

    private static Map<String, TurnEdit> editsByTurn(List<TurnEdit> edits, Set<String> ids) {
        Map<String, TurnEdit> byTurn = new HashMap<>();
        for (TurnEdit edit : edits) {
            if (!ids.contains(edit.turnId()) || byTurn.put(edit.turnId(), edit) != null) {
                throw new InvalidInputException("edits", "Each edit must name one of the turns being approved, "
                        + "once; " + edit.turnId() + " is not.");
            }
        }
        return byTurn;
    }

    private static void requireProposed(Set<String> ids, Map<String, Turn> found) {
        for (String id : ids) {
            Turn turn = Optional.ofNullable(found.get(id))
                    .orElseThrow(() -> new NotFoundException("There is no proposed turn " + id + " of this item."));
            if (turn.state() != TurnState.PROPOSED) {
                throw new ConflictException("Turn " + id + " is " + turn.state() + ", no longer proposed.");
            }
        }
    }

    private Turn parentTurn(Principal caller, Correspondence item, String turnId) {
        CorrespondenceAccess.Located located = access.visibleTurn(caller, turnId);
        Turn parent = located.turn();
        if (!parent.correspondenceId().equals(item.id())) {
            throw new InvalidInputException("fromTurnId", "Turn " + turnId + " belongs to another item.");
        }
        if (!caller.hasRole(Role.MANAGER) || !caller.unitId().equals(parent.recipientUnitId())) {
            throw new ForbiddenException("Only the manager (titular) of the unit that received a turn may turn it "
                    + "further down.");
        }
        if (parent.state() != TurnState.RECEIVED && parent.state() != TurnState.RETURNED) {
            throw new ConflictException("Turn " + turnId + " is " + parent.state() + "; a turn can be turned further "
                    + "down once received and until it is answered.");
        }
        return parent;
    }

    private Correspondence widened(Correspondence item, List<Turn> turns, Instant now) {
        List<String> paths = turns.stream().flatMap(turn -> turn.recipientUnitPath().stream()).distinct().toList();
        Set<String> grants = new HashSet<>();
        if (item.isReserved()) {
            turns.forEach(turn -> grants.addAll(planner.grantsFor(turn)));
        }
        return item.widenedTo(paths, grants, now);
    }

    private static void requireOpen(Correspondence item) {
        if (item.status() == CorrespondenceStatus.CONCLUDED) {
            throw new ConflictException("Item " + item.folio() + " is concluded; it takes no new turns.");
        }
    }

    private static CorrespondenceEvent sentEvent(Turn turn, Actor issuer, Instant now) {
        return new CorrespondenceEvent.TurnSent(turn.correspondenceId(), Optional.of(turn.id()), now, issuer,
                turn.recipientUnitId(), turn.dueDate().toString());
    }
}
