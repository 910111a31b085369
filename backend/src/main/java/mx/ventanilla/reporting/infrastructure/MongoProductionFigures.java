package mx.ventanilla.reporting.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.conversions.Bson;

import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.reporting.model.DailyCount;
import mx.ventanilla.reporting.model.DeadlineFact;
import mx.ventanilla.reporting.model.Measure;
import mx.ventanilla.reporting.model.ProductionFigures;
import mx.ventanilla.reporting.model.StatisticsScope;

/**
 * Production figures by aggregation: each measure is one {@code $match} on its unit field ({@code $in} the reported
 * units) and date range, served by a {@code {unit, date}} index, then one {@code $group} per unit and day with
 * {@code $dateToString} in the institution's time zone (both work on the embedded server; {@code $dateTrunc} does
 * not). Timeliness needs business days, so those turns are streamed and judged in Java.
 */
public final class MongoProductionFigures implements ProductionFigures {

    private static final Map<Measure, Source> SOURCES = Map.of(
            Measure.REGISTERED, new Source(MongoCorrespondenceRows.COLLECTION, "registeredUnitId", "receivedAt"),
            Measure.SENT, new Source(MongoTurnRows.COLLECTION, "issuerUnitId", "issuedAt"),
            Measure.RECEIVED, new Source(MongoTurnRows.COLLECTION, "recipientUnitId", "receivedAt"),
            Measure.RESPONSES, new Source(MongoTurnRows.COLLECTION, "recipientUnitId", "answeredAt"),
            Measure.CONCLUDED, new Source(MongoTurnRows.COLLECTION, "recipientUnitId", "concludedAt"));
    private static final List<String> NEVER_DUE = List.of(
            TurnState.PROPOSED.name(), TurnState.REJECTED.name(), TurnState.CANCELLED.name());
    private static final Bson FACT_FIELDS = Projections.include("recipientUnitId", "state", "issuedAt", "dueDate",
            "answeredAt", "concludedAt");

    private final MongoDatabase database;

    public MongoProductionFigures(MongoDatabase database) {
        this.database = database;
    }

    /** Where a measure is counted: its collection, the unit it is attributed to and the date it happened on. */
    private record Source(String collection, String unitField, String dateField) {
    }

    @Override
    public List<DailyCount> dailyCounts(Measure measure, StatisticsScope scope) {
        Source source = SOURCES.get(measure);
        Bson match = Filters.and(Filters.in(source.unitField(), scope.unitIds()),
                Filters.gte(source.dateField(), Date.from(scope.period().start(scope.zone()))),
                Filters.lt(source.dateField(), Date.from(scope.period().end(scope.zone()))),
                StoredFields.notReservedUnlessGranted(scope.viewerId()));
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d")
                .append("date", "$" + source.dateField()).append("timezone", scope.zone().getId()));
        Document key = new Document("unit", "$" + source.unitField()).append("day", day);
        List<DailyCount> counts = new ArrayList<>();
        database.getCollection(source.collection())
                .aggregate(List.of(Aggregates.match(match), Aggregates.group(key, Accumulators.sum("n", 1))))
                .forEach(group -> counts.add(count(group)));
        return counts;
    }

    @Override
    public void forEachDue(StatisticsScope scope, Consumer<DeadlineFact> sink) {
        stream(Filters.and(Filters.in("recipientUnitId", scope.unitIds()),
                Filters.gte("dueDate", scope.period().from().toString()),
                Filters.lte("dueDate", scope.period().to().toString()),
                Filters.nin("state", NEVER_DUE),
                StoredFields.notReservedUnlessGranted(scope.viewerId())), sink);
    }

    @Override
    public void forEachAnswered(StatisticsScope scope, Consumer<DeadlineFact> sink) {
        stream(Filters.and(Filters.in("recipientUnitId", scope.unitIds()),
                Filters.gte("answeredAt", Date.from(scope.period().start(scope.zone()))),
                Filters.lt("answeredAt", Date.from(scope.period().end(scope.zone()))),
                StoredFields.notReservedUnlessGranted(scope.viewerId())), sink);
    }

    private void stream(Bson filter, Consumer<DeadlineFact> sink) {
        try (MongoCursor<Document> cursor = database.getCollection(MongoTurnRows.COLLECTION)
                .find(filter).projection(FACT_FIELDS).batchSize(1000).cursor()) {
            cursor.forEachRemaining(document -> sink.accept(fact(document)));
        }
    }

    private static DailyCount count(Document group) {
        Document key = group.get("_id", Document.class);
        return new DailyCount(key.getString("unit"), LocalDate.parse(key.getString("day")),
                group.get("n", Number.class).longValue());
    }

    private static DeadlineFact fact(Document d) {
        return new DeadlineFact(StoredFields.text(d, "recipientUnitId"), TurnState.valueOf(d.getString("state")),
                StoredFields.instant(d, "issuedAt").orElseThrow(), StoredFields.date(d, "dueDate"),
                StoredFields.instant(d, "answeredAt"), StoredFields.instant(d, "concludedAt"));
    }
}
