package mx.ventanilla.correspondence.model;

import java.time.Duration;

/**
 * Who digitises which item (port). The work itself is durable on the item: its scan set stays PENDING until the PDF
 * is made. Leases only keep two workers (of one or several instances) from doing the same item at once; a lease
 * left by a stopped instance lapses.
 */
public interface DigitisationQueue {

    /** Takes the item for {@code lease}; false when another worker holds a lease on it that has not lapsed. */
    boolean claim(String correspondenceId, Duration lease);

    /** Gives the item back, e.g. once its scans are READY or FAILED. */
    void release(String correspondenceId);

    /** Tells the workers that an item has pages to digitise, so they need not wait for their next look. */
    void announce();
}
