package mx.ventanilla.platform.error;

import java.util.Map;

/** The input breaks a rule; the message says which and how to fix it. */
public class InvalidInputException extends VentanillaException {

    public InvalidInputException(String message) {
        super(ErrorCode.BAD_USER_INPUT, message);
    }

    public InvalidInputException(String field, String message) {
        super(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    public InvalidInputException(String message, Map<String, Object> details) {
        super(ErrorCode.BAD_USER_INPUT, message, details);
    }
}
