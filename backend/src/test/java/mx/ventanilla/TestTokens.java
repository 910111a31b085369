package mx.ventanilla;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.event.CommandListener;
import io.helidon.config.Config;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlModule;

/**
 * Test-only bearer tokens, so integration tests can call as any stored user without a sign-in flow:
 * {@code test-user:<userId>} stands for that active user, {@code test-service-account:<unitId>} for a service account
 * of that unit. Any other header goes to the real authenticator. {@link #startWith} lets a test bring its own
 * modules and authenticator instead. This class lives in the test sources and reaches
 * the package-visible start of {@link Ventanilla}; production code has no way to enable it.
 */
public final class TestTokens {

    public static final String USER_PREFIX = "test-user:";
    public static final String SERVICE_ACCOUNT_PREFIX = "test-service-account:";
    private static final String BEARER = "Bearer ";

    private TestTokens() {
    }

    public static Ventanilla start(Config config) {
        return Ventanilla.start(config, new Ventanilla.TestSeam(List.of(),
                (users, standard) -> header -> authenticate(users, standard, header)));
    }

    /** Like {@link #start(Config)}, with listeners that see every command the backend sends to MongoDB. */
    public static Ventanilla startObserved(Config config, List<CommandListener> listeners) {
        return Ventanilla.start(config, new Ventanilla.TestSeam(List.of(),
                (users, standard) -> header -> authenticate(users, standard, header), listeners));
    }

    /** Starts with the test's own API modules added and its own authenticator in place of the real one. */
    public static Ventanilla startWith(Config config, List<GraphQlModule> modules, Authenticator authenticator) {
        return Ventanilla.start(config, new Ventanilla.TestSeam(modules, (users, standard) -> authenticator));
    }

    public static String forUser(String userId) {
        return USER_PREFIX + userId;
    }

    public static String forServiceAccount(String unitId) {
        return SERVICE_ACCOUNT_PREFIX + unitId;
    }

    private static Optional<Principal> authenticate(Users users, Authenticator standard, Optional<String> header) {
        Optional<String> token = header.filter(value -> value.startsWith(BEARER)).map(value -> value.substring(7));
        if (token.filter(value -> value.startsWith(USER_PREFIX)).isPresent()) {
            return Optional.of(user(users, token.get().substring(USER_PREFIX.length())));
        }
        if (token.filter(value -> value.startsWith(SERVICE_ACCOUNT_PREFIX)).isPresent()) {
            String unitId = token.get().substring(SERVICE_ACCOUNT_PREFIX.length());
            return Optional.of(new Principal("test-service-account", Principal.Kind.SERVICE_ACCOUNT,
                    "test-integration", Set.of(), unitId, Set.of("identity:read")));
        }
        return standard.authenticate(header);
    }

    private static Principal user(Users users, String userId) {
        User user = users.findById(userId).filter(User::active)
                .orElseThrow(() -> new UnauthenticatedException("No active user " + userId + " for this test token."));
        return new Principal(user.id(), Principal.Kind.USER, user.username(), user.roles(), user.unitId(), Set.of());
    }
}
