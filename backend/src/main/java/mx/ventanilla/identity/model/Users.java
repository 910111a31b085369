package mx.ventanilla.identity.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The staff users of the institution (port; stored in the {@code users} collection). */
public interface Users extends UserAccounts {

    /** Inserts a new user; {@link mx.ventanilla.platform.error.ConflictException} when the username is taken. */
    void insert(User user, Optional<String> passwordHash);

    /** Up to {@code query.limit()} users matching the query, ordered by username. */
    List<User> page(UserQuery query);

    /**
     * Stores the user's full name, email, roles, unit and activity, provided nobody changed it since it was read:
     * {@code user.version()} is the version the change was based on. Returns the stored user with its new version;
     * {@link mx.ventanilla.platform.error.ConflictException} when the version is stale or the email is taken.
     */
    User update(User user);

    /** Replaces the user's password hash and bumps its version; returns the stored user. */
    User setPasswordHash(String userId, String passwordHash);

    /** How many active users belong to exactly this unit. */
    long countActiveInUnit(String unitId);

    /** After units moved in the tree: rewrites the stored unit path of every member of these units. */
    void refreshUnitPaths(List<OrgUnit> units);

    /** Which of these (lower-case) usernames are taken. */
    Set<String> existingUsernames(Collection<String> usernames);

    /** Which of these (lower-case) email addresses are taken. */
    Set<String> existingEmails(Collection<String> emails);

    /**
     * Inserts users without passwords whose units already exist; on a clash
     * {@link mx.ventanilla.platform.error.ConflictException}, and the users inserted before it remain.
     */
    void insertAll(List<User> users);

    /** Removes users; used only to undo an import that failed halfway. */
    void deleteAll(Collection<String> ids);
}
