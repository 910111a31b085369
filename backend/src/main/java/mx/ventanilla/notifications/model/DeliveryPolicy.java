package mx.ventanilla.notifications.model;

import java.time.Duration;

/**
 * How stubbornly a delivery is retried: after the n-th failed attempt the next waits {@code baseDelay * 2^(n-1)},
 * at most {@code maxDelay}, and after {@code maxAttempts} it is given up.
 */
public record DeliveryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public DeliveryPolicy {
        if (maxAttempts < 1 || baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("max-attempts must be positive and 0 < retry-base-delay <= max delay");
        }
    }

    public static DeliveryPolicy defaults() {
        return new DeliveryPolicy(6, Duration.ofSeconds(30), Duration.ofHours(1));
    }

    /** The wait after this many failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
