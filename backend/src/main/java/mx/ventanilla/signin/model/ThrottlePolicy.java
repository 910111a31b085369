package mx.ventanilla.signin.model;

import java.time.Duration;

/**
 * When repeated sign-in failures lock further attempts out.
 *
 * @param maxFailures           failures for one username within {@code window} that start a lockout
 * @param maxFailuresPerAddress failures from one client address within {@code window} that start a lockout of that
 *                              address; 0 turns the address limit off
 * @param window                how far back failures count
 * @param lockout               how long attempts are refused once a limit is reached
 */
public record ThrottlePolicy(int maxFailures, int maxFailuresPerAddress, Duration window, Duration lockout) {

    public ThrottlePolicy {
        if (maxFailures < 1 || maxFailuresPerAddress < 0) {
            throw new IllegalArgumentException("max-failures must be at least 1 and max-failures-per-address at "
                    + "least 0, got " + maxFailures + " and " + maxFailuresPerAddress);
        }
        if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("The throttling window and lockout must be positive durations.");
        }
    }

    public static ThrottlePolicy defaults() {
        return new ThrottlePolicy(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }
}
