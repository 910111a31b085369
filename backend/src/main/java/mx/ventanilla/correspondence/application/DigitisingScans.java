package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.DigitisationQueue;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.scans.model.Digitiser;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.ScanStatus;

/**
 * Digitises, in the background, the pages registration and {@code addScans} stored as originals: the PDF and the
 * thumbnails are made and the item's scan set becomes READY (or FAILED, with the reason), with a {@code scansReady}
 * or {@code scansFailed} entry on the timeline and in the outbox. Work done for a set that was replaced meanwhile
 * (pages added) is deleted again, so an item ends with exactly one PDF however often a job runs.
 */
public final class DigitisingScans {

    /** Who the timeline names for digitisation done in the background. */
    public static final Actor DIGITISATION = new Actor("digitisation", "Digitalización");

    private static final int LOOK_AHEAD = 20;

    private final Correspondences store;
    private final CorrespondenceLedger ledger;
    private final Digitiser digitiser;
    private final DigitisationQueue queue;
    private final Duration lease;
    private final Clock clock;

    public DigitisingScans(Correspondences store, CorrespondenceLedger ledger, Digitiser digitiser,
                           DigitisationQueue queue, Duration lease, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.digitiser = digitiser;
        this.queue = queue;
        this.lease = lease;
        this.clock = clock;
    }

    /** Digitises one item that is waiting and not taken by another worker; false when there was none. */
    public boolean digitiseNext() {
        for (String id : store.withPendingScans(LOOK_AHEAD)) {
            if (queue.claim(id, lease)) {
                digitiseClaimed(id);
                return true;
            }
        }
        return false;
    }

    /**
     * Digitises the item if its scans are still pending. A failure of the store leaves the lease to lapse, so the
     * item is tried again later rather than at once.
     */
    private void digitiseClaimed(String correspondenceId) {
        Optional<Correspondence> item = store.findById(correspondenceId)
                .filter(found -> found.scans().filter(ScanSet::isPending).isPresent());
        if (item.isEmpty()) {
            queue.release(correspondenceId);
            return;
        }
        digitise(item.get());
        queue.release(correspondenceId);
    }

    private void digitise(Correspondence item) {
        ScanSet done = digitiser.complete(item.scans().orElseThrow());
        try {
            ledger.replaceScans(item, done, event(item, done, clock.instant()));
        } catch (ConflictException replacedMeanwhile) {
            digitiser.discard(done.derivedFiles());
        }
    }

    private static CorrespondenceEvent event(Correspondence item, ScanSet done, Instant at) {
        if (done.status() == ScanStatus.READY) {
            return new CorrespondenceEvent.ScansReady(item.id(), at, DIGITISATION, done.pages().size());
        }
        return new CorrespondenceEvent.ScansFailed(item.id(), at, DIGITISATION, done.failure().orElse(""));
    }
}
