package mx.ventanilla.benchmarks;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Progress lines on standard error, so long phases show they are moving. */
final class Progress {

    private Progress() {
    }

    static void line(String format, Object... arguments) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + format.formatted(arguments));
    }

    /** Waits for the clients, printing the calls so far every five seconds. */
    static void await(CountDownLatch done, AtomicLong calls, long deadlineNanos) {
        try {
            while (!done.await(5, TimeUnit.SECONDS)) {
                long left = Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000_000L);
                line("    %d calls, %d s left", calls.get(), left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring", e);
        }
    }
}
