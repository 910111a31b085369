package mx.ventanilla.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.InputRules;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Renames, re-levels, moves, deactivates or reactivates a unit (ADMIN only).
 *
 * <p>A move recomputes the ancestors of every unit below the moved one and the unit path of every member of those
 * units, so the visibility rule follows the new tree at once. Moves that would put a unit below itself are refused.
 * The writes go bottom-up and the moved unit is written last: should one fail midway, repeating the same move
 * completes it, because each descendant's new ancestry is derived from the part of its path below the moved unit.
 *
 * <p>A unit can be deactivated only when no active unit and no active user remains in it, so nothing active hangs
 * from an inactive unit; likewise it can be reactivated only below an active parent.
 */
public final class UpdatingOrgUnit {

    private final OrgUnits units;
    private final Users users;

    public UpdatingOrgUnit(OrgUnits units, Users users) {
        this.units = units;
        this.users = users;
    }

    public OrgUnit update(Principal caller, String id, OrgUnitChanges changes) {
        AccessPolicy.requireAdmin(caller);
        OrgUnit current = units.findById(id).orElseThrow(() -> new NotFoundException("No unit with id " + id + "."));
        Problems problems = new Problems();
        String name = changes.name().map(String::strip).orElse(current.name());
        problems.check("name", InputRules.nameProblem("unit name", name));
        Optional<OrgUnit> parent = changes.parent().isPresent()
                ? newParent(current, changes.parent().get(), problems)
                : current.parentId().flatMap(units::findById);
        boolean active = changes.active().orElse(current.active());
        checkActivity(current, active, parent, problems);
        problems.throwIfAny();
        OrgUnit updated = new OrgUnit(current.id(), current.code(), name, changes.kind().orElse(current.kind()),
                parent.map(OrgUnit::id), parent.map(OrgUnit::path).orElse(List.of()), active);
        if (!updated.ancestorIds().equals(current.ancestorIds())) {
            relocateSubtree(updated);
        }
        units.update(updated);
        return updated;
    }

    private Optional<OrgUnit> newParent(OrgUnit unit, OrgUnitChanges.ParentChange change, Problems problems) {
        if (!(change instanceof OrgUnitChanges.ParentChange.Under under)) {
            return Optional.empty();
        }
        Optional<OrgUnit> parent = units.findById(under.parentId());
        if (parent.isEmpty()) {
            problems.add("parentId", "The parent unit " + under.parentId() + " does not exist.");
        } else if (parent.get().id().equals(unit.id())) {
            problems.add("parentId", "A unit cannot be its own parent.");
        } else if (parent.get().ancestorIds().contains(unit.id())) {
            problems.add("parentId", "Unit " + parent.get().code() + " is below " + unit.code()
                    + "; moving " + unit.code() + " under it would make a cycle.");
        } else if (!parent.get().active()) {
            problems.add("parentId", "The parent unit " + parent.get().code() + " is inactive; reactivate it first.");
        }
        return parent;
    }

    private void checkActivity(OrgUnit current, boolean active, Optional<OrgUnit> parent, Problems problems) {
        boolean reactivating = active && !current.active();
        boolean deactivating = !active && current.active();
        Optional<OrgUnit> inactiveParent = parent.filter(unit -> !unit.active());
        if (reactivating && inactiveParent.isPresent()) {
            problems.add("active", "The parent unit " + inactiveParent.get().code()
                    + " is inactive; reactivate it first.");
        }
        if (deactivating) {
            checkNothingActiveInside(current, problems);
        }
    }

    private void checkNothingActiveInside(OrgUnit unit, Problems problems) {
        long activeChildren = units.countActiveChildren(unit.id());
        if (activeChildren > 0) {
            problems.add("active", "Unit " + unit.code() + " still has " + activeChildren
                    + " active units below it; move or deactivate them first.");
        }
        long activeMembers = users.countActiveInUnit(unit.id());
        if (activeMembers > 0) {
            problems.add("active", "Unit " + unit.code() + " still has " + activeMembers
                    + " active users; move or deactivate them first.");
        }
    }

    private void relocateSubtree(OrgUnit moved) {
        List<OrgUnit> relocated = new ArrayList<>();
        for (OrgUnit descendant : units.descendantsOf(moved.id())) {
            List<String> below = descendant.ancestorIds()
                    .subList(descendant.ancestorIds().indexOf(moved.id()) + 1, descendant.ancestorIds().size());
            List<String> ancestors = new ArrayList<>(moved.path());
            ancestors.addAll(below);
            relocated.add(new OrgUnit(descendant.id(), descendant.code(), descendant.name(), descendant.kind(),
                    descendant.parentId(), ancestors, descendant.active()));
        }
        units.updateAncestry(relocated);
        List<OrgUnit> withMembersToRefresh = new ArrayList<>(relocated);
        withMembersToRefresh.add(moved);
        users.refreshUnitPaths(withMembersToRefresh);
    }
}
