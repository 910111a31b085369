package mx.ventanilla.pwa.api;

import java.io.Serial;

/**
 * The API refused a request or could not be reached. {@link #code()} is the GraphQL error's {@code extensions.code}
 * ({@code UNAUTHENTICATED}, {@code NOT_FOUND}, ...), or {@link #UNAVAILABLE} when no answer came.
 */
public final class ApiException extends RuntimeException {

    /** The backend did not answer, or answered something that is not GraphQL. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** Not signed in, wrong credentials, or a session that ended. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;

    public ApiException(String code, String message) {
        super(message);
        this.code = code;
    }

    public ApiException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The resource-bundle key of the message a user reads for this error. */
    public String messageKey() {
        return "error." + switch (code) {
            case UNAUTHENTICATED, "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", UNAVAILABLE -> code;
            default -> "UNKNOWN";
        };
    }
}
