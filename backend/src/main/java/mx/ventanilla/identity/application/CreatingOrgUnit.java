package mx.ventanilla.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.InputRules;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;

/** Adds a unit to the organisation tree (ADMIN only), below an active parent or as a new root. */
public final class CreatingOrgUnit {

    private final OrgUnits units;

    public CreatingOrgUnit(OrgUnits units) {
        this.units = units;
    }

    public OrgUnit create(Principal caller, NewOrgUnit command) {
        AccessPolicy.requireAdmin(caller);
        String code = InputRules.normalizeUnitCode(command.code());
        String name = command.name().strip();
        Problems problems = new Problems();
        problems.check("code", InputRules.unitCodeProblem(code));
        problems.check("name", InputRules.nameProblem("unit name", name));
        Optional<OrgUnit> parent = command.parentId().flatMap(id -> activeParent(id, problems));
        problems.throwIfAny();
        if (units.findByCode(code).isPresent()) {
            throw new ConflictException("A unit with code " + code + " already exists; choose another code.");
        }
        OrgUnit unit = new OrgUnit(UUID.randomUUID().toString(), code, name, command.kind(),
                parent.map(OrgUnit::id), parent.map(OrgUnit::path).orElse(List.of()), true);
        units.insert(unit);
        return unit;
    }

    private Optional<OrgUnit> activeParent(String id, Problems problems) {
        Optional<OrgUnit> parent = units.findById(id);
        if (parent.isEmpty()) {
            problems.add("parentId", "The parent unit " + id + " does not exist.");
        } else if (!parent.get().active()) {
            problems.add("parentId", "The parent unit " + parent.get().code() + " is inactive; reactivate it first.");
        }
        return parent.filter(OrgUnit::active);
    }
}
