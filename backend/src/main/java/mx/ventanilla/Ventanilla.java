package mx.ventanilla;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import mx.ventanilla.audit.AuditFeature;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlEngine;
import mx.ventanilla.platform.graphql.GraphQlHttpService;
import mx.ventanilla.platform.graphql.GraphQlLimits;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.MongoSettings;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.platform.web.RequestIds;

/**
 * The composition root: reads the configuration, opens storage, wires every feature by hand and starts the web
 * server. Tests start it the same way, on a free port and a temporary data directory.
 */
public final class Ventanilla implements AutoCloseable {

    private final WebServer server;
    private final MongoStore mongo;

    private Ventanilla(WebServer server, MongoStore mongo) {
        this.server = server;
        this.mongo = mongo;
    }

    public static Ventanilla start(Config config) {
        return start(config, TestSeam.none());
    }

    /**
     * Starts with a test's additions: API modules of its own (e.g. a mutation to observe) and an authenticator that
     * recognises its test tokens. Not for production use; {@link #start(Config)} adds nothing.
     */
    public static Ventanilla start(Config config, TestSeam seam) {
        Config settings = config.get("ventanilla");
        Path dataDir = Path.of(settings.get("data-dir").asString().orElse("./data")).toAbsolutePath().normalize();
        MongoStore mongo = MongoStore.open(new MongoSettings(
                settings.get("mongodb.uri").asString().filter(uri -> !uri.isBlank()),
                settings.get("mongodb.database").asString().orElse("ventanilla"),
                dataDir.resolve("mongo").resolve("ventanilla")));
        GraphQlLimits limits = limits(settings.get("graphql"));
        AuditFeature audit = AuditFeature.start(mongo.database(), Clock.systemUTC());
        List<GraphQlModule> modules = seam.plus(List.of(audit.graphQlModule()));
        GraphQlEngine engine = new GraphQlEngine(modules, limits, audit.mutationObserver());
        Authenticator authenticator = seam.authenticator().orElse(header -> Optional.empty());
        WebServer server = WebServer.builder()
                .config(config.get("server"))
                .routing(routing -> routing(routing, new GraphQlHttpService(engine, authenticator, limits)))
                .build()
                .start();
        return new Ventanilla(server, mongo);
    }

    static void routing(HttpRouting.Builder routing, GraphQlHttpService graphQl) {
        routing.addFilter(new RequestIds())
                .register("/graphql", graphQl);
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

    @Override
    public void close() {
        server.stop();
        mongo.close();
    }

    /**
     * What an integration test adds to the backend it starts.
     *
     * @param modules       extra API modules, after the real ones
     * @param authenticator replaces the real authenticator when present
     */
    public record TestSeam(List<GraphQlModule> modules, Optional<Authenticator> authenticator) {

        public TestSeam {
            modules = List.copyOf(modules);
        }

        public static TestSeam none() {
            return new TestSeam(List.of(), Optional.empty());
        }

        List<GraphQlModule> plus(List<GraphQlModule> features) {
            return Stream.concat(features.stream(), modules.stream()).toList();
        }
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
