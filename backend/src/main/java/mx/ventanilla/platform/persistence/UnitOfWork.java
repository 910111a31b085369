package mx.ventanilla.platform.persistence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.result.InsertOneResult;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The writes of one block run by {@link Transactions}. Inside a transaction every operation goes through the
 * transaction's session; without one, every write registers how to undo it, and the undo steps run in reverse order
 * if the block throws.
 *
 * <p>Undoing is best effort and not isolated: other requests can see the writes until they are undone, an undo
 * restores the document as it was before this unit's write (overwriting changes others made in between), and a crash
 * between a write and its undo leaves the write in place. That is why a block validates all input before its first
 * write and writes what others look up (the document that makes the rest reachable) last.
 */
public final class UnitOfWork {

    private static final System.Logger LOG = System.getLogger(UnitOfWork.class.getName());

    private final Optional<ClientSession> session;
    private final Deque<Compensation> compensations = new ArrayDeque<>();

    private UnitOfWork(Optional<ClientSession> session) {
        this.session = session;
    }

    static UnitOfWork inTransaction(ClientSession session) {
        return new UnitOfWork(Optional.of(session));
    }

    static UnitOfWork compensated() {
        return new UnitOfWork(Optional.empty());
    }

    public boolean isTransactional() {
        return session.isPresent();
    }

    /** The transaction's session, for driver calls the helpers here do not cover; empty without a transaction. */
    public Optional<ClientSession> session() {
        return session;
    }

    /** Inserts the document; without a transaction, a failure of the block deletes it again by its {@code _id}. */
    public <T> BsonValue insertOne(MongoCollection<T> collection, T document) {
        InsertOneResult result = session.map(s -> collection.insertOne(s, document))
                .orElseGet(() -> collection.insertOne(document));
        BsonValue id = result.getInsertedId();
        if (id == null) {
            throw new IllegalStateException("The document inserted into " + collection.getNamespace()
                    + " has no _id the driver can report, so it could not be undone; give it an _id.");
        }
        compensate("delete " + id + " from " + collection.getNamespace(),
                () -> collection.deleteOne(Filters.eq("_id", id)));
        return id;
    }

    /**
     * Updates the first matching document and returns it as it was before; without a transaction, a failure of the
     * block puts that earlier version back.
     */
    public Optional<Document> updateOne(MongoCollection<Document> collection, Bson filter, Bson update) {
        FindOneAndUpdateOptions before = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE);
        Optional<Document> previous = Optional.ofNullable(session
                .map(s -> collection.findOneAndUpdate(s, filter, update, before))
                .orElseGet(() -> collection.findOneAndUpdate(filter, update, before)));
        previous.ifPresent(document -> compensate("restore " + document.get("_id") + " in " + collection.getNamespace(),
                () -> collection.replaceOne(Filters.eq("_id", document.get("_id")), document)));
        return previous;
    }

    /** Deletes the first matching document and returns it; without a transaction, a failure of the block restores it. */
    public Optional<Document> deleteOne(MongoCollection<Document> collection, Bson filter) {
        Optional<Document> deleted = Optional.ofNullable(session
                .map(s -> collection.findOneAndDelete(s, filter))
                .orElseGet(() -> collection.findOneAndDelete(filter)));
        deleted.ifPresent(document -> compensate("re-insert " + document.get("_id") + " into "
                + collection.getNamespace(), () -> collection.insertOne(document)));
        return deleted;
    }

    /** Reads through the transaction, so that the block sees its own writes and a consistent snapshot. */
    public <T> FindIterable<T> find(MongoCollection<T> collection, Bson filter) {
        return session.map(s -> collection.find(s, filter)).orElseGet(() -> collection.find(filter));
    }

    /**
     * Registers how to undo a write made some other way. Ignored inside a transaction, where aborting undoes
     * everything; without one, it runs if the block throws, after the undo steps of later writes.
     */
    public void compensate(String description, Runnable undo) {
        if (session.isEmpty()) {
            compensations.push(new Compensation(description, undo));
        }
    }

    void undo(Throwable failure) {
        while (!compensations.isEmpty()) {
            undoOne(compensations.pop(), failure);
        }
    }

    private static void undoOne(Compensation compensation, Throwable failure) {
        try {
            compensation.undo().run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Could not undo a write (" + compensation.description()
                    + ") after a failed unit of work; the database may need a manual fix", e);
            failure.addSuppressed(e);
        }
    }

    private record Compensation(String description, Runnable undo) {
    }
}
