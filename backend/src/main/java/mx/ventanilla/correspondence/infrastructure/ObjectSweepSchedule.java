package mx.ventanilla.correspondence.infrastructure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the sweep of unreferenced objects on one background thread, a first time shortly after start and then every
 * interval. A failed sweep is logged and tried again at the next turn; {@link #close()} lets a sweep under way
 * finish, waiting up to a minute.
 */
public final class ObjectSweepSchedule implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ObjectSweepSchedule.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofMinutes(1);

    private final ScheduledExecutorService executor;

    private ObjectSweepSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Calls {@code sweep} after {@code firstAfter} and then every {@code interval}. */
    public static ObjectSweepSchedule start(Duration firstAfter, Duration interval, Runnable sweep) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("object-sweep").daemon().factory());
        executor.scheduleWithFixedDelay(() -> runLogged(sweep), firstAfter.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new ObjectSweepSchedule(executor);
    }

    /** A schedule that never sweeps, for when scheduled sweeps are turned off. */
    public static ObjectSweepSchedule none() {
        return new ObjectSweepSchedule(Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("object-sweep").daemon().factory()));
    }

    private static void runLogged(Runnable sweep) {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The sweep of unreferenced objects failed; it runs again at its next turn", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
