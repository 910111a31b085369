package mx.ventanilla.platform.persistence;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store reads back, after a restart of the whole backend, every kind of value the features store. The
 * web server installs a JVM-wide deserialisation filter, and the embedded server's H2 file holds serialised Java
 * objects: this is where a missing allow-list entry would show.
 */
class EmbeddedDataSurvivesRestartIT {

    @Test
    void everyBsonTypeWeStoreIsReadBackAfterARestart(@TempDir Path dataDirectory) {
        Document written = new Document("_id", new ObjectId())
                .append("text", "Oficialía de partes — folio DG-2026-000123")
                .append("int", 42)
                .append("long", 9_000_000_000L)
                .append("double", 2.5)
                .append("flag", true)
                .append("nothing", null)
                .append("when", new Date(1_772_386_200_123L))
                .append("decimal", Decimal128.parse("1234.50"))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("list", List.of("a", 1, new Document("nested", true)))
                .append("map", new Document("unit", "DG").append("levels", List.of(1L, 2L)));
        try (RunningVentanilla first = RunningVentanilla.start(dataDirectory)) {
            things(first).insertOne(written);
            DeclaredIndexes.ensure(first.ventanilla().mongo().database(),
                    List.of(IndexDefinition.unique("things", "text_unique", new Document("text", 1))));
        }

        try (RunningVentanilla second = RunningVentanilla.start(dataDirectory)) {
            Document read = things(second).find(Filters.eq("_id", written.getObjectId("_id"))).first();

            assertThat(read).isEqualTo(written);
            assertThat(things(second).countDocuments(Filters.eq("text", written.getString("text")))).isEqualTo(1);
        }
    }

    private static MongoCollection<Document> things(RunningVentanilla backend) {
        return backend.ventanilla().mongo().database().getCollection("things");
    }
}
