package mx.ventanilla.signin.model;

import java.util.Locale;

/** The error codes of an OAuth 2 token request (RFC 6749, section 5.2). */
public enum OAuthError {
    INVALID_REQUEST,
    INVALID_CLIENT,
    INVALID_GRANT,
    UNAUTHORIZED_CLIENT,
    UNSUPPORTED_GRANT_TYPE,
    INVALID_SCOPE;

    /** The code as it appears in the {@code error} member, e.g. {@code invalid_client}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
