package mx.ventanilla.notifications.model;

/** How a device is reached: Firebase Cloud Messaging, or standard Web Push with VAPID. */
public enum PushChannel {
    FCM,
    WEB_PUSH
}
