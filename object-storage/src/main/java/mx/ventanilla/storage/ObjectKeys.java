package mx.ventanilla.storage;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Generates object keys as {@code prefix/yyyy/MM/<random UUID>}: unguessable, never derived from anything a client
 * sent, and grouped by month (UTC) so that a bucket can be browsed and its lifecycle rules written by date.
 */
final class ObjectKeys {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final Clock clock;

    ObjectKeys(Clock clock) {
        this.clock = clock;
    }

    String next(String prefix) {
        return prefix + "/" + YEAR_MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
    }
}
