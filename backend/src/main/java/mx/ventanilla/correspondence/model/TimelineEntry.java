package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One event on an item's timeline, as stored.
 *
 * @param position its place in the timeline: later events have higher positions
 */
public record TimelineEntry(long position, String correspondenceId, Optional<String> turnId, String type,
                            Instant at, Actor actor, Map<String, String> details) {

    public TimelineEntry {
        details = Map.copyOf(details);
    }
}
