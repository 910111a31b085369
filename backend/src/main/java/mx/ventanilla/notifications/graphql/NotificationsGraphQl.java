package mx.ventanilla.notifications.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.notifications.application.BrowsingDeliveries;
import mx.ventanilla.notifications.application.RegisteringPushDevice;
import mx.ventanilla.notifications.application.SendingDueReminders;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.DeliveryStatus;
import mx.ventanilla.notifications.model.DeviceRegistration;
import mx.ventanilla.notifications.model.FirebaseWebConfig;
import mx.ventanilla.notifications.model.PushChannel;
import mx.ventanilla.notifications.model.PushConfiguration;
import mx.ventanilla.notifications.model.PushDevice;
import mx.ventanilla.notifications.model.PushTarget;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import org.jspecify.annotations.Nullable;

/** The push API: devices, the push configuration, the delivery log and the reminder pass. */
public final class NotificationsGraphQl implements GraphQlModule {

    private final RegisteringPushDevice registering;
    private final BrowsingDeliveries browsing;
    private final SendingDueReminders reminders;
    private final PushConfiguration configuration;

    public NotificationsGraphQl(RegisteringPushDevice registering, BrowsingDeliveries browsing,
                                SendingDueReminders reminders, PushConfiguration configuration) {
        this.registering = registering;
        this.browsing = browsing;
        this.reminders = reminders;
        this.configuration = configuration;
    }

    @Override
    public String schemaResource() {
        return "graphql/notifications.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("pushConfiguration", this::pushConfiguration)
                .dataFetcher("myPushDevices", env -> registering.mine(callerOf(env)).stream()
                        .map(NotificationsGraphQl::deviceView).toList())
                .dataFetcher("pushDeliveries", this::pushDeliveries));
        wiring.type("Mutation", type -> type
                .dataFetcher("registerPushDevice", this::registerPushDevice)
                .dataFetcher("unregisterPushDevice", env -> registering.unregister(callerOf(env),
                        env.getArgument("deviceId")))
                .dataFetcher("sendDueReminders", env -> reminders.runNow(callerOf(env))));
    }

    private Map<String, Object> pushConfiguration(DataFetchingEnvironment environment) {
        callerOf(environment);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("channel", configuration.channel().name());
        view.put("vapidPublicKey", configuration.vapidPublicKey());
        view.put("firebase", configuration.firebase().map(NotificationsGraphQl::firebaseView).orElse(null));
        return view;
    }

    private Map<String, Object> registerPushDevice(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        return deviceView(registering.register(callerOf(environment), registrationOf(input)));
    }

    private Map<String, Object> pushDeliveries(DataFetchingEnvironment environment) {
        Principal caller = callerOf(environment);
        Connections.PageRequest page = Connections.pageRequest(environment);
        Optional<DeliveryStatus> status = Optional.ofNullable(environment.<String>getArgument("status"))
                .map(DeliveryStatus::valueOf);
        List<Map<String, Object>> fetched = browsing.newestFirst(caller, status, page.after(), page.fetchSize())
                .stream().map(NotificationsGraphQl::deliveryView).toList();
        return Connections.toConnection(Connections.Page.of(fetched, page.first()),
                delivery -> delivery.get("key").toString());
    }

    private static DeviceRegistration registrationOf(Map<String, Object> input) {
        PushChannel channel = PushChannel.valueOf((String) input.get("channel"));
        String label = Optional.ofNullable((String) input.get("label")).orElse("");
        return new DeviceRegistration((String) input.get("deviceId"), label, targetOf(channel, input));
    }

    private static PushTarget targetOf(PushChannel channel, Map<String, Object> input) {
        if (channel == PushChannel.FCM) {
            String token = (String) input.get("fcmToken");
            if (token == null || input.get("subscription") != null) {
                throw new InvalidInputException("fcmToken", "Channel FCM needs fcmToken and no subscription.");
            }
            return new PushTarget.FcmToken(token);
        }
        return subscriptionOf(asMap(input.get("subscription")), input.get("fcmToken"));
    }

    private static PushTarget subscriptionOf(@Nullable Map<String, Object> subscription, @Nullable Object token) {
        if (subscription == null || token != null) {
            throw new InvalidInputException("subscription",
                    "Channel WEB_PUSH needs subscription {endpoint, keys {p256dh, auth}} and no fcmToken.");
        }
        Map<String, Object> keys = asMap(subscription.get("keys"));
        return new PushTarget.WebPushSubscription((String) subscription.get("endpoint"),
                (String) keys.get("p256dh"), (String) keys.get("auth"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(@Nullable Object value) {
        return (Map<String, Object>) value;
    }

    private static Principal callerOf(DataFetchingEnvironment environment) {
        RequestContext context = environment.getGraphQlContext().get(RequestContext.class);
        return context.requirePrincipal();
    }

    private static Map<String, Object> deviceView(PushDevice device) {
        return Map.of("deviceId", device.deviceId(), "channel", device.target().channel().name(),
                "label", device.label(), "registeredAt", device.registeredAt());
    }

    private static Map<String, Object> firebaseView(FirebaseWebConfig firebase) {
        return Map.of("apiKey", firebase.apiKey(), "projectId", firebase.projectId(),
                "messagingSenderId", firebase.messagingSenderId(), "appId", firebase.appId(),
                "vapidKey", firebase.vapidKey());
    }

    private static Map<String, Object> deliveryView(Delivery delivery) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", delivery.key());
        view.put("reason", delivery.reason().name());
        view.put("userId", delivery.userId());
        view.put("deviceId", delivery.deviceId());
        view.put("channel", delivery.target().channel().name());
        view.put("title", delivery.message().title());
        view.put("body", delivery.message().body());
        view.put("url", delivery.message().data().get("url"));
        view.put("correspondenceId", delivery.message().data().get("correspondenceId"));
        view.put("status", delivery.status().name());
        view.put("attempts", delivery.attempts());
        view.put("lastError", delivery.lastError().orElse(null));
        view.put("createdAt", delivery.createdAt());
        view.put("nextAttemptAt", delivery.nextAttemptAt());
        view.put("updatedAt", delivery.updatedAt());
        return view;
    }
}
