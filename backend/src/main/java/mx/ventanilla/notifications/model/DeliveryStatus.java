package mx.ventanilla.notifications.model;

/** Where a delivery stands in the log. */
public enum DeliveryStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Accepted by the push service. */
    SENT,
    /** Given up: a permanent error, or the last allowed attempt failed. */
    FAILED,
    /** The device was gone at the push service; it was removed. */
    DROPPED
}
