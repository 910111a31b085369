package mx.ventanilla.notifications.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import mx.ventanilla.notifications.model.Deliveries;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.platform.persistence.IndexDefinition;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The delivery log, collection {@code push_deliveries}: {@code _id} is the delivery key (unique, so a delivery is
 * planned once however many instances plan it), {@code reason}, {@code userId}, {@code deviceId}, {@code target},
 * {@code message{title, body, data}}, {@code status}, {@code attempts}, {@code lastError}, {@code createdAt},
 * {@code nextAttemptAt}, {@code updatedAt}. A pending delivery is claimed by moving its {@code nextAttemptAt} past
 * the lease with a compare-and-set, so only one instance sends it at a time.
 */
public final class MongoDeliveries implements Deliveries {

    static final String COLLECTION = "push_deliveries";
    public static final List<IndexDefinition> INDEXES = List.of(
            IndexDefinition.forQueries(COLLECTION, "status_next", Indexes.ascending("status", "nextAttemptAt")),
            IndexDefinition.forQueries(COLLECTION, "newest", Indexes.descending("createdAt", "_id")));

    private final MongoCollection<Document> log;

    public MongoDeliveries(MongoDatabase database) {
        this.log = database.getCollection(COLLECTION);
    }

    @Override
    public boolean plan(Delivery delivery) {
        try {
            log.insertOne(toDocument(delivery));
            return true;
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Delivery> claimed = new ArrayList<>();
        Bson due = Filters.and(Filters.eq("status", DeliveryStatus.PENDING.name()),
                Filters.lte("nextAttemptAt", Date.from(now)));
        for (Document candidate : log.find(due).sort(Sorts.ascending("nextAttemptAt")).limit(limit)) {
            if (claim(candidate, leaseUntil)) {
                claimed.add(toDelivery(candidate));
            }
        }
        return claimed;
    }

    private boolean claim(Document candidate, Instant leaseUntil) {
        Bson unchanged = Filters.and(Filters.eq("_id", candidate.get("_id")),
                Filters.eq("status", DeliveryStatus.PENDING.name()),
                Filters.eq("nextAttemptAt", candidate.getDate("nextAttemptAt")));
        return log.updateOne(unchanged, Updates.set("nextAttemptAt", Date.from(leaseUntil))).getModifiedCount() == 1;
    }

    @Override
    public void record(Delivery delivery) {
        log.updateOne(Filters.eq("_id", delivery.key()), Updates.combine(
                Updates.set("status", delivery.status().name()),
                Updates.set("attempts", delivery.attempts()),
                Updates.set("lastError", delivery.lastError().orElse(null)),
                Updates.set("nextAttemptAt", Date.from(delivery.nextAttemptAt())),
                Updates.set("updatedAt", Date.from(delivery.updatedAt()))));
    }

    @Override
    public List<Delivery> newestFirst(Optional<DeliveryStatus> status, Optional<String> beforeKey, int limit) {
        List<Bson> filters = new ArrayList<>();
        status.ifPresent(value -> filters.add(Filters.eq("status", value.name())));
        beforeKey.flatMap(this::positionOf).ifPresent(filters::add);
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<Delivery> page = new ArrayList<>();
        log.find(filter).sort(Sorts.descending("createdAt", "_id")).limit(limit)
                .forEach(document -> page.add(toDelivery(document)));
        return page;
    }

    private Optional<Bson> positionOf(String key) {
        Document cursor = log.find(Filters.eq("_id", key)).first();
        if (cursor == null) {
            return Optional.of(Filters.lt("_id", key));
        }
        Date createdAt = cursor.getDate("createdAt");
        return Optional.of(Filters.or(Filters.lt("createdAt", createdAt),
                Filters.and(Filters.eq("createdAt", createdAt), Filters.lt("_id", key))));
    }

    private static Document toDocument(Delivery delivery) {
        return new Document("_id", delivery.key())
                .append("reason", delivery.reason().name())
                .append("userId", delivery.userId())
                .append("deviceId", delivery.deviceId())
                .append("target", MongoPushDevices.targetDocument(delivery.target()))
                .append("message", new Document("title", delivery.message().title())
                        .append("body", delivery.message().body())
                        .append("data", new Document(Map.copyOf(delivery.message().data()))))
                .append("status", delivery.status().name())
                .append("attempts", delivery.attempts())
                .append("lastError", delivery.lastError().orElse(null))
                .append("createdAt", Date.from(delivery.createdAt()))
                .append("nextAttemptAt", Date.from(delivery.nextAttemptAt()))
                .append("updatedAt", Date.from(delivery.updatedAt()));
    }

    private static Delivery toDelivery(Document document) {
        Document message = document.get("message", Document.class);
        Map<String, String> data = new HashMap<>();
        message.get("data", Document.class).forEach((key, value) -> data.put(key, String.valueOf(value)));
        return new Delivery(document.getString("_id"), Delivery.Reason.valueOf(document.getString("reason")),
                document.getString("userId"), document.getString("deviceId"),
                MongoPushDevices.targetOf(document.get("target", Document.class)),
                new PushMessage(message.getString("title"), message.getString("body"), data),
                DeliveryStatus.valueOf(document.getString("status")), document.getInteger("attempts", 0),
                Optional.ofNullable(document.getString("lastError")), document.getDate("createdAt").toInstant(),
                document.getDate("nextAttemptAt").toInstant(), document.getDate("updatedAt").toInstant());
    }
}
