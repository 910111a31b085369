package mx.ventanilla.reporting.model;

import java.util.Optional;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.Principal;

/**
 * What a caller may see, in the terms stores filter by: the unit whose subtree bounds it (none for ADMIN and AUDITOR)
 * and the caller's id, which must be in a RESERVED item's {@code grants} for the item (and its turns) to exist for the
 * caller, whatever the caller's roles.
 *
 * @param userId       the caller's subject id
 * @param subtreeRoot  the unit whose subtree the caller sees; empty: every unit
 */
public record Visibility(String userId, Optional<String> subtreeRoot) {

    public static Visibility of(Principal caller) {
        return new Visibility(caller.subjectId(), AccessPolicy.visibleSubtreeRoot(caller));
    }
}
