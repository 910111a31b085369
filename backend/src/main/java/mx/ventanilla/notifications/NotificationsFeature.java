package mx.ventanilla.notifications;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.helidon.config.Config;
import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.live.application.TailingOutbox;
import mx.ventanilla.live.infrastructure.MongoOutbox;
import mx.ventanilla.notifications.application.BrowsingDeliveries;
import mx.ventanilla.notifications.application.DeviceRules;
import mx.ventanilla.notifications.application.NotifyingAssignedTurns;
import mx.ventanilla.notifications.application.PlanningDeliveries;
import mx.ventanilla.notifications.application.RegisteringPushDevice;
import mx.ventanilla.notifications.application.SendingDeliveries;
import mx.ventanilla.notifications.application.SendingDueReminders;
import mx.ventanilla.notifications.graphql.NotificationsGraphQl;
import mx.ventanilla.notifications.infrastructure.AccountsPushAudience;
import mx.ventanilla.notifications.infrastructure.FcmSender;
import mx.ventanilla.notifications.infrastructure.MongoAssignedTurns;
import mx.ventanilla.notifications.infrastructure.MongoDeliveries;
import mx.ventanilla.notifications.infrastructure.MongoDeliveryCheckpoint;
import mx.ventanilla.notifications.infrastructure.MongoPushDevices;
import mx.ventanilla.notifications.infrastructure.NotificationWorker;
import mx.ventanilla.notifications.infrastructure.VapidKeys;
import mx.ventanilla.notifications.infrastructure.WebPushSender;
import mx.ventanilla.notifications.model.DeliveryPolicy;
import mx.ventanilla.notifications.model.FirebaseWebConfig;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushConfiguration;
import mx.ventanilla.notifications.model.PushSender;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.DeclaredIndexes;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.signin.model.RefreshTokens;

/**
 * Push notifications, wired from the {@code ventanilla.notifications} settings: the device and delivery stores, Web
 * Push (always, with VAPID keys configured or generated once), Firebase Cloud Messaging when a service account file is
 * configured, this instance's delivery worker and the API module. See docs/notifications.md.
 */
public final class NotificationsFeature implements AutoCloseable {

    private final GraphQlModule graphQl;
    private final NotificationWorker worker;
    private final Optional<FcmSender> fcm;

    private NotificationsFeature(GraphQlModule graphQl, NotificationWorker worker, Optional<FcmSender> fcm) {
        this.graphQl = graphQl;
        this.worker = worker;
        this.fcm = fcm;
    }

    /** Starts the feature; {@code settings} is the {@code ventanilla.notifications} configuration node. */
    public static NotificationsFeature start(MongoStore mongo, Config settings, Users users, RefreshTokens sessions,
                                             Supplier<BusinessCalendar> calendar, ZoneId zone, Clock clock) {
        var database = mongo.database();
        DeclaredIndexes.ensure(database, MongoPushDevices.INDEXES);
        DeclaredIndexes.ensure(database, MongoDeliveries.INDEXES);
        MongoPushDevices devices = new MongoPushDevices(database);
        MongoDeliveries deliveries = new MongoDeliveries(database);
        VapidKeys vapid = VapidKeys.load(database, text(settings, "web-push.vapid-public-key"),
                text(settings, "web-push.vapid-private-key"));
        Optional<FcmSender> fcm = text(settings, "fcm.service-account-file").map(file -> FcmSender.start(
                Path.of(file), text(settings, "fcm.project-id"),
                text(settings, "fcm.endpoint").orElse("https://fcm.googleapis.com")));
        Map<PushChannel, PushSender> senders = new EnumMap<>(PushChannel.class);
        senders.put(PushChannel.WEB_PUSH, new WebPushSender(vapid,
                text(settings, "web-push.subject").orElse("mailto:soporte@ventanilla.invalid"),
                text(settings, "icon").orElse("/icons/icon-192x192.png"), clock));
        fcm.ifPresent(sender -> senders.put(PushChannel.FCM, sender));

        PlanningDeliveries planning = new PlanningDeliveries(devices, deliveries,
                new AccountsPushAudience(users, sessions, clock), clock);
        MongoAssignedTurns turns = new MongoAssignedTurns(database);
        NotifyingAssignedTurns notifying = new NotifyingAssignedTurns(turns, planning);
        SendingDueReminders reminders = new SendingDueReminders(turns, planning, calendar, clock);
        SendingDeliveries sending = new SendingDeliveries(deliveries, devices, senders, policy(settings),
                duration(settings, "lease").orElse(Duration.ofMinutes(2)), clock);

        int batchSize = settings.get("batch-size").asInt().orElse(100);
        MongoOutbox outbox = new MongoOutbox(database);
        MongoDeliveryCheckpoint checkpoint = new MongoDeliveryCheckpoint(database);
        long startAt = checkpoint.position().orElseGet(outbox::highestSequence);
        checkpoint.advance(startAt);
        Duration gapTimeout = duration(settings, "gap-timeout").orElse(Duration.ofSeconds(10));
        NotificationWorker worker = NotificationWorker.builder()
                .outbox(() -> new TailingOutbox(outbox, notifying::onMessage,
                        checkpoint.position().orElse(startAt), batchSize, gapTimeout, clock), checkpoint)
                .sending(sending)
                .reminders(reminders, LocalTime.parse(text(settings, "reminder-time").orElse("08:00")), zone)
                .clock(clock)
                .batchSize(batchSize)
                .interval(duration(settings, "poll-interval").orElse(Duration.ofSeconds(1)))
                .start();

        RegisteringPushDevice registering = new RegisteringPushDevice(devices,
                new DeviceRules(settings.get("web-push.allow-loopback-http").asBoolean().orElse(false)),
                senders.keySet(), clock);
        PushConfiguration configuration = new PushConfiguration(
                fcm.isPresent() ? PushChannel.FCM : PushChannel.WEB_PUSH, vapid.publicKeyBase64Url(),
                fcm.flatMap(sender -> firebaseWeb(settings)));
        return new NotificationsFeature(new NotificationsGraphQl(registering, new BrowsingDeliveries(deliveries),
                reminders, configuration), worker, fcm);
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }

    @Override
    public void close() {
        worker.close();
        fcm.ifPresent(FcmSender::close);
    }

    private static DeliveryPolicy policy(Config settings) {
        DeliveryPolicy defaults = DeliveryPolicy.defaults();
        return new DeliveryPolicy(settings.get("max-attempts").asInt().orElse(defaults.maxAttempts()),
                duration(settings, "retry-base-delay").orElse(defaults.baseDelay()),
                duration(settings, "retry-max-delay").orElse(defaults.maxDelay()));
    }

    private static Optional<FirebaseWebConfig> firebaseWeb(Config settings) {
        Config web = settings.get("fcm.web");
        return text(web, "api-key").map(apiKey -> new FirebaseWebConfig(apiKey,
                text(web, "project-id").orElse(""), text(web, "messaging-sender-id").orElse(""),
                text(web, "app-id").orElse(""), text(web, "vapid-key").orElse("")));
    }

    private static Optional<String> text(Config settings, String key) {
        return settings.get(key).asString().filter(value -> !value.isBlank());
    }

    private static Optional<Duration> duration(Config settings, String key) {
        return text(settings, key).map(Duration::parse);
    }
}
