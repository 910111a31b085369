package mx.ventanilla.reporting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnState;

/**
 * An inbox query resolved for storage: the scope pinned to a user or unit, presets turned into instants, the cursor
 * decoded.
 *
 * @param scope        MINE or UNIT
 * @param scopeId      the recipient user (MINE) or the unit whose subtree is listed (UNIT)
 * @param viewerId     the caller, who must be in the grants of a RESERVED item's turns
 * @param states       states to list, never empty
 * @param lights       lights to list; empty: any
 * @param today        the current day in the institution's zone
 * @param issuedFrom   first instant of the issue period
 * @param issuedBefore first instant after the issue period
 * @param documentType exact document type
 * @param sender       text the sender's name contains, ignoring case and accents
 * @param priority     exact priority
 * @param after        keyset position to start after
 */
public record TurnCriteria(Scope scope, String scopeId, String viewerId, Set<TurnState> states,
                           Set<TrafficLight> lights, LocalDate today, Optional<Instant> issuedFrom,
                           Optional<Instant> issuedBefore, Optional<String> documentType, Optional<String> sender,
                           Optional<Priority> priority, Optional<TurnPosition> after) {

    public TurnCriteria {
        states = Set.copyOf(states);
        lights = Set.copyOf(lights);
    }
}
