package mx.ventanilla.signin.model;

/**
 * Checks bearer tokens (port): our own ES256 tokens and, when configured, those of an external OpenID Connect
 * provider. Anything it cannot vouch for is refused with
 * {@link mx.ventanilla.platform.error.UnauthenticatedException} saying why.
 */
public interface BearerTokenVerifier {

    VerifiedToken verify(String token);
}
