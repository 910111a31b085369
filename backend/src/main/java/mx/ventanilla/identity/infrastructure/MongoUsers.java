package mx.ventanilla.identity.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.InvalidInputException;
import org.bson.Document;

/**
 * Users in the {@code users} collection:
 * {@code {_id, username, fullName, email, roles: [...], unitId, unitPath: [...], active, passwordHash, version,
 * createdAt}}. {@code unitPath} (the unit's ancestors and the unit) makes "my unit and below" a single indexed
 * equality match; {@code username} is unique.
 */
public final class MongoUsers implements Users {

    public static final String COLLECTION = "users";

    private final MongoCollection<Document> users;
    private final OrgUnits units;

    public MongoUsers(MongoDatabase database, OrgUnits units) {
        this.users = database.getCollection(COLLECTION);
        this.units = units;
    }

    /** Idempotent; called at start. */
    public void createIndexes() {
        users.createIndex(Indexes.ascending("username"), new IndexOptions().unique(true));
        users.createIndex(Indexes.ascending("email"));
        users.createIndex(Indexes.ascending("unitPath", "username"));
    }

    @Override
    public Optional<User> findById(String id) {
        return one(Filters.eq("_id", id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return one(Filters.eq("username", username.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return one(Filters.eq("email", email.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        Document found = users.find(Filters.eq("_id", userId)).projection(Projections.include("passwordHash")).first();
        return Optional.ofNullable(found).map(document -> document.getString("passwordHash"));
    }

    @Override
    public void insert(User user, Optional<String> passwordHash) {
        List<String> unitPath = units.findById(user.unitId())
                .orElseThrow(() -> new InvalidInputException("unitId", "Unit " + user.unitId() + " does not exist."))
                .path();
        try {
            users.insertOne(toDocument(user, unitPath).append("passwordHash", passwordHash.orElse(null))
                    .append("createdAt", Instant.now()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException("The username " + user.username() + " is already taken.");
            }
            throw e;
        }
    }

    private Optional<User> one(org.bson.conversions.Bson filter) {
        return Optional.ofNullable(users.find(filter).first()).map(MongoUsers::toUser);
    }

    static Document toDocument(User user, List<String> unitPath) {
        return new Document("_id", user.id())
                .append("username", user.username().toLowerCase(Locale.ROOT))
                .append("fullName", user.fullName())
                .append("email", user.email().toLowerCase(Locale.ROOT))
                .append("roles", user.roles().stream().map(Role::name).sorted().toList())
                .append("unitId", user.unitId())
                .append("unitPath", unitPath)
                .append("active", user.active())
                .append("version", user.version());
    }

    static User toUser(Document document) {
        Set<Role> roles = document.getList("roles", String.class, List.of()).stream()
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new User(
                document.getString("_id"),
                document.getString("username"),
                document.getString("fullName"),
                document.getString("email"),
                roles,
                document.getString("unitId"),
                document.getBoolean("active", true),
                document.get("version", Number.class).longValue());
    }
}
