package mx.ventanilla.correspondence;

import java.time.Clock;
import java.time.Duration;

import mx.ventanilla.correspondence.application.ReadingObjectSweeps;
import mx.ventanilla.correspondence.application.SweepingUnreferencedObjects;
import mx.ventanilla.correspondence.graphql.ObjectSweepsGraphQl;
import mx.ventanilla.correspondence.infrastructure.MongoObjectReferences;
import mx.ventanilla.correspondence.infrastructure.MongoObjectSweeps;
import mx.ventanilla.correspondence.infrastructure.MongoSweepLease;
import mx.ventanilla.correspondence.infrastructure.ObjectStorageStoredObjects;
import mx.ventanilla.correspondence.infrastructure.ObjectSweepSchedule;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.DeclaredIndexes;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.storage.ObjectStorage;

/**
 * The reconciliation of the object store with the correspondence records, wired: the sweep, its schedule and the
 * administrators' API module. See {@code docs/correspondence.md}, "Unreferenced objects".
 */
public final class ObjectSweeping implements AutoCloseable {

    /** How long after start the first scheduled sweep runs: late enough not to slow the start down. */
    static final Duration FIRST_SWEEP_AFTER = Duration.ofMinutes(1);
    /** The lease, renewed before every batch; a batch takes seconds. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final GraphQlModule graphQl;
    private final ObjectSweepSchedule schedule;

    private ObjectSweeping(GraphQlModule graphQl, ObjectSweepSchedule schedule) {
        this.graphQl = graphQl;
        this.schedule = schedule;
    }

    public static ObjectSweeping start(MongoStore mongo, ObjectStorage storage, ObjectSweepSettings settings,
                                       Clock clock) {
        DeclaredIndexes.ensure(mongo.database(), MongoObjectSweeps.INDEXES);
        MongoObjectSweeps reports = new MongoObjectSweeps(mongo.database());
        SweepingUnreferencedObjects sweeping = new SweepingUnreferencedObjects(
                new ObjectStorageStoredObjects(storage), new MongoObjectReferences(mongo.database()), reports,
                new MongoSweepLease(mongo.database(), clock), settings.grace(), LEASE, clock);
        ObjectSweepSchedule schedule = settings.enabled()
                ? ObjectSweepSchedule.start(FIRST_SWEEP_AFTER, settings.interval(), sweeping::sweepUnlessRunning)
                : ObjectSweepSchedule.none();
        return new ObjectSweeping(new ObjectSweepsGraphQl(sweeping, new ReadingObjectSweeps(reports)), schedule);
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }

    /** Stops the schedule, letting a sweep under way finish. */
    @Override
    public void close() {
        schedule.close();
    }
}
