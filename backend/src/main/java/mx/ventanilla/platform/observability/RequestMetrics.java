package mx.ventanilla.platform.observability;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import io.helidon.webserver.http.RoutingRequest;
import mx.ventanilla.platform.web.TimedFilter;

/**
 * Times every request into the histogram {@code http_server_requests_seconds} (fixed buckets from 5 ms to 10 s, no
 * client-side percentiles, so that Prometheus can aggregate it), tagged by method, route and status.
 * Routes are the known endpoints (anything else is {@code other}) and unusual methods are {@code OTHER}, so that
 * clients cannot create an unbounded number of series.
 */
final class RequestMetrics extends TimedFilter {

    static final String NAME = "http.server.requests";

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    private static final Duration[] BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final List<String> routes;

    RequestMetrics(MeterRegistry registry, List<String> routes) {
        this.registry = registry;
        this.routes = List.copyOf(routes);
    }

    @Override
    protected void completed(RoutingRequest request, int status, Duration elapsed) {
        timer(request.prologue().method().text(), routeOf(request.prologue().uriPath().path()), status)
                .record(elapsed);
    }

    private Timer timer(String method, String route, int status) {
        String upperCase = method.toUpperCase(Locale.ROOT);
        String knownMethod = METHODS.contains(upperCase) ? upperCase : "OTHER";
        return registry.getOrCreate(Timer.builder(NAME)
                .description("HTTP requests served, by method, route and status")
                .tags(List.of(Tag.create("method", knownMethod), Tag.create("route", route),
                        Tag.create("status", Integer.toString(status))))
                .buckets(BUCKETS)
                .percentiles(new double[0]));
    }

    String routeOf(String path) {
        for (String route : routes) {
            if (path.equals(route) || path.startsWith(route + "/")) {
                return route;
            }
        }
        return "other";
    }
}
