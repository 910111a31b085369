package mx.ventanilla.correspondence.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.correspondence.model.Changes;
import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceEvent;
import mx.ventanilla.correspondence.model.CorrespondenceLedger;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.TimelineEntry;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.persistence.IndexDefinition;
import mx.ventanilla.platform.persistence.MongoErrors;
import mx.ventanilla.platform.persistence.Sequences;
import mx.ventanilla.platform.persistence.Transactions;
import mx.ventanilla.platform.persistence.UnitOfWork;
import mx.ventanilla.scans.model.ScanSet;
import mx.ventanilla.scans.model.ScanStatus;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Correspondence in MongoDB: the {@code correspondence}, {@code turns}, {@code timeline} and {@code outbox}
 * collections, written together in one unit of work. A changed item or turn is stored only over the version it was
 * read at (compare-and-set), so of two concurrent changes exactly one wins. Timeline entries and outbox messages
 * share one position from the {@code events} sequence, so consumers read the outbox in order by {@code _id}.
 */
public final class MongoCorrespondence implements Correspondences, CorrespondenceLedger {

    public static final String ITEMS = "correspondence";
    public static final String TURNS = "turns";
    public static final String TIMELINE = "timeline";
    public static final String OUTBOX = "outbox";
    static final String EVENT_SEQUENCE = "events";

    public static final List<IndexDefinition> INDEXES = List.of(
            IndexDefinition.unique(ITEMS, "folio_unique", Indexes.ascending("folio")),
            IndexDefinition.unique(ITEMS, "idempotency_unique", Indexes.ascending("idempotencyScope")),
            IndexDefinition.forQueries(ITEMS, "audience", Indexes.ascending("audiencePath", "status")),
            IndexDefinition.forQueries(TURNS, "by_item", Indexes.ascending("correspondenceId", "createdAt")),
            IndexDefinition.forQueries(TIMELINE, "by_item", Indexes.ascending("correspondenceId", "at")),
            IndexDefinition.forQueries(OUTBOX, "by_time", Indexes.ascending("at")),
            IndexDefinition.forQueries(ITEMS, "pending_scans", Indexes.ascending("scans.status", "createdAt")));

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> turns;
    private final MongoCollection<Document> timeline;
    private final MongoCollection<Document> outbox;
    private final Transactions transactions;
    private final Sequences sequences;

    public MongoCorrespondence(MongoDatabase database, Transactions transactions, Sequences sequences) {
        this.items = database.getCollection(ITEMS);
        this.turns = database.getCollection(TURNS);
        this.timeline = database.getCollection(TIMELINE);
        this.outbox = database.getCollection(OUTBOX);
        this.transactions = transactions;
        this.sequences = sequences;
    }

    @Override
    public Optional<Correspondence> findById(String id) {
        return Optional.ofNullable(items.find(Filters.eq("_id", id)).first()).map(Documents::toItem);
    }

    @Override
    public Optional<Correspondence> findByFolio(Folio folio) {
        return Optional.ofNullable(items.find(Filters.eq("folio", folio.toString())).first()).map(Documents::toItem);
    }

    @Override
    public List<Correspondence> findAllById(Collection<String> ids) {
        return items.find(Filters.in("_id", ids)).map(Documents::toItem).into(new ArrayList<>());
    }

    @Override
    public Optional<Correspondence> findByIdempotencyKey(String userId, String key) {
        return Optional.ofNullable(items.find(Filters.eq("idempotencyScope", userId + "/" + key)).first())
                .map(Documents::toItem);
    }

    @Override
    public List<Turn> turnsOf(String correspondenceId) {
        return turns.find(Filters.eq("correspondenceId", correspondenceId))
                .sort(Sorts.ascending("createdAt", "batchIndex"))
                .map(Documents::toTurn)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<Turn> findTurn(String turnId) {
        return Optional.ofNullable(turns.find(Filters.eq("_id", turnId)).first()).map(Documents::toTurn);
    }

    @Override
    public List<Turn> findTurns(Collection<String> turnIds) {
        return turns.find(Filters.in("_id", turnIds)).map(Documents::toTurn).into(new ArrayList<>());
    }

    @Override
    public List<Turn> turnsOfAll(Collection<String> correspondenceIds) {
        return turns.find(Filters.in("correspondenceId", correspondenceIds))
                .sort(Sorts.ascending("createdAt", "batchIndex"))
                .map(Documents::toTurn)
                .into(new ArrayList<>());
    }

    @Override
    public List<TimelineEntry> timeline(String correspondenceId, long afterPosition, int limit) {
        return timeline.find(Filters.and(Filters.eq("correspondenceId", correspondenceId),
                        Filters.gt("_id", afterPosition)))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(MongoCorrespondence::toEntry)
                .into(new ArrayList<>());
    }

    @Override
    public List<String> withPendingScans(int limit) {
        return items.find(Filters.eq("scans.status", ScanStatus.PENDING.name()))
                .projection(new Document("_id", 1))
                .sort(Sorts.ascending("createdAt"))
                .limit(limit)
                .map(d -> d.getString("_id"))
                .into(new ArrayList<>());
    }

    @Override
    public void replaceScans(Correspondence current, ScanSet next, CorrespondenceEvent event) {
        long position = sequences.next(EVENT_SEQUENCE);
        Bson same = Filters.and(Filters.eq("_id", current.id()),
                Filters.eq("scans.id", current.scans().map(ScanSet::id).orElse(null)));
        Document change = new Document("$set", new Document("scans", Documents.scans(next))
                .append("updatedAt", Date.from(event.at())));
        transactions.run(unit -> {
            if (unit.updateOne(items, same, change).isEmpty()) {
                throw new ConflictException("The pages of item " + current.folio() + " were changed by someone else "
                        + "at the same time; reload it and try again.");
            }
            record(unit, position, event, current);
        });
    }

    @Override
    public void commit(Changes changes) {
        List<Long> positions = changes.events().stream().map(event -> sequences.next(EVENT_SEQUENCE)).toList();
        Correspondence audience = changes.newItem().or(changes::changedItem)
                .or(() -> changes.events().stream().findFirst().flatMap(event -> findById(event.correspondenceId())))
                .orElseThrow(() -> new IllegalStateException("Changes without an item to address them to"));
        Document access = accessOf(audience);
        transactions.run(unit -> {
            changes.changedItem().ifPresent(item -> replace(unit, items, withoutScans(Documents.item(item)),
                    item.version(), "Item " + item.folio()));
            changes.changedTurns().forEach(turn -> replace(unit, turns, withAccess(Documents.turn(turn), access),
                    turn.version(), "Turn " + turn.id()));
            for (int i = 0; i < changes.newTurns().size(); i++) {
                Turn turn = changes.newTurns().get(i);
                unit.insertOne(turns, withAccess(Documents.turn(turn), access)
                        .append("createdAt", Date.from(turn.issuedAt()))
                        .append("batchIndex", i));
            }
            changes.changedItem().ifPresent(item -> refreshTurnAccess(unit, changes, access));
            for (int i = 0; i < positions.size(); i++) {
                record(unit, positions.get(i), changes.events().get(i), audience);
            }
            changes.newItem().ifPresent(item -> insertItem(unit, item));
        });
    }

    /**
     * Turns carry their item's confidentiality and grants, so that inbox queries filter reserved items without a
     * join; when an item's grants change, its other turns are brought up to date in the same unit of work.
     */
    private void refreshTurnAccess(UnitOfWork unit, Changes changes, Document access) {
        List<String> written = java.util.stream.Stream.concat(changes.changedTurns().stream(),
                changes.newTurns().stream()).map(Turn::id).toList();
        String itemId = changes.changedItem().orElseThrow().id();
        List<Object> stale = new ArrayList<>();
        unit.find(turns, Filters.and(Filters.eq("correspondenceId", itemId), Filters.nin("_id", written)))
                .projection(new Document("grants", 1).append("confidentiality", 1))
                .forEach(turn -> {
                    boolean current = access.get("grants").equals(turn.get("grants"))
                            && access.get("confidentiality").equals(turn.get("confidentiality"));
                    if (!current) {
                        stale.add(turn.get("_id"));
                    }
                });
        stale.forEach(id -> unit.updateOne(turns, Filters.eq("_id", id), new Document("$set", access)));
    }

    /** Scan sets change only through {@link #replaceScans}, which digitisation in the background relies on. */
    private static Document withoutScans(Document item) {
        item.remove("scans");
        return item;
    }

    private static Document accessOf(Correspondence item) {
        List<String> grants = new ArrayList<>(item.grants());
        grants.sort(null);
        return new Document("confidentiality", item.confidentiality().name()).append("grants", grants);
    }

    private static Document withAccess(Document turn, Document access) {
        turn.putAll(access);
        return turn;
    }

    private void insertItem(UnitOfWork unit, Correspondence item) {
        try {
            unit.insertOne(items, Documents.item(item));
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e) && e.getMessage().contains("idempotency")) {
                throw new IdempotencyKeyTaken();
            }
            throw e;
        }
    }

    private static void replace(UnitOfWork unit, MongoCollection<Document> collection, Document document,
                                long version, String what) {
        Object id = document.remove("_id");
        Bson current = Filters.and(Filters.eq("_id", id), Filters.eq("version", version - 1));
        if (unit.updateOne(collection, current, new Document("$set", document)).isEmpty()) {
            throw new ConflictException(what + " was changed by someone else at the same time; reload it and "
                    + "try again.");
        }
    }

    private void record(UnitOfWork unit, long position, CorrespondenceEvent event, Correspondence item) {
        Document details = new Document(event.details());
        Date at = Date.from(event.at());
        unit.insertOne(timeline, new Document("_id", position)
                .append("correspondenceId", event.correspondenceId())
                .append("turnId", event.turnId().orElse(null))
                .append("type", event.type())
                .append("at", at)
                .append("actor", Documents.actor(event.actor()))
                .append("details", details));
        unit.insertOne(outbox, new Document("_id", position)
                .append("type", outboxType(event))
                .append("event", event.type())
                .append("correspondenceId", event.correspondenceId())
                .append("turnId", event.turnId().orElse(null))
                .append("folio", item.folio().toString())
                .append("audiencePath", item.audiencePath())
                .append("confidentiality", item.confidentiality().name())
                .append("grants", outboxGrants(item))
                .append("at", at)
                .append("payload", new Document(event.details())
                        .append("folio", item.folio().toString())
                        .append("subject", item.subject())));
    }

    /** Consumers read non-empty outbox grants as "only these users": a public item's grants must not narrow it. */
    private static List<String> outboxGrants(Correspondence item) {
        return item.confidentiality() == Confidentiality.RESERVED ? new ArrayList<>(item.grants()) : List.of();
    }

    private static String outboxType(CorrespondenceEvent event) {
        if (event.assignsTurn()) {
            return "turnAssigned";
        }
        return event.turnId().isPresent() ? "turnUpdated" : "correspondenceUpdated";
    }

    private static TimelineEntry toEntry(Document d) {
        Document details = d.get("details", Document.class);
        Map<String, String> values = new HashMap<>();
        details.forEach((key, value) -> values.put(key, String.valueOf(value)));
        return new TimelineEntry(d.getLong("_id"), d.getString("correspondenceId"),
                Optional.ofNullable(d.getString("turnId")), d.getString("type"), d.getDate("at").toInstant(),
                Documents.toActor(d.get("actor", Document.class)), values);
    }
}
