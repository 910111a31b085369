package mx.ventanilla.reporting.model;

import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.TurnState;

/**
 * The traffic light of a stored turn from its stored dates, the same comparisons the inbox filters with: RED when
 * {@code dueDate < today}, YELLOW when {@code yellowFrom <= today <= dueDate}, GREEN when {@code today < yellowFrom};
 * none for turns that are not open.
 */
public final class InboxLight {

    private InboxLight() {
    }

    public static Optional<TrafficLight> of(TurnState state, LocalDate dueDate, LocalDate yellowFrom, LocalDate today) {
        if (!state.isOpen()) {
            return Optional.empty();
        }
        if (today.isAfter(dueDate)) {
            return Optional.of(TrafficLight.RED);
        }
        return Optional.of(today.isBefore(yellowFrom) ? TrafficLight.GREEN : TrafficLight.YELLOW);
    }
}
