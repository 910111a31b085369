package mx.ventanilla.pwa.api;

import java.io.Serial;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

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
    private final transient Optional<JsonNode> data;

    public ApiException(String code, String message) {
        this(code, message, Optional.empty());
    }

    /** An error that came with the operation's {@code data} (e.g. an import's report beside its BAD_USER_INPUT). */
    public ApiException(String code, String message, Optional<JsonNode> data) {
        super(message);
        this.code = code;
        this.data = data;
    }

    public ApiException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.data = Optional.empty();
    }

    public String code() {
        return code;
    }

    /** The {@code data} the API answered together with the error, when it answered any. */
    public Optional<JsonNode> data() {
        return data;
    }

    /** The resource-bundle key of the message a user reads for this error. */
    public String messageKey() {
        return "error." + switch (code) {
            case UNAUTHENTICATED, "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT", UNAVAILABLE -> code;
            default -> "UNKNOWN";
        };
    }
}
