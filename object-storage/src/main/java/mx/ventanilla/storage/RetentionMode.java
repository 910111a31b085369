package mx.ventanilla.storage;

/**
 * How strictly an object-lock retention period holds, in the S3 sense.
 */
public enum RetentionMode {
    /** Users with the special bypass permission can still shorten the retention or delete the object. */
    GOVERNANCE,
    /** Nobody, not even the root account, can delete the object or shorten its retention before it ends. */
    COMPLIANCE
}
