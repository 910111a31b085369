package mx.ventanilla.signin.model;

/** An OAuth 2 token request that is refused, with the RFC 6749 error code and a description for the integrator. */
public final class TokenRequestRejectedException extends RuntimeException {

    private final OAuthError error;

    public TokenRequestRejectedException(OAuthError error, String description) {
        super(description);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }
}
