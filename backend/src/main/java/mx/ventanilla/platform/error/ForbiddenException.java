package mx.ventanilla.platform.error;

/** The caller is signed in but may not do this. */
public class ForbiddenException extends VentanillaException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
