package mx.ventanilla.platform.error;

/** The change collides with the current state: a duplicate, or someone else changed it first. */
public class ConflictException extends VentanillaException {

    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
