package mx.ventanilla.storage;

/**
 * The object store could not do what was asked: it is unreachable, refused the credentials, or failed.
 * The more specific subclasses describe problems with the request itself.
 */
public class ObjectStorageException extends RuntimeException {

    public ObjectStorageException(String message) {
        super(message);
    }

    public ObjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
