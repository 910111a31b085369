package mx.ventanilla.live.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of state change the outbox carries, with the name used in the outbox and in the API. */
public enum EventType {
    TURN_ASSIGNED("turnAssigned"),
    TURN_UPDATED("turnUpdated"),
    CORRESPONDENCE_UPDATED("correspondenceUpdated");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name stored in the outbox's {@code type} and used as the subscription field. */
    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }
}
