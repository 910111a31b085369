package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Direction;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnResponse;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.IncomingFile;
import mx.ventanilla.scans.model.StoredFile;

/**
 * The recipient's side of a turn: opening it (the read receipt; a KNOWLEDGE turn is concluded by it) and answering
 * it with text, attachments and optionally the folio of the outgoing item that carries the answer.
 */
public final class AttendingTurn {

    static final int MAX_RESPONSE = 5000;
    private static final int MAX_ATTACHMENTS = 20;

    private final Correspondences store;
    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Optional<Digitiser> digitiser;
    private final Clock clock;

    public AttendingTurn(Correspondences store, CorrespondenceLedger ledger, CorrespondenceAccess access,
                         Optional<Digitiser> digitiser, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.access = access;
        this.digitiser = digitiser;
        this.clock = clock;
    }

    /** The read receipt; opening a turn again changes nothing. */
    public Turn receive(Principal caller, String turnId) {
        CorrespondenceAccess.Located located = access.changeableTurn(caller, turnId);
        Turn turn = located.turn();
        TurnRoles.requireRecipient(caller, turn);
        if (turn.state() != TurnState.SENT) {
            return turn;
        }
        Instant now = clock.instant();
        Actor reader = new Actor(caller.subjectId(), caller.name());
        Turn received = turn.received(now);
        List<CorrespondenceEvent> events = new ArrayList<>();
        events.add(new CorrespondenceEvent.TurnReceived(turn.correspondenceId(), Optional.of(turnId), now, reader));
        if (received.state() == TurnState.CONCLUDED) {
            events.add(new CorrespondenceEvent.TurnConcluded(turn.correspondenceId(), Optional.of(turnId), now,
                    reader, Optional.empty()));
        }
        ledger.commit(new Changes(Optional.empty(), Optional.empty(), List.of(), List.of(received), events));
        return received;
    }

    public Turn respond(Principal caller, String turnId, String text, List<IncomingFile> attachments,
                        Optional<String> outgoingFolio, Optional<Long> expectedVersion) {
        CorrespondenceAccess.Located located = access.changeableTurn(caller, turnId);
        Turn turn = located.turn();
        TurnRoles.requireRecipient(caller, turn);
        TurnRoles.requireVersion(turn, expectedVersion);
        String answer = Texts.required("text", text, MAX_RESPONSE);
        requireAnswerable(turn);
        Optional<String> outgoing = outgoingFolio.map(folio -> outgoing(caller, folio));
        checkAttachments(attachments);
        List<StoredFile> stored = attachments.isEmpty() ? List.of() : digitiser.orElseThrow().storeAttachments(attachments);
        Instant now = clock.instant();
        Actor by = new Actor(caller.subjectId(), caller.name());
        Turn answered = turn.answered(new TurnResponse(answer, stored, outgoing, now, by));
        try {
            ledger.commit(new Changes(Optional.empty(), Optional.empty(), List.of(), List.of(answered), List.of(
                    new CorrespondenceEvent.TurnAnswered(turn.correspondenceId(), Optional.of(turnId), now, by))));
        } catch (RuntimeException failure) {
            digitiser.ifPresent(files -> files.discard(stored));
            throw failure;
        }
        return answered;
    }

    private static void requireAnswerable(Turn turn) {
        if (!turn.instruction().expectsResponse()) {
            throw new ConflictException("Turn " + turn.id() + " is for knowledge only; it takes no response.");
        }
        if (turn.state() == TurnState.SENT) {
            throw new ConflictException("Open turn " + turn.id() + " (receiveTurn) before answering it.");
        }
        if (!turn.state().canBecome(TurnState.ANSWERED)) {
            throw new ConflictException("Turn " + turn.id() + " is " + turn.state() + "; it cannot be answered now.");
        }
    }

    private String outgoing(Principal caller, String text) {
        Folio folio = Folio.parse(text);
        Correspondence item = store.findByFolio(folio).filter(found -> CorrespondenceAccess.canSee(caller, found))
                .orElseThrow(() -> new InvalidInputException("outgoingFolio",
                        "There is no item with folio " + folio + " that you can link."));
        if (item.direction() != Direction.OUTGOING) {
            throw new InvalidInputException("outgoingFolio", "Item " + folio + " is not an outgoing document.");
        }
        return folio.toString();
    }

    private void checkAttachments(List<IncomingFile> attachments) {
        if (!attachments.isEmpty() && digitiser.isEmpty()) {
            throw new InvalidInputException("attachments",
                    "File storage for attachments is not configured on this server; answer without attachments.");
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachments", "At most " + MAX_ATTACHMENTS + " attachments.");
        }
    }
}
