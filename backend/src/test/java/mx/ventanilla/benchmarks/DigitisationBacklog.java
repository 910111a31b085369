package mx.ventanilla.benchmarks;

import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * What registration left to the background worker: items still PENDING when the measured periods ended, and how
 * long it took until none was. A registration answers before its PDF exists, so its throughput alone would flatter.
 *
 * @param registered     registrations sent in the scenario, warm-ups included
 * @param pendingAtEnd   of them, still PENDING when the last period ended
 * @param failed         ended FAILED (should be none: the photos are sound)
 * @param drainSeconds   from the end of the last period until none was PENDING
 * @param timedOut       whether the wait gave up first
 */
record DigitisationBacklog(long registered, long pendingAtEnd, long failed, double drainSeconds, boolean timedOut) {

    private static final Duration LIMIT = Duration.ofMinutes(20);

    static DigitisationBacklog drain(MongoDatabase mongo, long registered) throws InterruptedException {
        long started = System.nanoTime();
        long pendingAtEnd = pending(mongo);
        long pending = pendingAtEnd;
        while (pending > 0 && System.nanoTime() - started < LIMIT.toNanos()) {
            Thread.sleep(200);
            pending = pending(mongo);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long failed = mongo.getCollection("correspondence").countDocuments(Filters.eq("scans.status", "FAILED"));
        return new DigitisationBacklog(registered, pendingAtEnd, failed, seconds, pending > 0);
    }

    String summary() {
        double perSecond = drainSeconds > 0 ? pendingAtEnd / drainSeconds : 0;
        return ("Digitisation backlog: %,d registrations with 3 photos were sent (warm-ups included); %,d were still"
                + " PENDING when the last measured period ended; the worker made them READY in %.1f s"
                + " (%.2f documents/s)%s; %d FAILED.").formatted(registered, pendingAtEnd, drainSeconds, perSecond,
                timedOut ? ", **gave up waiting**" : "", failed);
    }

    private static long pending(MongoDatabase mongo) {
        return mongo.getCollection("correspondence").countDocuments(Filters.eq("scans.status", "PENDING"));
    }
}
