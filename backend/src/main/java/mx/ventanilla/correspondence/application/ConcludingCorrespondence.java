package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.ArchivalSeries;
import mx.ventanilla.correspondence.model.ArchiveRecord;
import mx.ventanilla.correspondence.model.Catalogues;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.ScanRetention;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.scans.model.ScanSet;

/**
 * A manager above the item concludes it once every ATTENTION turn is concluded, and sends a concluded item to the
 * archivo de trámite with its archival series and retention; from then on the item is read-only and, where the
 * object store supports it, its scans are locked until the end of the retention.
 */
public final class ConcludingCorrespondence {

    private static final int MAX_RETENTION_YEARS = 100;

    private final Correspondences store;
    private final CorrespondenceLedger ledger;
    private final CorrespondenceAccess access;
    private final Catalogues catalogues;
    private final InstitutionCalendar calendar;
    private final Optional<ScanRetention> retention;
    private final Clock clock;

    public ConcludingCorrespondence(Correspondences store, CorrespondenceLedger ledger, CorrespondenceAccess access,
                                    Catalogues catalogues, InstitutionCalendar calendar,
                                    Optional<ScanRetention> retention, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.access = access;
        this.catalogues = catalogues;
        this.calendar = calendar;
        this.retention = retention;
        this.clock = clock;
    }

    public Correspondence conclude(Principal caller, String correspondenceId) {
        Correspondence item = access.changeableItem(caller, correspondenceId);
        access.requireManagerAbove(caller, item);
        if (item.status() == CorrespondenceStatus.CONCLUDED) {
            throw new ConflictException("Item " + item.folio() + " is already concluded.");
        }
        requireAttended(item, store.turnsOf(item.id()));
        Instant now = clock.instant();
        Correspondence concluded = item.concluded(now);
        ledger.commit(new Changes(Optional.empty(), Optional.of(concluded), List.of(), List.of(), List.of(
                new CorrespondenceEvent.Concluded(item.id(), now, actor(caller)))));
        return concluded;
    }

    public Correspondence archive(Principal caller, String correspondenceId, Optional<String> seriesCode,
                                  Optional<Integer> retentionYears) {
        Correspondence item = access.changeableItem(caller, correspondenceId);
        access.requireManagerAbove(caller, item);
        if (item.status() != CorrespondenceStatus.CONCLUDED) {
            throw new ConflictException("Item " + item.folio() + " is " + item.status() + "; conclude it before "
                    + "archiving it.");
        }
        if (item.scans().filter(ScanSet::isPending).isPresent()) {
            throw new ConflictException("The pages of item " + item.folio() + " are still being digitised; archive it "
                    + "once its scans are READY (usually within a minute).");
        }
        ArchivalSeries series = catalogues.archivalSeries(seriesCode.orElse(item.archivalSeries()))
                .orElseThrow(() -> new InvalidInputException("archivalSeries",
                        "'" + seriesCode.orElse("") + "' is not a series of the archival classification chart."));
        int years = retentionYears.orElse(series.retentionYears());
        if (years < 1 || years > MAX_RETENTION_YEARS) {
            throw new InvalidInputException("retentionYears",
                    "Retention is 1 to " + MAX_RETENTION_YEARS + " years; got " + years + ".");
        }
        Instant now = clock.instant();
        LocalDate until = calendar.today().plusYears(years);
        ArchiveRecord record = new ArchiveRecord(now, actor(caller), series.code(), years, until);
        Correspondence archived = item.archived(record);
        ledger.commit(new Changes(Optional.empty(), Optional.of(archived), List.of(), List.of(), List.of(
                new CorrespondenceEvent.Archived(item.id(), now, actor(caller), series.code(), years))));
        retention.ifPresent(lock -> item.scans().ifPresent(scans -> lock.retainUntil(scans.files(), until)));
        return archived;
    }

    private static void requireAttended(Correspondence item, List<Turn> turns) {
        if (turns.stream().anyMatch(turn -> turn.state() == TurnState.PROPOSED)) {
            throw new ConflictException("Item " + item.folio() + " has proposed turns; approve or reject them first.");
        }
        long open = turns.stream()
                .filter(turn -> turn.instruction() == TurnInstruction.ATTENTION)
                .filter(turn -> turn.state() != TurnState.CONCLUDED && !turn.state().isFinal())
                .count();
        if (open > 0) {
            throw new ConflictException("Item " + item.folio() + " still has " + open + " ATTENTION turn(s) that are "
                    + "not concluded.");
        }
    }

    private static Actor actor(Principal caller) {
        return new Actor(caller.subjectId(), caller.name());
    }
}
