package mx.ventanilla.correspondence;

import java.time.Duration;

import io.helidon.config.Config;

/**
 * How unreferenced objects are swept, from {@code ventanilla.scans.sweep}.
 *
 * @param enabled  whether sweeps run on their schedule; an administrator can always ask for one
 * @param grace    objects stored more recently than this are never considered, so that files whose record is being
 *                 written (a registration, a digitisation under way) are safe
 * @param interval time between two scheduled sweeps
 */
public record ObjectSweepSettings(boolean enabled, Duration grace, Duration interval) {

    public ObjectSweepSettings {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("ventanilla.scans.sweep.grace must be zero or more, not " + grace);
        }
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("ventanilla.scans.sweep.interval must be at least one minute, not "
                    + interval);
        }
    }

    /** Every 6 hours, objects older than 24 hours. */
    public static ObjectSweepSettings defaults() {
        return new ObjectSweepSettings(true, Duration.ofHours(24), Duration.ofHours(6));
    }

    /** From the {@code ventanilla.scans.sweep} node. */
    public static ObjectSweepSettings from(Config sweep) {
        ObjectSweepSettings defaults = defaults();
        return new ObjectSweepSettings(sweep.get("enabled").asBoolean().orElse(defaults.enabled()),
                sweep.get("grace").asString().map(Duration::parse).orElse(defaults.grace()),
                sweep.get("interval").asString().map(Duration::parse).orElse(defaults.interval()));
    }
}
