package mx.ventanilla.storage;

/**
 * The content was larger than the limit given in {@link PutOptions}; the upload was aborted and nothing was stored.
 */
public class ObjectTooLargeException extends ObjectStorageException {

    private final long maxSize;

    public ObjectTooLargeException(long maxSize) {
        super("The content is larger than the limit of %s; nothing was stored. Send a smaller file."
                .formatted(Sizes.describe(maxSize)));
        this.maxSize = maxSize;
    }

    /** The limit, in bytes, that the content exceeded. */
    public long maxSize() {
        return maxSize;
    }
}
