package mx.ventanilla.identity.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Users in the {@code users} collection:
 * {@code {_id, username, fullName, email, roles: [...], unitId, unitPath: [...], active, passwordHash, version,
 * createdAt, searchText}}. {@code unitPath} (the unit's ancestors and the unit) makes "my unit and below" a single
 * indexed equality match; {@code username} and {@code email} are unique. Every value from a request is used as a plain
 * value in an equality or a quoted pattern, never as a query document.
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
        users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
        users.createIndex(Indexes.ascending("unitPath", "username"));
        users.createIndex(Indexes.ascending("unitId"));
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
                throw new ConflictException("The username " + user.username() + " or the email address "
                        + user.email() + " is already taken.");
            }
            throw e;
        }
    }

    @Override
    public List<User> page(UserQuery query) {
        List<Bson> criteria = new ArrayList<>();
        query.withinUnitId().ifPresent(id -> criteria.add(Filters.eq("unitPath", id)));
        query.unitId().ifPresent(id -> criteria.add(Filters.eq(query.includeSubunits() ? "unitPath" : "unitId", id)));
        query.role().ifPresent(role -> criteria.add(Filters.eq("roles", role.name())));
        query.active().ifPresent(active -> criteria.add(Filters.eq("active", active)));
        query.search().ifPresent(text -> criteria.add(SearchText.contains(text)));
        query.afterUsername().ifPresent(username -> criteria.add(Filters.gt("username", username)));
        return users.find(Queries.allOf(criteria)).sort(Sorts.ascending("username")).limit(query.limit())
                .map(MongoUsers::toUser).into(new ArrayList<>());
    }

    @Override
    public User update(User user) {
        List<String> unitPath = units.findById(user.unitId())
                .orElseThrow(() -> new InvalidInputException("unitId", "Unit " + user.unitId() + " does not exist."))
                .path();
        UpdateResult result;
        try {
            result = users.updateOne(
                    Filters.and(Filters.eq("_id", user.id()), Filters.eq("version", user.version())),
                    profile(user, unitPath, user.version() + 1));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException("The email address " + user.email() + " already belongs to another user.");
            }
            throw e;
        }
        if (result.getMatchedCount() == 0) {
            throw staleOrMissing(user);
        }
        return new User(user.id(), user.username(), user.fullName(), user.email(), user.roles(), user.unitId(),
                user.active(), user.version() + 1);
    }

    @Override
    public User setPasswordHash(String userId, String passwordHash) {
        Document before = users.findOneAndUpdate(Filters.eq("_id", userId),
                Updates.combine(Updates.set("passwordHash", passwordHash), Updates.inc("version", 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new NotFoundException("No user with id " + userId + ".");
        }
        User previous = toUser(before);
        return new User(previous.id(), previous.username(), previous.fullName(), previous.email(), previous.roles(),
                previous.unitId(), previous.active(), previous.version() + 1);
    }

    @Override
    public long countActiveInUnit(String unitId) {
        return users.countDocuments(Filters.and(Filters.eq("unitId", unitId), Filters.eq("active", true)));
    }

    @Override
    public void refreshUnitPaths(List<OrgUnit> moved) {
        if (moved.isEmpty()) {
            return;
        }
        users.bulkWrite(moved.stream()
                .map(unit -> new UpdateManyModel<Document>(Filters.eq("unitId", unit.id()),
                        Updates.set("unitPath", unit.path())))
                .toList());
    }

    @Override
    public Set<String> existingUsernames(Collection<String> usernames) {
        return existing("username", usernames);
    }

    @Override
    public Set<String> existingEmails(Collection<String> emails) {
        return existing("email", emails);
    }

    @Override
    public void insertAll(List<User> newUsers) {
        if (newUsers.isEmpty()) {
            return;
        }
        Map<String, OrgUnit> unitsById = units.findAllById(newUsers.stream().map(User::unitId).distinct().toList())
                .stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Instant now = Instant.now();
        List<Document> documents = newUsers.stream()
                .map(user -> toDocument(user, unitsById.get(user.unitId()).path())
                        .append("passwordHash", null)
                        .append("createdAt", now))
                .toList();
        try {
            users.insertMany(documents);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
                throw new ConflictException("Another change took one of these usernames or email addresses"
                        + " meanwhile; nothing was imported. Check them and import again.");
            }
            throw e;
        }
    }

    @Override
    public void deleteAll(Collection<String> ids) {
        if (!ids.isEmpty()) {
            users.deleteMany(Filters.in("_id", ids));
        }
    }

    private Set<String> existing(String field, Collection<String> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        return users.find(Filters.in(field, values)).projection(Projections.include(field))
                .map(document -> document.getString(field))
                .into(new HashSet<>());
    }

    private RuntimeException staleOrMissing(User user) {
        Optional<User> stored = findById(user.id());
        if (stored.isEmpty()) {
            return new NotFoundException("No user with id " + user.id() + ".");
        }
        return new ConflictException("User " + user.username() + " was changed by someone else (it is now at version "
                + stored.get().version() + "); reload it and apply your change again.");
    }

    private Optional<User> one(Bson filter) {
        return Optional.ofNullable(users.find(filter).first()).map(MongoUsers::toUser);
    }

    private static Bson profile(User user, List<String> unitPath, long version) {
        return Updates.combine(
                Updates.set("fullName", user.fullName()),
                Updates.set("email", user.email().toLowerCase(Locale.ROOT)),
                Updates.set("roles", roleNames(user)),
                Updates.set("unitId", user.unitId()),
                Updates.set("unitPath", unitPath),
                Updates.set("active", user.active()),
                Updates.set("version", version),
                Updates.set(SearchText.FIELD, searchText(user)));
    }

    private static List<String> roleNames(User user) {
        return user.roles().stream().map(Role::name).sorted().toList();
    }

    private static String searchText(User user) {
        return SearchText.fold(user.username(), user.fullName(), user.email());
    }

    static Document toDocument(User user, List<String> unitPath) {
        return new Document("_id", user.id())
                .append("username", user.username().toLowerCase(Locale.ROOT))
                .append("fullName", user.fullName())
                .append("email", user.email().toLowerCase(Locale.ROOT))
                .append("roles", roleNames(user))
                .append("unitId", user.unitId())
                .append("unitPath", unitPath)
                .append("active", user.active())
                .append("version", user.version())
                .append(SearchText.FIELD, searchText(user));
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
