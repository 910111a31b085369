package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened to an item or one of its turns: each becomes an entry of the item's timeline and a
 * message in the outbox, written together with the change itself.
 */
public sealed interface CorrespondenceEvent {

    String correspondenceId();

    Optional<String> turnId();

    Instant at();

    Actor actor();

    /** What the timeline shows besides the type, e.g. a reason; never personal data beyond names. */
    default Map<String, String> details() {
        return Map.of();
    }

    /** The event's name on the timeline, e.g. {@code turnReturned}. */
    default String type() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** Whether a recipient got something new to attend (the outbox calls it {@code turnAssigned}). */
    default boolean assignsTurn() {
        return false;
    }

    record Registered(String correspondenceId, Instant at, Actor actor, String folio) implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("folio", folio);
        }
    }

    record AccessGranted(String correspondenceId, Instant at, Actor actor, int users) implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("users", Integer.toString(users));
        }
    }

    record ScansAdded(String correspondenceId, Instant at, Actor actor, int pagesAdded, int pages)
            implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("pagesAdded", Integer.toString(pagesAdded), "pages", Integer.toString(pages));
        }
    }

    /** Digitisation made the PDF and thumbnails of the item's pages. */
    record ScansReady(String correspondenceId, Instant at, Actor actor, int pages) implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("pages", Integer.toString(pages));
        }
    }

    /** Digitisation could not decode a page; the originals are kept. */
    record ScansFailed(String correspondenceId, Instant at, Actor actor, String failure)
            implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("failure", failure);
        }
    }

    record TurnProposed(String correspondenceId, Optional<String> turnId, Instant at, Actor actor,
                        String recipientUnitId) implements CorrespondenceEvent {
        public Map<String, String> details() {
            return Map.of("recipientUnitId", recipientUnitId);
        }
    }

    record TurnSent(String correspondenceId, Optional<String> turnId, Instant at, Actor actor, String recipientUnitId,
                    String dueDate) implements CorrespondenceEvent {
        public Map<String, String> details() {
            return Map.of("recipientUnitId", recipientUnitId, "dueDate", dueDate);
        }

        public boolean assignsTurn() {
            return true;
        }
    }

    record TurnRejected(String correspondenceId, Optional<String> turnId, Instant at, Actor actor, String reason)
            implements CorrespondenceEvent {
        public Map<String, String> details() {
            return Map.of("reason", reason);
        }
    }

    record TurnReceived(String correspondenceId, Optional<String> turnId, Instant at, Actor actor)
            implements CorrespondenceEvent {
    }

    record TurnAnswered(String correspondenceId, Optional<String> turnId, Instant at, Actor actor)
            implements CorrespondenceEvent {
    }

    record ResponseReturned(String correspondenceId, Optional<String> turnId, Instant at, Actor actor, String reason)
            implements CorrespondenceEvent {
        public Map<String, String> details() {
            return Map.of("reason", reason);
        }

        public boolean assignsTurn() {
            return true;
        }
    }

    record TurnConcluded(String correspondenceId, Optional<String> turnId, Instant at, Actor actor,
                         Optional<Rating> rating) implements CorrespondenceEvent {
        public Map<String, String> details() {
            return rating.map(given -> Map.of("rating", given.name())).orElse(Map.of());
        }
    }

    record TurnCancelled(String correspondenceId, Optional<String> turnId, Instant at, Actor actor, String reason)
            implements CorrespondenceEvent {
        public Map<String, String> details() {
            return Map.of("reason", reason);
        }
    }

    record Concluded(String correspondenceId, Instant at, Actor actor) implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }
    }

    record Archived(String correspondenceId, Instant at, Actor actor, String archivalSeries, int retentionYears)
            implements CorrespondenceEvent {
        public Optional<String> turnId() {
            return Optional.empty();
        }

        public Map<String, String> details() {
            return Map.of("archivalSeries", archivalSeries, "retentionYears", Integer.toString(retentionYears));
        }
    }
}
