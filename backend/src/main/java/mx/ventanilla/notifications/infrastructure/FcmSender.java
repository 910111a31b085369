package mx.ventanilla.notifications.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.ErrorCode;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.messaging.FirebaseMessaging;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.MessagingErrorCode;
import com.google.firebase.messaging.Notification;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushMessage;
import mx.ventanilla.notifications.model.PushSender;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.notifications.model.SendResult;

/**
 * Firebase Cloud Messaging through the Firebase Admin SDK (HTTP v1 API), authenticated with a service account's JSON
 * key file. {@code UNREGISTERED} (and a token the project does not own) means the device is gone; unavailable,
 * internal and quota errors are worth another try (the SDK itself already retries 500 and 503 a few times).
 * An {@code endpoint} other than Google's sends the requests there instead (a local stand-in for tests).
 */
public final class FcmSender implements PushSender, AutoCloseable {

    static final String GOOGLE_ENDPOINT = "https://fcm.googleapis.com";
    private static final Set<MessagingErrorCode> GONE = Set.of(MessagingErrorCode.UNREGISTERED,
            MessagingErrorCode.SENDER_ID_MISMATCH);
    private static final Set<MessagingErrorCode> TRANSIENT = Set.of(MessagingErrorCode.UNAVAILABLE,
            MessagingErrorCode.INTERNAL, MessagingErrorCode.QUOTA_EXCEEDED);
    private static final Set<ErrorCode> TRANSIENT_PLATFORM = Set.of(ErrorCode.UNAVAILABLE, ErrorCode.INTERNAL,
            ErrorCode.RESOURCE_EXHAUSTED, ErrorCode.DEADLINE_EXCEEDED, ErrorCode.UNKNOWN);

    private final FirebaseApp app;
    private final FirebaseMessaging messaging;

    private FcmSender(FirebaseApp app) {
        this.app = app;
        this.messaging = FirebaseMessaging.getInstance(app);
    }

    /** Reads the service account key file; the project id is the key's unless {@code projectId} is given. */
    public static FcmSender start(Path serviceAccountFile, Optional<String> projectId, String endpoint) {
        HttpTransport transport = transport(endpoint);
        try (InputStream key = Files.newInputStream(serviceAccountFile)) {
            GoogleCredentials credentials = GoogleCredentials.fromStream(key, () -> transport);
            FirebaseOptions.Builder options = FirebaseOptions.builder()
                    .setCredentials(credentials)
                    .setHttpTransport(transport);
            projectId.ifPresent(options::setProjectId);
            return new FcmSender(FirebaseApp.initializeApp(options.build(), "ventanilla-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Firebase service account file " + serviceAccountFile, e);
        }
    }

    @Override
    public PushChannel channel() {
        return PushChannel.FCM;
    }

    @Override
    public SendResult send(PushTarget target, PushMessage message) {
        if (!(target instanceof PushTarget.FcmToken token)) {
            return SendResult.failed("not an FCM token");
        }
        try {
            messaging.send(Message.builder()
                    .setToken(token.token())
                    .setNotification(Notification.builder().setTitle(message.title()).setBody(message.body()).build())
                    .putAllData(message.data())
                    .build());
            return SendResult.sent();
        } catch (FirebaseMessagingException e) {
            return resultOf(e);
        }
    }

    static SendResult resultOf(FirebaseMessagingException e) {
        MessagingErrorCode code = e.getMessagingErrorCode();
        String detail = (code == null ? e.getErrorCode().name() : code.name()) + ": " + e.getMessage();
        if (code != null && GONE.contains(code)) {
            return SendResult.gone(detail);
        }
        boolean transientFailure = code == null
                ? TRANSIENT_PLATFORM.contains(e.getErrorCode())
                : TRANSIENT.contains(code);
        if (transientFailure) {
            return SendResult.retry(detail);
        }
        return SendResult.failed(detail);
    }

    @Override
    public void close() {
        app.delete();
    }

    private static HttpTransport transport(String endpoint) {
        if (endpoint.equals(GOOGLE_ENDPOINT)) {
            return new NetHttpTransport();
        }
        URI replacement = URI.create(endpoint);
        return new NetHttpTransport.Builder().setConnectionFactory(url -> open(url, replacement)).build();
    }

    private static HttpURLConnection open(URL url, URI replacement) throws IOException {
        if (!GOOGLE_ENDPOINT.equals(url.getProtocol() + "://" + url.getHost())) {
            return (HttpURLConnection) url.openConnection();
        }
        URI original = URI.create(url.toString());
        URI rewritten = replacement.resolve(original.getRawPath()
                + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery()));
        return (HttpURLConnection) rewritten.toURL().openConnection();
    }
}
