package mx.ventanilla.platform.observability;

import java.time.Duration;
import java.util.List;

import io.helidon.config.Config;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import mx.ventanilla.platform.graphql.OperationObserver;

/**
 * The server's observability: {@code /health} with {@code /health/live} (the JVM: deadlocks, heap, disk space) and
 * {@code /health/ready} (one check per {@link ReadinessProbe}, answering 503 with the reason when one fails), and
 * {@code /metrics} in Prometheus text with JVM meters, request timings and GraphQL operation counts. Meters live in
 * Helidon's global registry, the one {@code /metrics} shows.
 */
public final class Observability {

    /** The endpoints that get their own {@code route} tag in the request metrics. */
    public static final List<String> ROUTES = List.of("/graphql", "/graphiql", "/health", "/metrics");

    private final List<ReadinessProbe> probes;
    private final Duration probeTimeout;

    private Observability(List<ReadinessProbe> probes, Duration probeTimeout) {
        this.probes = List.copyOf(probes);
        this.probeTimeout = probeTimeout;
    }

    /**
     * Observability for the given dependencies, each probe given {@code health.probe-timeout} of {@code settings}
     * (the {@code ventanilla} configuration node; two seconds when absent) to answer.
     */
    public static Observability create(Config settings, List<ReadinessProbe> probes) {
        Duration timeout = settings.get("health.probe-timeout").as(Duration.class).orElse(Duration.ofSeconds(2));
        return new Observability(probes, timeout);
    }

    /** Serves {@code /health} and {@code /metrics} on the server being built. */
    public void serveOn(WebServerConfig.Builder server) {
        server.addFeature(feature());
    }

    /** The server feature that serves {@code /health} and {@code /metrics}. */
    public ObserveFeature feature() {
        HealthObserver health = HealthObserver.builder()
                .details(true)
                .useSystemServices(true)
                .addChecks(probes.stream().map(probe -> new ProbeHealthCheck(probe, probeTimeout))
                        .toArray(ProbeHealthCheck[]::new))
                .build();
        return ObserveFeature.builder()
                .endpoint("/")
                .observersDiscoverServices(false)
                .addObserver(health)
                .addObserver(MetricsObserver.create())
                .build();
    }

    /** The filter that times every request; register it after the request-id filter. */
    public static Filter requestMetrics() {
        return new RequestMetrics(Metrics.globalRegistry(), ROUTES);
    }

    /** Counts GraphQL operations by type and outcome; give it to the GraphQL engine. */
    public OperationObserver graphQlOperations() {
        return new GraphQlOperationMetrics(Metrics.globalRegistry());
    }
}
