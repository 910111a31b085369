package mx.ventanilla.correspondence.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The report of one reconciliation of the object store with the records: how many stored objects older than the
 * grace period were looked at, how many some record still refers to, and how many of the others were deleted.
 *
 * @param id          identifies the report
 * @param trigger     whether it ran on its schedule or was asked for
 * @param startedAt   when it began
 * @param finishedAt  when it ended
 * @param storedBefore only objects stored before this instant were considered (start minus the grace period)
 * @param listed      objects considered
 * @param referenced  of those, objects a record refers to, which are kept
 * @param deleted     unreferenced objects deleted
 * @param failed      unreferenced objects whose deletion failed (e.g. under retention); tried again next time
 * @param bytesFreed  the sizes of the deleted objects, summed
 */
public record ObjectSweep(String id, Trigger trigger, Instant startedAt, Instant finishedAt, Instant storedBefore,
                          long listed, long referenced, long deleted, long failed, long bytesFreed) {

    /** What started a sweep. */
    public enum Trigger { SCHEDULED, ON_DEMAND }

    /** Where a report stands in the newest-first order: by start, then by id. */
    public record Position(Instant startedAt, String id) {
    }

    public ObjectSweep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(storedBefore, "storedBefore");
    }

    public Position position() {
        return new Position(startedAt, id);
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
