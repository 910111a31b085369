package mx.ventanilla.notifications.model;

/**
 * A client's request to receive pushes on a device.
 *
 * @param deviceId chosen by the client (kept in its storage), 1–100 letters, digits, dots, dashes or underscores
 * @param label    e.g. the browser's name, up to 100 characters
 * @param target   the FCM token or the Web Push subscription
 */
public record DeviceRegistration(String deviceId, String label, PushTarget target) {
}
