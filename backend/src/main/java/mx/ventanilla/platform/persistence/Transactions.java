package mx.ventanilla.platform.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;

/**
 * The transaction boundary. Where the server has multi-document transactions (a replica set) a block runs in one,
 * and either all of its writes happen or none. Where it has not (the embedded server) the block runs without one, and
 * its {@link UnitOfWork} undoes the writes it made, in reverse order, when the block throws.
 *
 * <p>Write use cases once, for both: validate everything before the first write; write only through the unit
 * ({@link UnitOfWork#insertOne}, {@link UnitOfWork#updateOne}, {@link UnitOfWork#deleteOne}, or a driver call with
 * {@link UnitOfWork#session()} followed by {@link UnitOfWork#compensate}); keep effects outside MongoDB out of the
 * block. See {@code docs/persistence.md} for what the embedded path cannot promise.
 */
public final class Transactions {

    private static final TransactionOptions OPTIONS = TransactionOptions.builder()
            .readConcern(ReadConcern.SNAPSHOT)
            .writeConcern(WriteConcern.MAJORITY)
            .readPreference(ReadPreference.primary())
            .build();

    private final MongoClient client;
    private final boolean transactional;

    private Transactions(MongoClient client, boolean transactional) {
        this.client = client;
        this.transactional = transactional;
    }

    /** Real transactions when the store supports them, compensation otherwise. */
    public static Transactions of(MongoStore store) {
        return new Transactions(store.client(), store.supportsTransactions());
    }

    /** Always compensation, even where transactions exist; for tests of that path against any server. */
    public static Transactions compensating(MongoClient client) {
        return new Transactions(client, false);
    }

    /** Whether blocks run in real multi-document transactions. */
    public boolean isTransactional() {
        return transactional;
    }

    /**
     * Runs the block as one unit of work and returns its result. With a transaction, the driver may run the block
     * again after a transient error (a write conflict, a failover), so the block must not have effects outside
     * MongoDB. Without one, a block that throws has its compensations run before the exception is rethrown; failures
     * of compensations are logged and attached to it as suppressed exceptions.
     */
    public <T> T inUnitOfWork(Function<UnitOfWork, T> work) {
        return transactional ? inTransaction(work) : compensated(work);
    }

    /** {@link #inUnitOfWork} for blocks without a result. */
    public void run(Consumer<UnitOfWork> work) {
        inUnitOfWork(unit -> {
            work.accept(unit);
            return Boolean.TRUE;
        });
    }

    private <T> T inTransaction(Function<UnitOfWork, T> work) {
        try (ClientSession session = client.startSession()) {
            return session.withTransaction(() -> work.apply(UnitOfWork.inTransaction(session)), OPTIONS);
        }
    }

    private static <T> T compensated(Function<UnitOfWork, T> work) {
        UnitOfWork unit = UnitOfWork.compensated();
        try {
            return work.apply(unit);
        } catch (RuntimeException | Error failure) {
            unit.undo(failure);
            throw failure;
        }
    }
}
