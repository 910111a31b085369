package mx.ventanilla.correspondence;

import java.time.Duration;

import io.helidon.config.Config;

/**
 * How pages are digitised in the background, from {@code ventanilla.scans}.
 *
 * @param workers      threads digitising at once in this instance; 0 leaves the work to other instances
 * @param pollInterval how often an idle worker looks for work it was not told about (e.g. left by a restart)
 * @param lease        how long a worker holds an item before another may take it over
 */
public record DigitisationSettings(int workers, Duration pollInterval, Duration lease) {

    public DigitisationSettings {
        if (workers < 0) {
            throw new IllegalArgumentException("ventanilla.scans.workers must be 0 or more, not " + workers);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ventanilla.scans.poll-interval must be positive and "
                    + "ventanilla.scans.lease at least one second");
        }
    }

    /** One worker, looking every 10 seconds, leases of 2 minutes. */
    public static DigitisationSettings defaults() {
        return new DigitisationSettings(1, Duration.ofSeconds(10), Duration.ofMinutes(2));
    }

    /** From the {@code ventanilla.scans} node. */
    public static DigitisationSettings from(Config scans) {
        DigitisationSettings defaults = defaults();
        return new DigitisationSettings(scans.get("workers").asInt().orElse(defaults.workers()),
                scans.get("poll-interval").asString().map(Duration::parse).orElse(defaults.pollInterval()),
                scans.get("lease").asString().map(Duration::parse).orElse(defaults.lease()));
    }
}
