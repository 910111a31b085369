package mx.ventanilla.notifications.model;

import java.time.Instant;

/**
 * One browser or phone of a user that receives pushes.
 *
 * @param userId       the owner
 * @param deviceId     chosen by the client, unique per user; registering it again replaces its target
 * @param label        what the user recognises it by, e.g. the browser's name
 * @param target       where pushes go
 * @param registeredAt when it was (last) registered
 */
public record PushDevice(String userId, String deviceId, String label, PushTarget target, Instant registeredAt) {
}
