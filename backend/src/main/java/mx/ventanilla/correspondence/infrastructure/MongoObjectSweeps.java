package mx.ventanilla.correspondence.infrastructure;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.correspondence.model.ObjectSweeps;
import mx.ventanilla.platform.persistence.IndexDefinition;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Sweep reports in the {@code objectSweeps} collection, one document per sweep, read newest first. */
public final class MongoObjectSweeps implements ObjectSweeps {

    public static final String COLLECTION = "objectSweeps";

    public static final List<IndexDefinition> INDEXES = List.of(IndexDefinition.forQueries(COLLECTION, "newest_first",
            Indexes.descending("startedAt")));

    private final MongoCollection<Document> reports;

    public MongoObjectSweeps(MongoDatabase database) {
        this.reports = database.getCollection(COLLECTION);
    }

    @Override
    public void record(ObjectSweep sweep) {
        reports.insertOne(new Document("_id", sweep.id())
                .append("trigger", sweep.trigger().name())
                .append("startedAt", Date.from(sweep.startedAt()))
                .append("finishedAt", Date.from(sweep.finishedAt()))
                .append("storedBefore", Date.from(sweep.storedBefore()))
                .append("listed", sweep.listed())
                .append("referenced", sweep.referenced())
                .append("deleted", sweep.deleted())
                .append("failed", sweep.failed())
                .append("bytesFreed", sweep.bytesFreed()));
    }

    @Override
    public List<ObjectSweep> newestFirst(int limit, Optional<ObjectSweep.Position> after) {
        return reports.find(after.map(MongoObjectSweeps::olderThan).orElseGet(Filters::empty)).sort(Sorts.orderBy(Sorts.descending("startedAt"), Sorts.descending("_id")))
                .limit(limit)
                .map(MongoObjectSweeps::toSweep)
                .into(new ArrayList<>());
    }

    private static Bson olderThan(ObjectSweep.Position position) {
        Date startedAt = Date.from(position.startedAt());
        return Filters.or(Filters.lt("startedAt", startedAt),
                Filters.and(Filters.eq("startedAt", startedAt), Filters.lt("_id", position.id())));
    }

    private static ObjectSweep toSweep(Document d) {
        return new ObjectSweep(d.getString("_id"), ObjectSweep.Trigger.valueOf(d.getString("trigger")),
                d.getDate("startedAt").toInstant(), d.getDate("finishedAt").toInstant(),
                d.getDate("storedBefore").toInstant(), count(d, "listed"), count(d, "referenced"),
                count(d, "deleted"), count(d, "failed"), count(d, "bytesFreed"));
    }

    private static long count(Document d, String field) {
        return ((Number) d.get(field)).longValue();
    }
}
