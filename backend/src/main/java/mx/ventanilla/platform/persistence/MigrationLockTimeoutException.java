package mx.ventanilla.platform.persistence;

/** Another instance held the migration lock for longer than this instance was willing to wait. */
public final class MigrationLockTimeoutException extends RuntimeException {

    MigrationLockTimeoutException(String message) {
        super(message);
    }
}
