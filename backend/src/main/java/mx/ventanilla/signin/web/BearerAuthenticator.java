package mx.ventanilla.signin.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.signin.application.Authenticating;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750): no header is an anonymous request, any other scheme or a
 * malformed header is refused, and the token itself is checked by {@link Authenticating}.
 */
public final class BearerAuthenticator implements Authenticator {

    private static final Pattern BEARER = Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*) *");

    private final Authenticating authenticating;

    public BearerAuthenticator(Authenticating authenticating) {
        this.authenticating = authenticating;
    }

    @Override
    public Optional<Principal> authenticate(Optional<String> authorizationHeader) {
        if (authorizationHeader.isEmpty()) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(authorizationHeader.get());
        if (!bearer.matches()) {
            throw new UnauthenticatedException(
                    "Send the access token as 'Authorization: Bearer <token>'; other schemes are not accepted.");
        }
        return Optional.of(authenticating.authenticate(bearer.group(1)));
    }
}
