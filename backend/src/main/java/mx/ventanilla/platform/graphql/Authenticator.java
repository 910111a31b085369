package mx.ventanilla.platform.graphql;

import java.util.Optional;

import mx.ventanilla.identity.model.Principal;

/**
 * Turns the {@code Authorization} header into a caller. No header means an anonymous request; a header that does not
 * hold a valid, current token is refused with {@link mx.ventanilla.platform.error.UnauthenticatedException}.
 */
@FunctionalInterface
public interface Authenticator {

    Optional<Principal> authenticate(Optional<String> authorizationHeader);
}
