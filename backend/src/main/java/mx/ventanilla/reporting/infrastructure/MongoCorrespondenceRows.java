package mx.ventanilla.reporting.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.reporting.model.CorrespondenceCriteria;
import mx.ventanilla.reporting.model.CorrespondencePosition;
import mx.ventanilla.reporting.model.CorrespondenceRow;
import mx.ventanilla.reporting.model.CorrespondenceRows;
import mx.ventanilla.reporting.model.Visibility;

/**
 * Search rows from the {@code correspondence} collection, newest first. Visibility is an {@code $or} of two branches,
 * "public and in my audience" ({@code audiencePath} equality) and "granted to me" ({@code grants} equality), each
 * served by its own index in {@code receivedAt, _id} order, which MongoDB merges; ADMIN and AUDITOR read the
 * {@code receivedAt} index. Words are matched as literal substrings of {@code searchText}, each an extra condition
 * on the documents those indexes return.
 */
public final class MongoCorrespondenceRows implements CorrespondenceRows {

    static final String COLLECTION = "correspondence";
    private static final int EXPORT_BATCH = 500;
    static final Bson ORDER = Sorts.descending("receivedAt", "_id");
    static final Bson FIELDS = Projections.include("folio", "subject", "sender", "documentType", "priority",
            "confidentiality", "status", "receivedAt", "registeredUnitId");

    private final MongoCollection<Document> correspondence;

    public MongoCorrespondenceRows(MongoDatabase database) {
        this.correspondence = database.getCollection(COLLECTION);
    }

    @Override
    public List<CorrespondenceRow> fetch(CorrespondenceCriteria criteria, int limit) {
        List<CorrespondenceRow> rows = new ArrayList<>();
        find(criteria).limit(limit).forEach(document -> rows.add(row(document)));
        return rows;
    }

    @Override
    public long forEach(CorrespondenceCriteria criteria, Consumer<CorrespondenceRow> sink) {
        long count = 0;
        try (MongoCursor<Document> cursor = find(criteria).batchSize(EXPORT_BATCH).cursor()) {
            while (cursor.hasNext()) {
                sink.accept(row(cursor.next()));
                count++;
            }
        }
        return count;
    }

    private FindIterable<Document> find(CorrespondenceCriteria criteria) {
        return correspondence.find(filter(criteria)).sort(ORDER).projection(FIELDS);
    }

    static Bson filter(CorrespondenceCriteria criteria) {
        List<Bson> parts = new ArrayList<>();
        parts.add(visible(criteria.visibility()));
        criteria.folio().ifPresent(folio -> parts.add(Filters.eq("folio", folio)));
        criteria.after().ifPresent(position -> parts.add(after(position)));
        criteria.receivedFrom().ifPresent(from -> parts.add(Filters.gte("receivedAt", from)));
        criteria.receivedBefore().ifPresent(before -> parts.add(Filters.lt("receivedAt", before)));
        criteria.documentType().ifPresent(type -> parts.add(Filters.eq("documentType", type)));
        criteria.text().ifPresent(text -> Arrays.stream(text.split(" "))
                .forEach(word -> parts.add(Filters.regex("searchText", Pattern.quote(word)))));
        return Filters.and(parts);
    }

    private static Bson visible(Visibility visibility) {
        Bson granted = Filters.eq("grants", visibility.userId());
        Bson notReserved = Filters.ne("confidentiality", StoredFields.RESERVED);
        Bson inAudience = visibility.subtreeRoot()
                .map(unit -> Filters.and(Filters.eq("audiencePath", unit), notReserved))
                .orElse(notReserved);
        return Filters.or(inAudience, granted);
    }

    private static Bson after(CorrespondencePosition position) {
        Date at = Date.from(position.receivedAt());
        return Filters.and(Filters.lte("receivedAt", at),
                Filters.nor(Filters.and(Filters.eq("receivedAt", at), Filters.gte("_id", position.id()))));
    }

    private static CorrespondenceRow row(Document d) {
        return new CorrespondenceRow(d.getString("_id"), StoredFields.text(d, "folio"),
                StoredFields.text(d, "subject"), senderName(d), StoredFields.text(d, "documentType"),
                Priority.valueOf(d.getString("priority")), Confidentiality.valueOf(d.getString("confidentiality")),
                StoredFields.text(d, "status"), StoredFields.instant(d, "receivedAt").orElseThrow(),
                StoredFields.text(d, "registeredUnitId"));
    }

    private static String senderName(Document d) {
        Optional<Document> sender = Optional.ofNullable(d.get("sender", Document.class));
        return sender.map(s -> Optional.ofNullable(s.getString("name")).orElse(StoredFields.text(s, "organisation")))
                .orElse("");
    }
}
