package mx.ventanilla.notifications.model;

/**
 * The Firebase web app configuration the operator supplies for the browsers' FCM registration (public values).
 *
 * @param apiKey            the web API key
 * @param projectId         the Firebase project
 * @param messagingSenderId the sender id
 * @param appId             the web app id
 * @param vapidKey          the project's Web Push certificate public key, for {@code getToken}
 */
public record FirebaseWebConfig(String apiKey, String projectId, String messagingSenderId, String appId,
                                String vapidKey) {
}
