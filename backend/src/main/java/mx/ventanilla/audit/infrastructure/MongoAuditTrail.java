package mx.ventanilla.audit.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditEventQuery;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.audit.model.AuditTrail;
import mx.ventanilla.audit.model.ChainHead;
import mx.ventanilla.audit.model.StoredAuditEvent;
import mx.ventanilla.platform.persistence.IndexDefinition;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The audit trail in the {@code auditEvents} collection, one document per event with the sequence number as
 * {@code _id}. The {@code _id} index is unique on every server, so two instances can never store two events at the
 * same place: each append seals the event after the head it knows and inserts it; when another instance got there
 * first the insert fails with a duplicate key, and the append re-reads the head and tries again. Within one instance
 * appends take turns, and the head is kept in memory, so the usual append is a single insert.
 */
public final class MongoAuditTrail implements AuditTrail {

    public static final String COLLECTION = "auditEvents";

    /** Indexes for the listing filters (used by MongoDB; the embedded server scans). */
    public static final List<IndexDefinition> INDEXES = List.of(
            IndexDefinition.forQueries(COLLECTION, "action_sequence",
                    Indexes.compoundIndex(Indexes.ascending(AuditDocuments.ACTION), Indexes.descending("_id"))),
            IndexDefinition.forQueries(COLLECTION, "actor_sequence",
                    Indexes.compoundIndex(Indexes.ascending(AuditDocuments.ACTOR_ID), Indexes.descending("_id"))),
            IndexDefinition.forQueries(COLLECTION, "target_sequence",
                    Indexes.compoundIndex(Indexes.ascending(AuditDocuments.TARGET_ID), Indexes.descending("_id"))),
            IndexDefinition.forQueries(COLLECTION, "timestamp", Indexes.descending(AuditDocuments.TIMESTAMP)));

    private static final int MAX_ATTEMPTS = 100;
    private static final int WALK_BATCH = 500;
    private static final System.Logger LOG = System.getLogger(MongoAuditTrail.class.getName());

    private final MongoCollection<Document> events;
    private final ReentrantLock appending = new ReentrantLock();
    private Optional<ChainHead> knownHead = Optional.empty();

    public MongoAuditTrail(MongoDatabase database) {
        this.events = database.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY);
    }

    @Override
    public AuditEvent append(Instant timestamp, AuditFacts facts) {
        appending.lock();
        try {
            AuditEvent appended = appendAfter(knownHead.orElseGet(this::readHead), timestamp, facts);
            knownHead = Optional.of(appended.asHead());
            return appended;
        } finally {
            appending.unlock();
        }
    }

    @Override
    public List<AuditEvent> newestFirst(AuditEventQuery query) {
        List<AuditEvent> page = new ArrayList<>();
        events.find(filterOf(query)).sort(Sorts.descending("_id")).limit(query.limit())
                .forEach(document -> readable(document).ifPresent(page::add));
        return List.copyOf(page);
    }

    @Override
    public void walk(Predicate<StoredAuditEvent> visitor) {
        try (MongoCursor<Document> cursor = events.find().sort(Sorts.ascending("_id")).batchSize(WALK_BATCH).cursor()) {
            boolean going = true;
            while (going && cursor.hasNext()) {
                going = visitor.test(AuditDocuments.read(cursor.next()));
            }
        }
    }

    /** Listing skips what cannot be read, and says so; verification is where it gets reported. */
    private static Optional<AuditEvent> readable(Document document) {
        return switch (AuditDocuments.read(document)) {
            case StoredAuditEvent.Readable readable -> Optional.of(readable.event());
            case StoredAuditEvent.Unreadable unreadable -> {
                LOG.log(System.Logger.Level.WARNING, "Audit event {0} cannot be read ({1}); verify the audit chain.",
                        document.get("_id"), unreadable.problem());
                yield Optional.empty();
            }
        };
    }

    private AuditEvent appendAfter(ChainHead head, Instant timestamp, AuditFacts facts) {
        ChainHead previous = head;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            AuditEvent event = AuditEvent.seal(previous, timestamp, facts);
            if (inserted(event)) {
                return event;
            }
            pause(attempt);
            previous = readHead();
        }
        throw new IllegalStateException("Could not append to the audit trail after " + MAX_ATTEMPTS
                + " attempts: other instances kept taking the next sequence number.");
    }

    private boolean inserted(AuditEvent event) {
        try {
            events.insertOne(AuditDocuments.toDocument(event));
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** The event with the highest sequence number; documents whose {@code _id} is not a number are not events. */
    private ChainHead readHead() {
        Document last = events.find(Filters.type("_id", "number"))
                .sort(Sorts.descending("_id"))
                .projection(Projections.include(AuditDocuments.HASH))
                .first();
        if (last == null) {
            return ChainHead.genesis();
        }
        long sequence = ((Number) last.get("_id")).longValue();
        return new ChainHead(sequence, last.get(AuditDocuments.HASH) instanceof String hash ? hash : "");
    }

    private static Bson filterOf(AuditEventQuery query) {
        List<Bson> conditions = new ArrayList<>();
        query.action().ifPresent(action -> conditions.add(Filters.eq(AuditDocuments.ACTION, action)));
        query.actorId().ifPresent(actor -> conditions.add(Filters.eq(AuditDocuments.ACTOR_ID, actor)));
        query.targetId().ifPresent(target -> conditions.add(Filters.eq(AuditDocuments.TARGET_ID, target)));
        query.from().ifPresent(from -> conditions.add(Filters.gte(AuditDocuments.TIMESTAMP, Date.from(from))));
        query.to().ifPresent(to -> conditions.add(Filters.lt(AuditDocuments.TIMESTAMP, Date.from(to))));
        query.beforeSequence().ifPresent(before -> conditions.add(Filters.lt("_id", before)));
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 20))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while appending to the audit trail", e);
        }
    }
}
