package mx.ventanilla.notifications.infrastructure;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * How far notifications have read the outbox, shared by every instance: document {@code outbox} in
 * {@code push_checkpoints}, {@code position} only ever raised ({@code $max}). Reading again from a lower position is
 * harmless because delivery keys are unique; the checkpoint only saves work after a restart.
 */
public final class MongoDeliveryCheckpoint {

    private static final String ID = "outbox";

    private final MongoCollection<Document> checkpoints;

    public MongoDeliveryCheckpoint(MongoDatabase database) {
        this.checkpoints = database.getCollection("push_checkpoints");
    }

    public Optional<Long> position() {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", ID)).first())
                .map(document -> ((Number) document.get("position")).longValue());
    }

    public void advance(long position) {
        checkpoints.updateOne(Filters.eq("_id", ID), Updates.max("position", position),
                new UpdateOptions().upsert(true));
    }
}
