package mx.ventanilla.pwa.oidc;

import java.io.Serial;

/** The provider could not be reached, refused, or answered something this app cannot use. */
public final class OidcException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
