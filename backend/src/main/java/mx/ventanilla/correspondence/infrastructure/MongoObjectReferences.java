package mx.ventanilla.correspondence.infrastructure;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import mx.ventanilla.correspondence.model.ObjectReferences;
import org.bson.Document;

/**
 * Finds the keys that records hold, with one {@code $in} query per collection for a batch of keys. Keys are kept in
 * exactly two places (see {@code Documents}): an item's scan set in {@code correspondence} ({@code scans.pdf},
 * {@code scans.pages.original}, {@code scans.pages.thumbnail}) and the responses of a turn in {@code turns}
 * ({@code responses.attachments}). Archived items stay in {@code correspondence}, so their files count as referenced.
 */
public final class MongoObjectReferences implements ObjectReferences {

    private static final String PDF = "scans.pdf.key";
    private static final String ORIGINALS = "scans.pages.original.key";
    private static final String THUMBNAILS = "scans.pages.thumbnail.key";
    private static final String ATTACHMENTS = "responses.attachments.key";

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> turns;

    public MongoObjectReferences(MongoDatabase database) {
        this.items = database.getCollection(MongoCorrespondence.ITEMS);
        this.turns = database.getCollection(MongoCorrespondence.TURNS);
    }

    @Override
    public Set<String> referencedAmong(Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        items.find(Filters.or(Filters.in(PDF, wanted), Filters.in(ORIGINALS, wanted), Filters.in(THUMBNAILS, wanted)))
                .projection(Projections.include("scans"))
                .forEach(item -> scanKeys(item).filter(wanted::contains).forEach(found::add));
        turns.find(Filters.in(ATTACHMENTS, wanted))
                .projection(Projections.include("responses"))
                .forEach(turn -> attachmentKeys(turn).filter(wanted::contains).forEach(found::add));
        return found;
    }

    private static Stream<String> scanKeys(Document item) {
        Optional<Document> scans = Optional.ofNullable(item.get("scans", Document.class));
        Stream<String> pdf = scans.map(set -> set.get("pdf", Document.class)).stream()
                .map(MongoObjectReferences::key);
        Stream<String> pages = scans.map(set -> set.getList("pages", Document.class, List.of()))
                .orElse(List.of()).stream()
                .flatMap(page -> Stream.of(page.get("original", Document.class),
                        page.get("thumbnail", Document.class)))
                .filter(Objects::nonNull)
                .map(MongoObjectReferences::key);
        return Stream.concat(pdf, pages);
    }

    private static Stream<String> attachmentKeys(Document turn) {
        return turn.getList("responses", Document.class, List.of()).stream()
                .flatMap(response -> response.getList("attachments", Document.class, List.of()).stream())
                .map(MongoObjectReferences::key);
    }

    private static String key(Document file) {
        return file.getString("key");
    }
}
