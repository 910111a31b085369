package mx.ventanilla.notifications.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads turns for notifications (port over the correspondence feature's turns). */
public interface AssignedTurns {

    Optional<AssignedTurn> find(String turnId);

    /** Open turns (sent, received or returned) that show YELLOW or RED on {@code today}. */
    List<AssignedTurn> dueSoonOrOverdue(LocalDate today);
}
