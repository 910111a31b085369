package mx.ventanilla.notifications.model;

/** Where a push goes: an FCM registration token or a Web Push subscription. */
public sealed interface PushTarget {

    PushChannel channel();

    /** An FCM registration token, as {@code getToken} gave it to the browser. */
    record FcmToken(String token) implements PushTarget {
        public PushChannel channel() {
            return PushChannel.FCM;
        }
    }

    /**
     * A Web Push subscription, as {@code PushManager.subscribe} gave it to the browser.
     *
     * @param endpoint the push service URL
     * @param p256dh   the browser's P-256 public key, uncompressed point, base64url
     * @param auth     the 16-byte authentication secret, base64url
     */
    record WebPushSubscription(String endpoint, String p256dh, String auth) implements PushTarget {
        public PushChannel channel() {
            return PushChannel.WEB_PUSH;
        }
    }
}
