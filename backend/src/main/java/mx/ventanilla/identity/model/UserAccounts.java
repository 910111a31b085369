package mx.ventanilla.identity.model;

import java.util.Optional;

/**
 * The read-only view of users that signing in needs: finding an account and its password hash. {@link Users} is
 * the full port the identity feature manages them with.
 */
public interface UserAccounts {

    Optional<User> findById(String id);

    /** Usernames are unique and compared in lower case. */
    Optional<User> findByUsername(String username);

    /** Used to match accounts of an external identity provider; compared in lower case. */
    Optional<User> findByEmail(String email);

    /** The encoded password hash, absent for users who sign in only through an external provider. */
    Optional<String> passwordHash(String userId);
}
