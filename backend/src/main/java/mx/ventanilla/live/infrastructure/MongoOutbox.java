package mx.ventanilla.live.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.live.model.EventSummary;
import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.Outbox;
import mx.ventanilla.live.model.OutboxMessage;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@code outbox} collection as the feed reads it: {@code _id} (a position from the {@code events} sequence),
 * {@code type}, {@code correspondenceId}, {@code turnId}, {@code audiencePath[]}, {@code grants[]}, {@code at},
 * {@code payload} (folio, subject, state, recipientUnitId, recipientUserId, dueDate as an ISO date string,
 * trafficLight). The correspondence write path writes it; documents without that shape are skipped with a log line.
 */
public final class MongoOutbox implements Outbox {

    public static final String COLLECTION = "outbox";

    private static final System.Logger LOG = System.getLogger(MongoOutbox.class.getName());

    private final MongoCollection<Document> collection;

    public MongoOutbox(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public List<OutboxMessage> after(long after, Collection<Long> skip, int limit) {
        Bson filter = skip.isEmpty()
                ? Filters.gt("_id", after)
                : Filters.and(Filters.gt("_id", after), Filters.nin("_id", skip));
        List<OutboxMessage> messages = new ArrayList<>();
        for (Document document : collection.find(filter).sort(Sorts.ascending("_id")).limit(limit)) {
            fromDocument(document).ifPresent(messages::add);
        }
        return messages;
    }

    @Override
    public long highestSequence() {
        Document last = collection.find().projection(Projections.include("_id"))
                .sort(Sorts.descending("_id")).limit(1).first();
        return last == null ? 0 : ((Number) last.get("_id")).longValue();
    }

    static Optional<OutboxMessage> fromDocument(Document document) {
        try {
            return Optional.of(read(document));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Outbox message {0} does not have the expected shape and is not "
                    + "streamed: {1}", document.get("_id"), e.toString());
            return Optional.empty();
        }
    }

    private static OutboxMessage read(Document document) {
        EventType type = EventType.ofWireName(document.getString("type"))
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + document.get("type")));
        return new OutboxMessage(((Number) document.get("_id")).longValue(), type,
                required(document, "correspondenceId"),
                Optional.ofNullable(document.getString("turnId")),
                document.getList("audiencePath", String.class, List.of()),
                document.getList("grants", String.class, List.of()),
                document.getDate("at").toInstant(),
                summary(document.get("payload", new Document())));
    }

    private static EventSummary summary(Document payload) {
        EventSummary.Builder summary = EventSummary.builder();
        text(payload, "folio").ifPresent(summary::folio);
        text(payload, "subject").ifPresent(summary::subject);
        text(payload, "state").ifPresent(summary::state);
        text(payload, "recipientUnitId").ifPresent(summary::recipientUnitId);
        text(payload, "recipientUserId").ifPresent(summary::recipientUserId);
        text(payload, "dueDate").map(LocalDate::parse).ifPresent(summary::dueDate);
        text(payload, "trafficLight").ifPresent(summary::trafficLight);
        return summary.build();
    }

    private static Optional<String> text(Document document, String key) {
        return Optional.ofNullable(document.get(key)).map(Object::toString);
    }

    private static String required(Document document, String key) {
        return text(document, key).orElseThrow(() -> new IllegalArgumentException("missing " + key));
    }
}
