package mx.ventanilla.correspondence.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fixed number of background threads that digitise waiting items one after the other. Each looks for work when
 * started, when {@link #wakeUp()} is called (an item got pages) and every {@code pollInterval} otherwise (work left
 * by a stopped instance or announced to another one). {@link #close()} lets a job under way finish.
 */
public final class DigitisationWorkers implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DigitisationWorkers.class.getName());
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final Semaphore signal = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private final Duration pollInterval;
    private volatile boolean closed;

    private DigitisationWorkers(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** Starts {@code count} threads (none when 0) that call {@code digitiseNext} until it finds nothing to do. */
    public static DigitisationWorkers start(int count, Duration pollInterval, BooleanSupplier digitiseNext) {
        DigitisationWorkers workers = new DigitisationWorkers(pollInterval);
        for (int i = 0; i < count; i++) {
            workers.threads.add(Thread.ofPlatform().name("digitisation-" + (i + 1)).daemon()
                    .start(() -> workers.run(digitiseNext)));
        }
        return workers;
    }

    /** Makes idle workers look for work now. */
    public void wakeUp() {
        signal.release(Math.max(1, threads.size()));
    }

    private void run(BooleanSupplier digitiseNext) {
        while (!closed) {
            if (!workedOnce(digitiseNext)) {
                awaitSignal();
            }
        }
    }

    private boolean workedOnce(BooleanSupplier digitiseNext) {
        try {
            return digitiseNext.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digitisation failed; the item is tried again once its lease lapses", e);
            return false;
        }
    }

    private void awaitSignal() {
        try {
            signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            signal.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        signal.release(threads.size() + 1);
        for (Thread thread : threads) {
            try {
                thread.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
