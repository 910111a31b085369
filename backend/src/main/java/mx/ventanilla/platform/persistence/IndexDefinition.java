package mx.ventanilla.platform.persistence;

import org.bson.conversions.Bson;

/**
 * An index a feature needs, declared in code and created at start by {@link DeclaredIndexes}. The name is explicit
 * so that a changed definition is reported instead of silently creating a second index.
 *
 * @param collection the collection it belongs to
 * @param name       its name, unique within the collection
 * @param keys       the keys, built with {@link com.mongodb.client.model.Indexes}
 * @param unique     whether it enforces uniqueness (this is what the embedded server honours; it ignores the rest)
 */
public record IndexDefinition(String collection, String name, Bson keys, boolean unique) {

    public IndexDefinition {
        if (collection.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("An index needs a collection and a name");
        }
    }

    public static IndexDefinition unique(String collection, String name, Bson keys) {
        return new IndexDefinition(collection, name, keys, true);
    }

    /** An index for queries: used by MongoDB, accepted and ignored by the embedded server. */
    public static IndexDefinition forQueries(String collection, String name, Bson keys) {
        return new IndexDefinition(collection, name, keys, false);
    }
}
