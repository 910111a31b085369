package mx.ventanilla.audit.infrastructure;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.audit.model.AuditActor;
import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.audit.model.StoredAuditEvent;
import org.bson.Document;

/**
 * How an audit event is stored. Reading is defensive: a document someone edited by hand becomes
 * {@link StoredAuditEvent.Unreadable} instead of an exception, so that verification can say where the chain broke.
 */
final class AuditDocuments {

    static final String SEQUENCE = "_id";
    static final String TIMESTAMP = "timestamp";
    static final String ACTOR_ID = "actor.subjectId";
    static final String ACTION = "action";
    static final String TARGET_ID = "targetId";
    static final String HASH = "hash";

    private AuditDocuments() {
    }

    static Document toDocument(AuditEvent event) {
        AuditFacts facts = event.facts();
        Document document = new Document(SEQUENCE, event.sequence())
                .append(TIMESTAMP, Date.from(event.timestamp()))
                .append("actor", new Document("subjectId", facts.actor().subjectId())
                        .append("name", facts.actor().name())
                        .append("kind", facts.actor().kind().name()))
                .append(ACTION, facts.action());
        facts.targetId().ifPresent(target -> document.append(TARGET_ID, target));
        return document.append("outcome", facts.outcome())
                .append("requestId", facts.requestId())
                .append("clientAddress", facts.clientAddress())
                .append("argumentNames", facts.argumentNames())
                .append("previousHash", event.previousHash())
                .append(HASH, event.hash());
    }

    static StoredAuditEvent read(Document document) {
        Optional<String> storedHash = Optional.ofNullable(document.get(HASH))
                .filter(String.class::isInstance).map(String.class::cast);
        Optional<Long> sequence = sequenceOf(document);
        if (sequence.isEmpty()) {
            return new StoredAuditEvent.Unreadable(Optional.empty(), storedHash,
                    "its _id " + document.get(SEQUENCE) + " is not a sequence number.");
        }
        try {
            return new StoredAuditEvent.Readable(event(sequence.get(), document));
        } catch (UnreadableField e) {
            return new StoredAuditEvent.Unreadable(sequence, storedHash, e.getMessage());
        }
    }

    static Optional<Long> sequenceOf(Document document) {
        if (!(document.get(SEQUENCE) instanceof Number number)) {
            return Optional.empty();
        }
        boolean whole = number.doubleValue() == Math.rint(number.doubleValue());
        return whole ? Optional.of(number.longValue()) : Optional.empty();
    }

    private static AuditEvent event(long sequence, Document document) {
        Document actor = field(document, "actor", Document.class);
        AuditFacts facts = new AuditFacts(
                new AuditActor(field(actor, "subjectId", String.class), field(actor, "name", String.class),
                        kind(field(actor, "kind", String.class))),
                field(document, ACTION, String.class),
                Optional.ofNullable(document.get(TARGET_ID)).map(target -> field(document, TARGET_ID, String.class)),
                field(document, "outcome", String.class),
                field(document, "requestId", String.class),
                field(document, "clientAddress", String.class),
                strings(document, "argumentNames"));
        return new AuditEvent(sequence, field(document, TIMESTAMP, Date.class).toInstant(), facts,
                field(document, "previousHash", String.class), field(document, HASH, String.class));
    }

    private static <T> T field(Document document, String name, Class<T> type) {
        Object value = document.get(name);
        if (!type.isInstance(value)) {
            throw new UnreadableField("field '" + name + "' is missing or not a " + type.getSimpleName() + ".");
        }
        return type.cast(value);
    }

    private static List<String> strings(Document document, String name) {
        List<?> values = field(document, name, List.class);
        if (!values.stream().allMatch(String.class::isInstance)) {
            throw new UnreadableField("field '" + name + "' holds something other than strings.");
        }
        return values.stream().map(String.class::cast).toList();
    }

    private static AuditActor.Kind kind(String name) {
        try {
            return AuditActor.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new UnreadableField("actor kind '" + name + "' is unknown.");
        }
    }

    /** A field that is not what an audit event has there. */
    private static final class UnreadableField extends RuntimeException {
        UnreadableField(String message) {
            super(message, null, false, false);
        }
    }
}
