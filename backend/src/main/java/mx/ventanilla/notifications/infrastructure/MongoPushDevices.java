package mx.ventanilla.notifications.infrastructure;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushDevices;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.platform.persistence.IndexDefinition;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@code push_devices} collection: one document per user and device ({@code userId}, {@code deviceId} unique
 * together), {@code label}, {@code registeredAt} and {@code target}: {@code channel} with {@code token} (FCM) or
 * {@code endpoint}, {@code p256dh}, {@code auth} (Web Push).
 */
public final class MongoPushDevices implements PushDevices {

    static final String COLLECTION = "push_devices";
    public static final List<IndexDefinition> INDEXES = List.of(
            IndexDefinition.unique(COLLECTION, "user_device", Indexes.ascending("userId", "deviceId")));

    private final MongoCollection<Document> devices;

    public MongoPushDevices(MongoDatabase database) {
        this.devices = database.getCollection(COLLECTION);
    }

    @Override
    public void save(PushDevice device) {
        devices.replaceOne(key(device.userId(), device.deviceId()), toDocument(device),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public boolean remove(String userId, String deviceId) {
        return devices.deleteOne(key(userId, deviceId)).getDeletedCount() > 0;
    }

    @Override
    public List<PushDevice> ofUser(String userId) {
        List<PushDevice> found = new ArrayList<>();
        devices.find(Filters.eq("userId", userId)).sort(Sorts.descending("registeredAt"))
                .forEach(document -> found.add(toDevice(document)));
        return found;
    }

    private static Bson key(String userId, String deviceId) {
        return Filters.and(Filters.eq("userId", userId), Filters.eq("deviceId", deviceId));
    }

    private static Document toDocument(PushDevice device) {
        return new Document("userId", device.userId())
                .append("deviceId", device.deviceId())
                .append("label", device.label())
                .append("registeredAt", Date.from(device.registeredAt()))
                .append("target", targetDocument(device.target()));
    }

    private static PushDevice toDevice(Document document) {
        return new PushDevice(document.getString("userId"), document.getString("deviceId"),
                document.getString("label"), targetOf(document.get("target", Document.class)),
                document.getDate("registeredAt").toInstant());
    }

    static PushTarget targetOf(Document document) {
        return PushChannel.valueOf(document.getString("channel")) == PushChannel.FCM
                ? new PushTarget.FcmToken(document.getString("token"))
                : new PushTarget.WebPushSubscription(document.getString("endpoint"), document.getString("p256dh"),
                        document.getString("auth"));
    }

    static Document targetDocument(PushTarget target) {
        Document document = new Document("channel", target.channel().name());
        switch (target) {
            case PushTarget.FcmToken fcm -> document.append("token", fcm.token());
            case PushTarget.WebPushSubscription web -> document.append("endpoint", web.endpoint())
                    .append("p256dh", web.p256dh()).append("auth", web.auth());
        }
        return document;
    }
}
