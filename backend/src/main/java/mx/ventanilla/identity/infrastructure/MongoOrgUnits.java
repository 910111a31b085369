package mx.ventanilla.identity.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.platform.error.ConflictException;
import org.bson.Document;

/**
 * Org units in the {@code org_units} collection:
 * {@code {_id, code, name, kind, parentId, ancestorIds: [...], active}}; {@code code} is unique.
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

    static Document toDocument(OrgUnit unit) {
        return new Document("_id", unit.id())
                .append("code", unit.code().toUpperCase(Locale.ROOT))
                .append("name", unit.name())
                .append("kind", unit.kind().name())
                .append("parentId", unit.parentId().orElse(null))
                .append("ancestorIds", unit.ancestorIds())
                .append("active", unit.active());
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
