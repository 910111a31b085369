package mx.ventanilla.identity.model;

import java.util.Optional;


/** The staff users of the institution (port; stored in the {@code users} collection). */
public interface Users {

    Optional<User> findById(String id);

    /** Usernames are unique and compared in lower case. */
    Optional<User> findByUsername(String username);

    /** Used to match accounts of an external identity provider; compared in lower case. */
    Optional<User> findByEmail(String email);

    /** The encoded password hash, absent for users who sign in only through an external provider. */
    Optional<String> passwordHash(String userId);

    /** Inserts a new user; {@link mx.ventanilla.platform.error.ConflictException} when the username is taken. */
    void insert(User user, Optional<String> passwordHash);
}
