package mx.ventanilla.platform.error;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends VentanillaException {

    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
