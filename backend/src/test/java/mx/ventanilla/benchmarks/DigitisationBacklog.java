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
 * @param stillPending   PENDING when the wait ended (0 unless it gave up)
 */
record DigitisationBacklog(long registered, long pendingAtEnd, long failed, double drainSeconds, boolean timedOut,
                           long stillPending) {

    static DigitisationBacklog drain(MongoDatabase mongo, long registered, Duration limit)
            throws InterruptedException {
        long started = System.nanoTime();
        long pendingAtEnd = pending(mongo);
        long pending = pendingAtEnd;
        while (pending > 0 && System.nanoTime() - started < limit.toNanos()) {
            Thread.sleep(200);
            pending = pending(mongo);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long failed = mongo.getCollection("correspondence").countDocuments(Filters.eq("scans.status", "FAILED"));
        return new DigitisationBacklog(registered, pendingAtEnd, failed, seconds, pending > 0, pending);
    }

    String summary() {
        double perSecond = drainSeconds > 0 ? (pendingAtEnd - stillPending) / drainSeconds : 0;
        return ("Digitisation backlog: %,d registrations with 3 photos were sent (warm-ups included); %,d were still"
                + " PENDING when the last measured period ended; %s (%.2f documents/s); %d FAILED.").formatted(registered,
                pendingAtEnd, timedOut ? "after waiting %.1f s, %,d were still PENDING".formatted(drainSeconds,
                        stillPending) : "the worker made them READY in %.1f s".formatted(drainSeconds), perSecond,
                failed);
    }

    private static long pending(MongoDatabase mongo) {
        return mongo.getCollection("correspondence").countDocuments(Filters.eq("scans.status", "PENDING"));
    }
}
