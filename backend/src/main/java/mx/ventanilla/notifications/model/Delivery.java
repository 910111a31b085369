package mx.ventanilla.notifications.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One message to one device, as the delivery log keeps it. The key is unique in the log, so a message planned twice
 * (a restart, two instances) is stored, and sent, once.
 *
 * @param key           {@code turn:<outbox position>:<userId>:<deviceId>} or
 *                      {@code reminder:<turnId>:<date>:<userId>:<deviceId>}
 * @param reason        why it was sent
 * @param userId        the device's owner
 * @param deviceId      the device
 * @param target        where it goes
 * @param message       what it says
 * @param status        where it stands
 * @param attempts      how many sends were tried
 * @param lastError     what the push service said the last time it failed
 * @param createdAt     when it was planned
 * @param nextAttemptAt when it may be tried (again)
 * @param updatedAt     when it last changed
 */
public record Delivery(String key, Reason reason, String userId, String deviceId, PushTarget target,
                       PushMessage message, DeliveryStatus status, int attempts, Optional<String> lastError,
                       Instant createdAt, Instant nextAttemptAt, Instant updatedAt) {

    /** Why a delivery exists. */
    public enum Reason { TURN_ASSIGNED, DUE_SOON, OVERDUE }

    /** A new delivery, due at once. */
    public static Delivery planned(String key, Reason reason, PushDevice device, PushMessage message, Instant now) {
        return new Delivery(key, reason, device.userId(), device.deviceId(), device.target(), message,
                DeliveryStatus.PENDING, 0, Optional.empty(), now, now, now);
    }

    /** After an attempt: the new status, the count, the error and when to try again. */
    public Delivery after(DeliveryStatus newStatus, Optional<String> error, Instant next, Instant now) {
        return new Delivery(key, reason, userId, deviceId, target, message, newStatus, attempts + 1, error,
                createdAt, next, now);
    }
}
