package mx.ventanilla.reporting.infrastructure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.correspondence.infrastructure.TurnDocuments;
import mx.ventanilla.reporting.model.InboxLight;
import mx.ventanilla.reporting.model.InboxTurn;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchText;
import mx.ventanilla.reporting.model.TurnCriteria;
import mx.ventanilla.reporting.model.TurnPosition;
import mx.ventanilla.reporting.model.TurnRow;
import mx.ventanilla.reporting.model.TurnRows;

/**
 * Inbox rows from the {@code turns} collection. Every query starts with an equality on the scope field and an
 * {@code $in} on {@code state}, then ranges on {@code dueDate} and {@code _id}, so that MongoDB reads it from the
 * {@code turns_inbox_unit} or {@code turns_inbox_user} index in due-date order (merging the state ranges) and stops
 * after one page; the keyset is a lower bound on the index, never a skip.
 */
public final class MongoTurnRows implements TurnRows {

    static final String COLLECTION = "turns";
    private static final int EXPORT_BATCH = 500;
    static final Bson ORDER = Sorts.ascending("dueDate", "_id");
    static final Bson FIELDS = Projections.include("correspondenceId", "folio", "subject", "senderName",
            "documentType", "recipientUnitId", "recipientUserId", "instruction", "state", "priority", "issuedAt",
            "dueDate", "yellowFrom");
    static final Bson TURN_FIELDS = Projections.include(TurnDocuments.FIELDS);
    private static final Set<TurnState> OPEN = EnumSet.of(TurnState.SENT, TurnState.RECEIVED, TurnState.RETURNED);

    private final MongoCollection<Document> turns;

    public MongoTurnRows(MongoDatabase database) {
        this.turns = database.getCollection(COLLECTION);
    }

    @Override
    public List<TurnRow> fetch(TurnCriteria criteria, int limit) {
        List<TurnRow> rows = new ArrayList<>();
        find(criteria).limit(limit).forEach(document -> rows.add(row(document, criteria)));
        return rows;
    }

    @Override
    public List<InboxTurn> fetchTurns(TurnCriteria criteria, int limit) {
        List<InboxTurn> page = new ArrayList<>();
        turns.find(filter(criteria)).sort(ORDER).projection(TURN_FIELDS).limit(limit).forEach(document ->
                page.add(new InboxTurn(row(document, criteria), TurnDocuments.listed(document))));
        return page;
    }

    @Override
    public long forEach(TurnCriteria criteria, Consumer<TurnRow> sink) {
        long count = 0;
        try (MongoCursor<Document> cursor = find(criteria).batchSize(EXPORT_BATCH).cursor()) {
            while (cursor.hasNext()) {
                sink.accept(row(cursor.next(), criteria));
                count++;
            }
        }
        return count;
    }

    private FindIterable<Document> find(TurnCriteria criteria) {
        return turns.find(filter(criteria)).sort(ORDER).projection(FIELDS);
    }

    static Bson filter(TurnCriteria criteria) {
        List<Bson> parts = new ArrayList<>();
        parts.add(Filters.eq(criteria.scope() == Scope.MINE ? "recipientUserId" : "recipientUnitPath",
                criteria.scopeId()));
        parts.add(Filters.in("state", states(criteria).stream().map(Enum::name).sorted().toList()));
        criteria.after().ifPresent(position -> parts.add(after(position)));
        parts.add(StoredFields.notReservedUnlessGranted(criteria.viewerId()));
        lights(criteria).ifPresent(parts::add);
        criteria.issuedFrom().ifPresent(from -> parts.add(Filters.gte("issuedAt", from)));
        criteria.issuedBefore().ifPresent(before -> parts.add(Filters.lt("issuedAt", before)));
        criteria.documentType().ifPresent(type -> parts.add(Filters.eq("documentType", type)));
        criteria.priority().ifPresent(priority -> parts.add(Filters.eq("priority", priority.name())));
        criteria.sender().ifPresent(text -> parts.add(
                Filters.regex("senderName", SearchText.accentInsensitivePattern(text), "i")));
        return Filters.and(parts);
    }

    private static Set<TurnState> states(TurnCriteria criteria) {
        if (criteria.lights().isEmpty()) {
            return criteria.states();
        }
        Set<TurnState> open = EnumSet.copyOf(OPEN);
        open.retainAll(criteria.states());
        return open;
    }

    private static Bson after(TurnPosition position) {
        String due = position.dueDate().toString();
        return Filters.and(Filters.gte("dueDate", due),
                Filters.nor(Filters.and(Filters.eq("dueDate", due), Filters.lte("_id", position.id()))));
    }

    private static Optional<Bson> lights(TurnCriteria criteria) {
        if (criteria.lights().isEmpty()) {
            return Optional.empty();
        }
        String today = criteria.today().toString();
        List<Bson> any = criteria.lights().stream().sorted().map(light -> light(light, today)).toList();
        return Optional.of(any.size() == 1 ? any.getFirst() : Filters.or(any));
    }

    private static Bson light(TrafficLight light, String today) {
        return switch (light) {
            case RED -> Filters.lt("dueDate", today);
            case YELLOW -> Filters.and(Filters.lte("yellowFrom", today), Filters.gte("dueDate", today));
            case GREEN -> Filters.gt("yellowFrom", today);
        };
    }

    private static TurnRow row(Document d, TurnCriteria criteria) {
        TurnState state = TurnState.valueOf(d.getString("state"));
        var dueDate = StoredFields.date(d, "dueDate");
        var yellowFrom = Optional.ofNullable(d.getString("yellowFrom")).map(java.time.LocalDate::parse)
                .orElse(dueDate);
        return new TurnRow(d.getString("_id"), StoredFields.text(d, "correspondenceId"), StoredFields.text(d, "folio"),
                StoredFields.text(d, "subject"), StoredFields.text(d, "senderName"),
                StoredFields.text(d, "documentType"), StoredFields.text(d, "recipientUnitId"),
                Optional.ofNullable(d.getString("recipientUserId")),
                TurnInstruction.valueOf(d.getString("instruction")), state, Priority.valueOf(d.getString("priority")),
                StoredFields.instant(d, "issuedAt").orElseThrow(), dueDate,
                InboxLight.of(state, dueDate, yellowFrom, criteria.today()));
    }
}
