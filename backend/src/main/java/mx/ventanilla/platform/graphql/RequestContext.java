package mx.ventanilla.platform.graphql;

import java.time.Instant;
import java.util.Optional;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.UnauthenticatedException;

/**
 * What the API knows about one request: who sent it, from where, and the id that ties its log lines and audit
 * events together.
 */
public record RequestContext(String requestId, String clientAddress, Optional<Principal> principal, Instant receivedAt) {

    /** The signed-in caller, or {@link UnauthenticatedException} for anonymous requests. */
    public Principal requirePrincipal() {
        return principal.orElseThrow(() -> new UnauthenticatedException("Sign in to use this operation."));
    }
}
