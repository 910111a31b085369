package mx.ventanilla;

import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.mongodb.event.CommandListener;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import mx.ventanilla.audit.AuditFeature;
import mx.ventanilla.calendar.CalendarFeature;
import mx.ventanilla.correspondence.CorrespondenceFeature;
import mx.ventanilla.correspondence.DigitisationSettings;
import mx.ventanilla.correspondence.ObjectSweepSettings;
import mx.ventanilla.correspondence.ObjectSweeping;
import mx.ventanilla.correspondence.infrastructure.ObjectStorageScanRetention;
import mx.ventanilla.identity.IdentityFeature;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.live.LiveFeature;
import mx.ventanilla.notifications.NotificationsFeature;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlEngine;
import mx.ventanilla.platform.graphql.GraphQlHttpService;
import mx.ventanilla.platform.graphql.GraphQlLimits;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.GraphQlWebSocket;
import mx.ventanilla.platform.graphql.GraphiQlService;
import mx.ventanilla.platform.graphql.UploadLimits;
import mx.ventanilla.platform.observability.Observability;
import mx.ventanilla.platform.observability.ReadinessProbe;
import mx.ventanilla.platform.persistence.MongoSettings;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.platform.storage.StorageSetup;
import mx.ventanilla.platform.web.AccessLog;
import mx.ventanilla.platform.web.RequestIds;
import mx.ventanilla.reporting.ReportingFeature;
import mx.ventanilla.scans.ScansFeature;
import mx.ventanilla.signin.SecuritySettings;
import mx.ventanilla.signin.SignInFeature;
import mx.ventanilla.storage.ObjectStorage;

/**
 * The composition root: reads the configuration, opens storage, wires every feature by hand and starts the web
 * server. Tests start it the same way, on a free port and a temporary data directory.
 */
public final class Ventanilla implements AutoCloseable {

    /**
     * The kernel receive buffer of every accepted connection. Helidon sets 4 KiB on its listening socket when none is
     * given, and accepted sockets inherit it: a page photo then arrives in thousands of small reads, each answered
     * with a window update, and receiving a 3 MB registration cost more CPU than storing it. With 1 MiB (the kernel
     * caps it at {@code net.core.rmem_max}) the registration benchmark's throughput nearly doubled
     * (docs/benchmarks.md).
     */
    private static final int RECEIVE_BUFFER_BYTES = 1 << 20;

    private final WebServer server;
    private final MongoStore mongo;
    private final ObjectStorage storage;
    private final ScansFeature scans;
    private final ReportingFeature reporting;
    private final List<AutoCloseable> background;

    private Ventanilla(WebServer server, MongoStore mongo, ObjectStorage storage, ScansFeature scans,
                       ReportingFeature reporting, List<AutoCloseable> background) {
        this.server = server;
        this.mongo = mongo;
        this.storage = storage;
        this.scans = scans;
        this.reporting = reporting;
        this.background = List.copyOf(background);
    }

    public static Ventanilla start(Config config) {
        return start(config, TestSeam.none());
    }

    /**
     * The same start with a test's additions (see {@link TestSeam}). Package-visible on purpose: only code in this
     * package, test code included, can reach it, and no configuration can.
     */
    static Ventanilla start(Config config, TestSeam seam) {
        Config settings = config.get("ventanilla");
        Path dataDir = Path.of(settings.get("data-dir").asString().orElse("./data")).toAbsolutePath().normalize();
        MongoStore mongo = MongoStore.open(new MongoSettings(
                settings.get("mongodb.uri").asString().filter(uri -> !uri.isBlank()),
                settings.get("mongodb.database").asString().orElse("ventanilla"),
                dataDir.resolve("mongo").resolve("ventanilla"), embeddedStore(settings.get("mongodb.embedded"))),
                seam.commandListeners());
        ObjectStorage storage = StorageSetup.open(settings.get("storage"), dataDir);
        Observability observability = Observability.create(settings, List.of(
                new ReadinessProbe("mongodb", mongo::ping),
                new ReadinessProbe("objectStorage", storage::checkHealth)));
        IdentityFeature identity = IdentityFeature.start(mongo, settings);
        ZoneId zone = timeZone(settings);
        ScansFeature scans = ScansFeature.create(storage, settings, zone);
        SignInFeature signIn = SignInFeature.create(SecuritySettings.from(settings.get("security"), dataDir),
                mongo.database(), identity.users(), identity.orgUnits(), identity.passwordHasher(),
                Clock.systemUTC());
        GraphQlLimits limits = limits(settings.get("graphql"));
        AuditFeature audit = AuditFeature.start(mongo.database(), Clock.systemUTC());
        CalendarFeature calendar = CalendarFeature.start(mongo.database(), settings, zone, Clock.systemUTC());
        CorrespondenceFeature correspondence = CorrespondenceFeature.start(mongo, identity.orgUnits(),
                identity.users(), calendar.calendar(), Optional.of(scans.digitiser()),
                DigitisationSettings.from(settings.get("scans")),
                Optional.of(new ObjectStorageScanRetention(storage, zone)),
                settings.get("institution-name").asString().orElse("Ventanilla"), Clock.systemUTC());
        ObjectSweeping sweeping = ObjectSweeping.start(mongo, storage,
                ObjectSweepSettings.from(settings.get("scans.sweep")), Clock.systemUTC());
        ReportingFeature reporting = ReportingFeature.start(mongo.database(), identity.orgUnits(),
                zone, Clock.systemUTC());
        LiveFeature live = LiveFeature.start(mongo, settings.get("live"), Clock.systemUTC());
        NotificationsFeature notifications = NotificationsFeature.start(mongo, settings.get("notifications"),
                identity.users(), signIn.refreshTokens(), () -> calendar.calendar().current(), zone, Clock.systemUTC());
        List<GraphQlModule> modules = seam.plus(List.of(identity.graphQl(), signIn.graphQl(), audit.graphQlModule(),
                calendar.graphQl(), correspondence.graphQl(), reporting.graphQl(correspondence.reading()),
                live.graphQl(), correspondence.decisionsGraphQl(), notifications.graphQl(), sweeping.graphQl()));
        GraphQlEngine engine = new GraphQlEngine(modules, limits, audit.mutationObserver(),
                observability.graphQlOperations());
        Authenticator authenticator = seam.authentication().apply(identity.users(), signIn.authenticator());
        UploadLimits uploads = uploads(settings.get("uploads"), dataDir).prepareDirectory();
        GraphQlWebSocket webSocket = new GraphQlWebSocket(engine, authenticator,
                LiveFeature.connectionInitTimeout(settings.get("live")));
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .putListenerSocketOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
                .update(observability::serveOn)
                .routing(routing -> {
                    routing(routing, new GraphQlHttpService(engine, authenticator, limits, uploads));
                    signIn.routing(routing);
                    routing.register("/correspondence",
                            scans.receiptDownloads(authenticator, correspondence.receipts()));
                    reporting.routing(routing, authenticator);
                })
                .addRouting(WsRouting.builder().endpoint("/graphql", webSocket::newConnection))
                .build()
                .start();
        return new Ventanilla(server, mongo, storage, scans, reporting,
                List.of(sweeping, correspondence.digitisation(), live, notifications, webSocket));
    }

    private static MongoSettings.EmbeddedStore embeddedStore(Config embedded) {
        MongoSettings.EmbeddedStore defaults = MongoSettings.EmbeddedStore.DEFAULT;
        return new MongoSettings.EmbeddedStore(
                embedded.get("cache-mb").asInt().orElse(defaults.cacheMegabytes()),
                embedded.get("auto-compact").asBoolean().orElse(defaults.autoCompact()));
    }

    static void routing(HttpRouting.Builder routing, GraphQlHttpService graphQl) {
        routing.addFilter(new RequestIds())
                .addFilter(new AccessLog())
                .addFilter(Observability.requestMetrics())
                .register("/graphql", graphQl)
                .register("/graphiql", GraphiQlService.create());
    }

    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + server.port());
    }

    public MongoStore mongo() {
        return mongo;
    }

    public ObjectStorage storage() {
        return storage;
    }

    /** Digitisation and receipts, for the features that register documents. */
    public ScansFeature scans() {
        return scans;
    }

    /** Inbox, search and statistics, for the API layer and for tests. */
    public ReportingFeature reporting() {
        return reporting;
    }

    @Override
    public void close() {
        server.stop();
        background.forEach(Ventanilla::closeQuietly);
        storage.close();
        mongo.close();
    }

    /**
     * What an integration test adds to the backend it starts: API modules of its own (e.g. a mutation to observe)
     * and a say in how bearer tokens become callers (test tokens, falling back to the real authenticator).
     *
     * @param modules          extra API modules, after the real ones
     * @param authentication   given the user store and the real authenticator, the authenticator to use
     * @param commandListeners see every command the backend's MongoDB client sends (to count reads)
     */
    record TestSeam(List<GraphQlModule> modules,
                    BiFunction<Users, Authenticator, Authenticator> authentication,
                    List<CommandListener> commandListeners) {

        TestSeam {
            modules = List.copyOf(modules);
            commandListeners = List.copyOf(commandListeners);
        }

        TestSeam(List<GraphQlModule> modules, BiFunction<Users, Authenticator, Authenticator> authentication) {
            this(modules, authentication, List.of());
        }

        static TestSeam none() {
            return new TestSeam(List.of(), (users, standard) -> standard);
        }

        List<GraphQlModule> plus(List<GraphQlModule> features) {
            return Stream.concat(features.stream(), modules.stream()).toList();
        }
    }

    private static UploadLimits uploads(Config uploads, Path dataDir) {
        UploadLimits defaults = UploadLimits.defaults(dataDir);
        return new UploadLimits(
                uploads.get("max-files").asInt().orElse(defaults.maxFiles()),
                uploads.get("max-file-bytes").asLong().orElse(defaults.maxFileBytes()),
                uploads.get("max-request-bytes").asLong().orElse(defaults.maxRequestBytes()),
                defaults.directory());
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.getLogger(Ventanilla.class.getName()).log(System.Logger.Level.WARNING, "Stopping failed", e);
        }
    }

    private static ZoneId timeZone(Config settings) {
        return ZoneId.of(settings.get("time-zone").asString().orElse("America/Mexico_City"));
    }

    private static GraphQlLimits limits(Config graphql) {
        GraphQlLimits defaults = GraphQlLimits.defaults();
        return new GraphQlLimits(
                graphql.get("max-depth").asInt().orElse(defaults.maxDepth()),
                graphql.get("max-complexity").asInt().orElse(defaults.maxComplexity()),
                graphql.get("max-document-tokens").asInt().orElse(defaults.maxDocumentTokens()),
                graphql.get("max-body-bytes").asLong().orElse(defaults.maxBodyBytes()));
    }
}
