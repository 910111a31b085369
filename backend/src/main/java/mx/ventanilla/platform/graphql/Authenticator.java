package mx.ventanilla.platform.graphql;

import java.util.Optional;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.UnauthenticatedException;

/**
 * Turns the {@code Authorization} header into a caller. No header means an anonymous request; a header that does not
 * hold a valid, current token is refused with {@link UnauthenticatedException}, which the endpoint answers with 401.
 */
@FunctionalInterface
public interface Authenticator {

    Optional<Principal> authenticate(Optional<String> authorizationHeader);

    /** Lets anonymous requests through and refuses every token: for a server that issues none. */
    static Authenticator anonymousOnly() {
        return header -> {
            if (header.isPresent()) {
                throw new UnauthenticatedException("This server accepts no access tokens yet; "
                        + "send the request without an Authorization header.");
            }
            return Optional.empty();
        };
    }
}
