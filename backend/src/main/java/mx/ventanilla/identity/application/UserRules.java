package mx.ventanilla.identity.application;

import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Role;

/** Checks shared by creating and updating users. */
final class UserRules {

    private UserRules() {
    }

    static void checkRoles(Set<Role> roles, Problems problems) {
        if (roles.isEmpty()) {
            problems.add("roles", "A user needs at least one role.");
        }
    }

    static void checkUnit(OrgUnits units, String unitId, Problems problems) {
        Optional<OrgUnit> unit = units.findById(unitId);
        if (unit.isEmpty()) {
            problems.add("unitId", "The unit " + unitId + " does not exist.");
        } else if (!unit.get().active()) {
            problems.add("unitId", "The unit " + unit.get().code() + " is inactive; choose an active unit.");
        }
    }
}
