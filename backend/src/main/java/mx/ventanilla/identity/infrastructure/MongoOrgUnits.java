package mx.ventanilla.identity.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnitQuery;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.platform.error.ConflictException;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Org units in the {@code org_units} collection:
 * {@code {_id, code, name, kind, parentId, ancestorIds: [...], active, searchText}}; {@code code} is unique.
 * Every value from a request is used as a plain value in an equality or a quoted pattern, never as a query document.
 */
public final class MongoOrgUnits implements OrgUnits {

    public static final String COLLECTION = "org_units";

    private final MongoCollection<Document> units;

    public MongoOrgUnits(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
    }

    /** Idempotent; called at start. */
    public void createIndexes() {
        units.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        units.createIndex(Indexes.ascending("ancestorIds"));
        units.createIndex(Indexes.ascending("parentId"));
    }

    @Override
    public Optional<OrgUnit> findById(String id) {
        return Optional.ofNullable(units.find(Filters.eq("_id", id)).first()).map(MongoOrgUnits::toUnit);
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return Optional.ofNullable(units.find(Filters.eq("code", code.toUpperCase(Locale.ROOT))).first())
                .map(MongoOrgUnits::toUnit);
    }

    @Override
    public void insert(OrgUnit unit) {
        try {
            units.insertOne(toDocument(unit));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException("A unit with code " + unit.code() + " already exists.");
            }
            throw e;
        }
    }

    @Override
    public List<OrgUnit> findAllById(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list(Filters.in("_id", ids));
    }

    @Override
    public List<OrgUnit> findAllByCode(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list(Filters.in("code", codes));
    }

    @Override
    public List<OrgUnit> childrenOf(Collection<String> parentIds) {
        return parentIds.isEmpty() ? List.of() : list(Filters.in("parentId", parentIds));
    }

    @Override
    public List<OrgUnit> descendantsOf(String id) {
        return list(Filters.eq("ancestorIds", id));
    }

    @Override
    public List<OrgUnit> all() {
        return list(Filters.empty());
    }

    @Override
    public List<OrgUnit> subtreeOf(String id) {
        return list(inSubtree(id));
    }

    @Override
    public List<OrgUnit> page(OrgUnitQuery query) {
        List<Bson> criteria = new ArrayList<>();
        query.withinUnitId().ifPresent(id -> criteria.add(inSubtree(id)));
        query.parentId().ifPresent(id -> criteria.add(Filters.eq("parentId", id)));
        query.kind().ifPresent(kind -> criteria.add(Filters.eq("kind", kind.name())));
        query.active().ifPresent(active -> criteria.add(Filters.eq("active", active)));
        query.search().ifPresent(text -> criteria.add(SearchText.contains(text)));
        query.afterCode().ifPresent(code -> criteria.add(Filters.gt("code", code)));
        return units.find(Queries.allOf(criteria)).sort(Sorts.ascending("code")).limit(query.limit())
                .map(MongoOrgUnits::toUnit).into(new ArrayList<>());
    }

    @Override
    public long countActiveChildren(String id) {
        return units.countDocuments(Filters.and(Filters.eq("parentId", id), Filters.eq("active", true)));
    }

    @Override
    public void update(OrgUnit unit) {
        units.updateOne(Filters.eq("_id", unit.id()), Updates.combine(
                Updates.set("name", unit.name()),
                Updates.set("kind", unit.kind().name()),
                Updates.set("active", unit.active()),
                Updates.set("searchText", SearchText.fold(unit.code(), unit.name())),
                ancestry(unit)));
    }

    @Override
    public void updateAncestry(List<OrgUnit> moved) {
        if (moved.isEmpty()) {
            return;
        }
        units.bulkWrite(moved.stream()
                .map(unit -> new UpdateOneModel<Document>(Filters.eq("_id", unit.id()), ancestry(unit)))
                .toList());
    }

    @Override
    public void insertAll(List<OrgUnit> newUnits) {
        if (newUnits.isEmpty()) {
            return;
        }
        try {
            units.insertMany(newUnits.stream().map(MongoOrgUnits::toDocument).toList());
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                throw new ConflictException("Another change created one of these unit codes meanwhile; nothing was"
                        + " imported. Check the codes and import again.");
            }
            throw e;
        }
    }

    @Override
    public void deleteAll(Collection<String> ids) {
        if (!ids.isEmpty()) {
            units.deleteMany(Filters.in("_id", ids));
        }
    }

    private List<OrgUnit> list(Bson filter) {
        return units.find(filter).sort(Sorts.ascending("code")).map(MongoOrgUnits::toUnit).into(new ArrayList<>());
    }

    private static Bson inSubtree(String id) {
        return Filters.or(Filters.eq("_id", id), Filters.eq("ancestorIds", id));
    }

    private static Bson ancestry(OrgUnit unit) {
        return Updates.combine(
                Updates.set("parentId", unit.parentId().orElse(null)),
                Updates.set("ancestorIds", unit.ancestorIds()));
    }

    static Document toDocument(OrgUnit unit) {
        return new Document("_id", unit.id())
                .append("code", unit.code().toUpperCase(Locale.ROOT))
                .append("name", unit.name())
                .append("kind", unit.kind().name())
                .append("parentId", unit.parentId().orElse(null))
                .append("ancestorIds", unit.ancestorIds())
                .append("active", unit.active())
                .append(SearchText.FIELD, SearchText.fold(unit.code(), unit.name()));
    }

    static OrgUnit toUnit(Document document) {
        return new OrgUnit(
                document.getString("_id"),
                document.getString("code"),
                document.getString("name"),
                UnitKind.valueOf(document.getString("kind")),
                Optional.ofNullable(document.getString("parentId")),
                document.getList("ancestorIds", String.class, List.of()),
                document.getBoolean("active", true));
    }
}
