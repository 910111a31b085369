package mx.ventanilla.pwa.api;

import java.util.List;
import java.util.Optional;

/**
 * One page of an inbox, earliest due date first.
 *
 * @param turns     the turns of the page
 * @param nextAfter the cursor of the next page, when there is one
 */
public record TurnPage(List<Turn> turns, Optional<String> nextAfter) {

    public TurnPage {
        turns = List.copyOf(turns);
    }
}
