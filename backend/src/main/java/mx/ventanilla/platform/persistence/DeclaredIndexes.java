package mx.ventanilla.platform.persistence;

import java.util.List;
import java.util.Set;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;

/**
 * Creates declared indexes at start. Creating an index that already exists with the same definition does nothing, so
 * every start calls this with the full list; a definition that changed under the same name stops the start with an
 * instruction instead of leaving the old index in place.
 */
public final class DeclaredIndexes {

    private static final Set<Integer> CONFLICTING_DEFINITION = Set.of(85, 86);
    private static final System.Logger LOG = System.getLogger(DeclaredIndexes.class.getName());

    private DeclaredIndexes() {
    }

    public static void ensure(MongoDatabase database, List<IndexDefinition> indexes) {
        indexes.forEach(index -> ensureOne(database, index));
        LOG.log(System.Logger.Level.DEBUG, "Ensured {0} index(es)", indexes.size());
    }

    private static void ensureOne(MongoDatabase database, IndexDefinition index) {
        try {
            database.getCollection(index.collection())
                    .createIndex(index.keys(), new IndexOptions().name(index.name()).unique(index.unique()));
        } catch (MongoServerException e) {
            throw new IllegalStateException(explain(database, index, e), e);
        }
    }

    private static String explain(MongoDatabase database, IndexDefinition index, MongoServerException e) {
        String where = "index " + index.name() + " on " + database.getName() + "." + index.collection();
        if (CONFLICTING_DEFINITION.contains(e.getCode())) {
            return "The " + where + " exists with a different definition. Drop it (db." + index.collection()
                    + ".dropIndex(\"" + index.name() + "\")) and start again; it is recreated as now declared.";
        }
        if (MongoErrors.isDuplicateKey(e)) {
            return "Cannot create the unique " + where + ": documents already in the collection share a key. "
                    + "Remove the duplicates and start again. " + serverMessage(e);
        }
        return "Cannot create the " + where + ": " + serverMessage(e);
    }

    private static String serverMessage(MongoServerException e) {
        return e instanceof MongoCommandException command ? command.getErrorMessage() : e.getMessage();
    }
}
