package mx.ventanilla.correspondence.model;

import java.util.Set;

/**
 * A turn as a list query read it from storage, with the confidentiality and grants of its item that every stored turn
 * carries (kept in step with the item), so that whether the caller sees it can often be told without reading the item.
 *
 * @param turn            the turn
 * @param confidentiality its item's confidentiality
 * @param grants          its item's grants: for a RESERVED item, the only users who see it
 */
public record ListedTurn(Turn turn, Confidentiality confidentiality, Set<String> grants) {

    public ListedTurn {
        grants = Set.copyOf(grants);
    }
}
