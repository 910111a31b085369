package mx.ventanilla.storage;

/**
 * No object is stored under the requested key (or it was deleted).
 */
public class ObjectNotFoundException extends ObjectStorageException {

    private final String key;

    public ObjectNotFoundException(String key, String bucket) {
        super("No object with key '%s' in bucket '%s'; it was never stored or has been deleted."
                .formatted(key, bucket));
        this.key = key;
    }

    /** The key that was looked up. */
    public String key() {
        return key;
    }
}
