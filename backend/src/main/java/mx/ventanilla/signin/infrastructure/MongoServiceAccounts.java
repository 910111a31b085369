package mx.ventanilla.signin.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Service accounts in the {@code service_accounts} collection:
 * {@code {_id, clientId, name, unitId, scopes: [...], active, createdAt, secretIssuedAt, secretHash}};
 * {@code clientId} is unique and {@code (name, _id)} orders the listing.
 */
public final class MongoServiceAccounts implements ServiceAccounts {

    public static final String COLLECTION = "service_accounts";

    private final MongoCollection<Document> accounts;

    public MongoServiceAccounts(MongoDatabase database) {
        this.accounts = database.getCollection(COLLECTION);
    }

    /** Idempotent; called at start. */
    public void createIndexes() {
        accounts.createIndex(Indexes.ascending("clientId"), new IndexOptions().unique(true));
        accounts.createIndex(Indexes.ascending("name", "_id"));
    }

    @Override
    public void insert(ServiceAccount account, String secretHash) {
        try {
            accounts.insertOne(toDocument(account).append("secretHash", secretHash));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException("A service account with client id " + account.clientId()
                        + " already exists; try again.");
            }
            throw e;
        }
    }

    @Override
    public Optional<ServiceAccount> findById(String id) {
        return one(Filters.eq("_id", id));
    }

    @Override
    public Optional<ServiceAccount> findByClientId(String clientId) {
        return one(Filters.eq("clientId", clientId));
    }

    @Override
    public Optional<String> secretHash(String id) {
        return Optional.ofNullable(accounts.find(Filters.eq("_id", id)).first())
                .map(document -> document.getString("secretHash"));
    }

    @Override
    public Optional<ServiceAccount> replaceSecret(String id, String secretHash, Instant issuedAt) {
        return update(id, Updates.combine(Updates.set("secretHash", secretHash),
                Updates.set("secretIssuedAt", Date.from(issuedAt))));
    }

    @Override
    public Optional<ServiceAccount> deactivate(String id) {
        return update(id, Updates.set("active", false));
    }

    @Override
    public List<ServiceAccount> listByName(Optional<ServiceAccount> after, int limit) {
        Bson filter = after.map(last -> Filters.or(Filters.gt("name", last.name()),
                        Filters.and(Filters.eq("name", last.name()), Filters.gt("_id", last.id()))))
                .orElse(Filters.empty());
        return accounts.find(filter)
                .sort(Sorts.ascending("name", "_id"))
                .limit(limit)
                .map(MongoServiceAccounts::toAccount)
                .into(new ArrayList<>());
    }

    private Optional<ServiceAccount> update(String id, Bson change) {
        return Optional.ofNullable(accounts.findOneAndUpdate(Filters.eq("_id", id), change,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(MongoServiceAccounts::toAccount);
    }

    private Optional<ServiceAccount> one(Bson filter) {
        return Optional.ofNullable(accounts.find(filter).first()).map(MongoServiceAccounts::toAccount);
    }

    private static Document toDocument(ServiceAccount account) {
        return new Document("_id", account.id())
                .append("clientId", account.clientId())
                .append("name", account.name())
                .append("unitId", account.unitId())
                .append("scopes", List.copyOf(account.sortedScopes()))
                .append("active", account.active())
                .append("createdAt", Date.from(account.createdAt()))
                .append("secretIssuedAt", Date.from(account.secretIssuedAt()));
    }

    private static ServiceAccount toAccount(Document document) {
        return new ServiceAccount(
                document.getString("_id"),
                document.getString("clientId"),
                document.getString("name"),
                document.getString("unitId"),
                Set.copyOf(document.getList("scopes", String.class, List.of())),
                document.getBoolean("active", false),
                document.getDate("createdAt").toInstant(),
                document.getDate("secretIssuedAt").toInstant());
    }
}
