package mx.ventanilla.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage contract on a real MongoDB 7.0 single-node replica set, which also has multi-document transactions.
 * Needs a Docker engine; without one the class is reported as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoReplicaSetIT extends MongoStorageContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    private static MongoStore store;

    @BeforeAll
    static void connect() {
        store = MongoStore.open(new MongoSettings(Optional.of(MONGO.getReplicaSetUrl()), "ventanilla",
                Path.of("unused")));
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    @Override
    MongoStore store() {
        return store;
    }

    @Test
    void replicaSetRunsUnitsOfWorkInRealTransactions() {
        assertThat(store.isEmbedded()).isFalse();
        assertThat(store.supportsTransactions()).isTrue();
        assertThat(Transactions.of(store).isTransactional()).isTrue();
    }

    @Test
    void writesInsideATransactionStayInvisibleOutsideUntilItCommits() {
        MongoCollection<Document> things = database.getCollection("things");
        things.insertOne(new Document("_id", "existing"));

        Transactions.of(store).run(unit -> {
            unit.insertOne(things, new Document("_id", "pending"));

            assertThat(unit.isTransactional()).isTrue();
            assertThat(unit.find(things, Filters.eq("_id", "pending")).first()).isNotNull();
            assertThat(things.find(Filters.eq("_id", "pending")).first()).isNull();
        });

        assertThat(things.find(Filters.eq("_id", "pending")).first()).isNotNull();
    }
}
