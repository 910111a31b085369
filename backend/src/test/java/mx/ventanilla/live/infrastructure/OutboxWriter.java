package mx.ventanilla.live.infrastructure;

import java.util.Date;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import mx.ventanilla.live.model.EventSummary;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.platform.persistence.Sequences;
import org.bson.Document;

/**
 * Writes outbox messages in the shape the correspondence write path stores, numbered from the same {@code events}
 * sequence, so that feed tests can put exactly the messages they need into a running backend's outbox.
 */
public final class OutboxWriter {

    /** The sequence outbox positions (and timeline entries) are drawn from. */
    public static final String SEQUENCE = "events";

    private final MongoCollection<Document> collection;
    private final Sequences sequences;

    public OutboxWriter(MongoDatabase database) {
        this.collection = database.getCollection(MongoOutbox.COLLECTION);
        this.sequences = new Sequences(database);
    }

    /** Stores the message under the next position and returns it with that number. */
    public OutboxMessage append(OutboxMessage message) {
        OutboxMessage numbered = message.withSequence(sequences.next(SEQUENCE));
        collection.insertOne(toDocument(numbered));
        return numbered;
    }

    private static Document toDocument(OutboxMessage message) {
        EventSummary summary = message.summary();
        Document payload = new Document();
        summary.folio().ifPresent(value -> payload.append("folio", value));
        summary.subject().ifPresent(value -> payload.append("subject", value));
        summary.state().ifPresent(value -> payload.append("state", value));
        summary.recipientUnitId().ifPresent(value -> payload.append("recipientUnitId", value));
        summary.recipientUserId().ifPresent(value -> payload.append("recipientUserId", value));
        summary.dueDate().ifPresent(value -> payload.append("dueDate", value.toString()));
        summary.trafficLight().ifPresent(value -> payload.append("trafficLight", value));
        Document document = new Document("_id", message.sequence())
                .append("type", message.type().wireName())
                .append("correspondenceId", message.correspondenceId());
        message.turnId().ifPresent(value -> document.append("turnId", value));
        return document.append("audiencePath", message.audiencePath())
                .append("grants", message.grants())
                .append("at", Date.from(message.at()))
                .append("payload", payload);
    }
}
