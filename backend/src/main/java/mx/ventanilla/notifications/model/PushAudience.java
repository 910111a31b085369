package mx.ventanilla.notifications.model;

import java.time.Instant;
import java.util.List;

/** Who holds a unit's turns and who may be pushed to (port over users and sessions). */
public interface PushAudience {

    /** The active managers of exactly this unit. */
    List<String> managersOf(String unitId);

    /**
     * Whether pushes to this user should stop: the user is inactive, or has signed out of every session since
     * {@code since} (the device's registration) and has no live session left.
     */
    boolean isSilenced(String userId, Instant since);
}
