package mx.ventanilla.platform.error;

import java.util.Map;

/**
 * Base of every exception that should reach a client as a GraphQL error with a stable code and a message a person can
 * act on. Anything else is reported as {@link ErrorCode#INTERNAL} without details.
 */
public abstract class VentanillaException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    protected VentanillaException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    protected VentanillaException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra machine-readable facts added to the error's extensions, e.g. the offending field. */
    public Map<String, Object> details() {
        return details;
    }
}
