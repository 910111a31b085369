package mx.ventanilla.notifications.model;

import java.util.Optional;

/**
 * What a client needs to register for pushes.
 *
 * @param channel        the channel clients should register with
 * @param vapidPublicKey the server's VAPID public key (uncompressed P-256 point, base64url) for Web Push
 * @param firebase       the Firebase web configuration, when FCM is the channel
 */
public record PushConfiguration(PushChannel channel, String vapidPublicKey, Optional<FirebaseWebConfig> firebase) {
}
