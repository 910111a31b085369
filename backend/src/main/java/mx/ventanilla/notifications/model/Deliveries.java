package mx.ventanilla.notifications.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery log (port). */
public interface Deliveries {

    /** Stores a planned delivery; false when one with its key exists already (planned before, here or elsewhere). */
    boolean plan(Delivery delivery);

    /**
     * Takes up to {@code limit} pending deliveries due at {@code now} for this instance: each is leased until
     * {@code leaseUntil} so another instance does not send it meanwhile.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

    /** Records the outcome of an attempt. */
    void record(Delivery delivery);

    /** Newest first, created before the key's creation when {@code beforeKey} is given. */
    List<Delivery> newestFirst(Optional<DeliveryStatus> status, Optional<String> beforeKey, int limit);
}
