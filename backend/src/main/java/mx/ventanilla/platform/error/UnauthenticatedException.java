package mx.ventanilla.platform.error;

/** No valid credentials came with the request. */
public class UnauthenticatedException extends VentanillaException {

    public UnauthenticatedException(String message) {
        super(ErrorCode.UNAUTHENTICATED, message);
    }
}
