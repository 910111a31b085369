package mx.ventanilla.correspondence.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import mx.ventanilla.correspondence.model.ObjectReferences;
import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.correspondence.model.ObjectSweeps;
import mx.ventanilla.correspondence.model.StoredObjectEntry;
import mx.ventanilla.correspondence.model.StoredObjects;
import mx.ventanilla.correspondence.model.SweepLease;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;

/**
 * Deletes the stored objects that no record refers to, which a crash between storing files and writing the record
 * that names them leaves behind (originals of a registration that was never written, a PDF made just before the
 * worker stopped, attachments of a response that was never saved).
 *
 * <p>Only objects stored longer ago than the grace period are considered, so that files of a registration or a
 * digitisation under way, whose record is not written yet, are never touched. They are taken in batches of
 * {@value #BATCH}: for each batch the records are asked which keys they hold, and only the others are deleted. A
 * delete the store refuses (an object under retention) is counted and logged, and the sweep goes on. One instance
 * sweeps at a time; the lease is renewed before every batch and the sweep stops when it was lost.
 */
public final class SweepingUnreferencedObjects {

    static final int BATCH = 500;

    private static final System.Logger LOG = System.getLogger(SweepingUnreferencedObjects.class.getName());

    private final StoredObjects objects;
    private final ObjectReferences references;
    private final ObjectSweeps sweeps;
    private final SweepLease lease;
    private final Duration grace;
    private final Duration leaseLength;
    private final Clock clock;

    public SweepingUnreferencedObjects(StoredObjects objects, ObjectReferences references, ObjectSweeps sweeps,
                                       SweepLease lease, Duration grace, Duration leaseLength, Clock clock) {
        this.objects = objects;
        this.references = references;
        this.sweeps = sweeps;
        this.lease = lease;
        this.grace = grace;
        this.leaseLength = leaseLength;
        this.clock = clock;
    }

    /**
     * Sweeps now, for an administrator, and returns the report.
     *
     * @throws ConflictException when a sweep is running already (in this or another instance)
     */
    public ObjectSweep sweepNow(Principal caller) {
        AdministratorsOnly.require(caller, "sweep unreferenced objects");
        return sweep(ObjectSweep.Trigger.ON_DEMAND).orElseThrow(() -> new ConflictException(
                "A sweep of unreferenced objects is running already; its report appears in objectSweeps when done."));
    }

    /** The scheduled sweep: does nothing (empty) when another instance is sweeping. */
    public Optional<ObjectSweep> sweepUnlessRunning() {
        return sweep(ObjectSweep.Trigger.SCHEDULED);
    }

    private Optional<ObjectSweep> sweep(ObjectSweep.Trigger trigger) {
        if (!lease.claim(leaseLength)) {
            return Optional.empty();
        }
        try {
            ObjectSweep report = run(trigger);
            sweeps.record(report);
            log(report);
            return Optional.of(report);
        } finally {
            lease.release();
        }
    }

    private ObjectSweep run(ObjectSweep.Trigger trigger) {
        Instant startedAt = clock.instant();
        Tally tally = new Tally();
        try (Stream<StoredObjectEntry> listed = objects.storedBefore(startedAt.minus(grace))) {
            sweepInBatches(listed.iterator(), tally);
        }
        return new ObjectSweep(UUID.randomUUID().toString(), trigger, startedAt, clock.instant(),
                startedAt.minus(grace), tally.listed, tally.referenced, tally.deleted, tally.failed, tally.bytesFreed);
    }

    private void sweepInBatches(Iterator<StoredObjectEntry> listed, Tally tally) {
        List<StoredObjectEntry> batch = new ArrayList<>(BATCH);
        while (listed.hasNext()) {
            batch.add(listed.next());
            if (batch.size() == BATCH && !sweepBatch(batch, tally)) {
                return;
            }
        }
        sweepBatch(batch, tally);
    }

    /** Deletes the unreferenced objects of one batch and empties it; false when the lease was lost. */
    private boolean sweepBatch(List<StoredObjectEntry> batch, Tally tally) {
        if (batch.isEmpty()) {
            return true;
        }
        if (!lease.claim(leaseLength)) {
            LOG.log(System.Logger.Level.WARNING, "Another instance took over the sweep of unreferenced objects; "
                    + "this one stops after {0} objects", tally.listed);
            return false;
        }
        Set<String> referenced = references.referencedAmong(batch.stream().map(StoredObjectEntry::key).toList());
        tally.listed += batch.size();
        tally.referenced += referenced.size();
        batch.stream().filter(object -> !referenced.contains(object.key())).forEach(object -> delete(object, tally));
        batch.clear();
        return true;
    }

    private void delete(StoredObjectEntry object, Tally tally) {
        try {
            objects.delete(object.key());
            tally.deleted++;
            tally.bytesFreed += object.size();
        } catch (RuntimeException e) {
            tally.failed++;
            LOG.log(System.Logger.Level.WARNING, "Could not delete unreferenced object {0} (stored {1}): {2}",
                    object.key(), object.storedAt(), e.getMessage());
        }
    }

    private static void log(ObjectSweep report) {
        LOG.log(System.Logger.Level.INFO, () -> ("Swept unreferenced objects stored before %s (%s): listed %d, "
                + "referenced %d, deleted %d, failed %d, bytes freed %d, in %d ms").formatted(report.storedBefore(),
                report.trigger(), report.listed(), report.referenced(), report.deleted(), report.failed(),
                report.bytesFreed(), report.duration().toMillis()));
    }

    /** The counts of one sweep as it goes. */
    private static final class Tally {
        private long listed;
        private long referenced;
        private long deleted;
        private long failed;
        private long bytesFreed;
    }
}
