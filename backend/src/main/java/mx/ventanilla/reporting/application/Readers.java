package mx.ventanilla.reporting.application;

import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.NotFoundException;

/** Who may read reports, and which units a report may be asked about. */
final class Readers {

    static final String READ_SCOPE = "correspondence:read";

    private Readers() {
    }

    /** Service accounts need the {@code correspondence:read} scope; users need nothing more than signing in. */
    static void requireReader(Principal caller) {
        if (!caller.grantsScope(READ_SCOPE)) {
            throw new ForbiddenException("This token lacks the " + READ_SCOPE + " scope needed to read correspondence.");
        }
    }

    /** The unit, when the caller may see it; an invisible unit does not exist for the caller. */
    static OrgUnit visibleUnit(Principal caller, String unitId, OrgUnits units) {
        return units.findById(unitId)
                .filter(unit -> AccessPolicy.canSee(caller, unit))
                .orElseThrow(() -> new NotFoundException("No unit with id " + unitId + "."));
    }

    /** The ids of a unit and every unit below it. */
    static Set<String> subtreeIds(String unitId, OrgUnits units) {
        Set<String> ids = new java.util.HashSet<>(Set.of(unitId));
        units.subtreeOf(unitId).forEach(unit -> ids.add(unit.id()));
        return Set.copyOf(ids);
    }

    /** The units a statistics report covers: the chosen unit's subtree, else the caller's, else every unit. */
    static Set<String> reportedUnits(Principal caller, Optional<String> chosen, OrgUnits units) {
        if (chosen.isPresent()) {
            return subtreeIds(visibleUnit(caller, chosen.get(), units).id(), units);
        }
        return AccessPolicy.visibleSubtreeRoot(caller)
                .map(root -> subtreeIds(root, units))
                .orElseGet(() -> units.all().stream().map(OrgUnit::id).collect(java.util.stream.Collectors.toSet()));
    }
}
