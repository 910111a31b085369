package mx.ventanilla.platform.persistence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Named counters for numbers people read and quote, such as folios ({@code DG-2026-000123}: one sequence per unit
 * prefix and year, e.g. {@code folio:DG:2026}). Every value is handed out once, to one caller, even under
 * concurrency and across instances and restarts. Values are gap-tolerant: a value taken by a request that then fails
 * is not given back, so sequences may skip but never repeat.
 *
 * <p>Each counter is a document {@code {_id: name, value: last value handed out}} in the {@code sequences}
 * collection. The counter is created first with an insert whose duplicate-key error is ignored, then incremented with
 * {@code findOneAndUpdate} returning the document <em>before</em> the increment, plus one. Returning the document
 * after the increment would be the usual idiom, but the embedded server hands the same value to concurrent callers
 * that way; the before-image is correct on both servers. Increments are acknowledged by a majority, so a replica-set
 * failover cannot roll a handed-out value back.
 *
 * <p>Call {@link #next} outside any transaction: a value must stay taken even when the transaction aborts.
 */
public final class Sequences {

    public static final String COLLECTION = "sequences";
    private static final int MAX_NAME_LENGTH = 200;

    private final MongoCollection<Document> counters;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public Sequences(MongoDatabase database) {
        this.counters = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
    }

    /** The next value of the named sequence; the first value of a new sequence is 1. */
    public long next(String sequenceName) {
        requireValidName(sequenceName);
        while (true) {
            ensureCounter(sequenceName);
            Document before = counters.findOneAndUpdate(Filters.eq("_id", sequenceName), Updates.inc("value", 1L),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
            if (before != null) {
                return ((Number) before.get("value")).longValue() + 1;
            }
            known.remove(sequenceName);
        }
    }

    private void ensureCounter(String sequenceName) {
        if (known.contains(sequenceName)) {
            return;
        }
        try {
            counters.insertOne(new Document("_id", sequenceName).append("value", 0L));
        } catch (MongoException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
        known.add(sequenceName);
    }

    private static void requireValidName(String sequenceName) {
        if (sequenceName.isBlank() || sequenceName.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A sequence name must have 1 to " + MAX_NAME_LENGTH
                    + " non-blank characters, got '" + sequenceName + "'");
        }
    }
}
