package mx.ventanilla.platform.observability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;

/**
 * Runs a {@link ReadinessProbe} with a deadline, so that a dependency that hangs makes the server not ready instead of
 * making the health endpoint hang too. A probe that throws or misses the deadline reports DOWN with the reason.
 */
final class ProbeHealthCheck implements HealthCheck {

    private static final System.Logger LOG = System.getLogger(ProbeHealthCheck.class.getName());
    private static final int MAX_REASON_LENGTH = 300;

    private final ReadinessProbe probe;
    private final Duration timeout;

    ProbeHealthCheck(ReadinessProbe probe, Duration timeout) {
        this.probe = probe;
        this.timeout = timeout;
    }

    @Override
    public HealthCheckType type() {
        return HealthCheckType.READINESS;
    }

    @Override
    public String name() {
        return probe.name();
    }

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        CompletableFuture<Void> run = CompletableFuture.runAsync(probe.check(),
                task -> Thread.ofVirtual().name("health-" + probe.name()).start(task));
        try {
            run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return HealthCheckResponse.builder().status(true)
                    .detail("durationMs", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (ExecutionException e) {
            return down(describe(e.getCause() == null ? e : e.getCause()));
        } catch (TimeoutException e) {
            run.cancel(true);
            return down("No answer within " + timeout.toMillis() + " ms.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("Interrupted while checking.");
        }
    }

    private HealthCheckResponse down(String reason) {
        LOG.log(System.Logger.Level.WARNING, "Readiness check {0} is DOWN: {1}", probe.name(), reason);
        return HealthCheckResponse.builder().status(false).detail("error", reason).build();
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
    }
}
