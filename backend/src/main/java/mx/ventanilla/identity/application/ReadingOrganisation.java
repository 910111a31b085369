package mx.ventanilla.identity.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnitQuery;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Reads the organisation tree as the caller may see it: its own unit and everything below, or everything for ADMIN and
 * AUDITOR. A unit outside that subtree is reported as not found.
 */
public final class ReadingOrganisation {

    private final OrgUnits units;

    public ReadingOrganisation(OrgUnits units) {
        this.units = units;
    }

    public OrgUnit orgUnit(Principal caller, String id) {
        return units.findById(id)
                .filter(unit -> AccessPolicy.canSee(caller, unit))
                .orElseThrow(() -> new NotFoundException("No unit with id " + id + "."));
    }

    /** A page of the visible units matching the query, ordered by code. */
    public List<OrgUnit> orgUnits(Principal caller, OrgUnitQuery query) {
        return units.page(AccessPolicy.visibleSubtreeRoot(caller).map(query::restrictedTo).orElse(query));
    }

    /**
     * The visible tree in depth-first order: each unit is followed by its children (ordered by code) before its next
     * sibling, so a client can draw it from one list. The roots are the root units for callers who see everything and
     * the caller's own unit for everyone else.
     */
    public List<OrgUnit> orgTree(Principal caller, boolean includeInactive) {
        List<OrgUnit> visible = AccessPolicy.visibleSubtreeRoot(caller).map(units::subtreeOf).orElseGet(units::all);
        List<OrgUnit> wanted = visible.stream().filter(unit -> includeInactive || unit.active()).toList();
        Map<String, OrgUnit> byId = wanted.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Map<String, List<OrgUnit>> children = wanted.stream()
                .filter(unit -> unit.parentId().filter(byId::containsKey).isPresent())
                .collect(Collectors.groupingBy(unit -> unit.parentId().orElseThrow()));
        List<OrgUnit> ordered = new ArrayList<>();
        wanted.stream()
                .filter(unit -> unit.parentId().filter(byId::containsKey).isEmpty())
                .sorted(Comparator.comparing(OrgUnit::code))
                .forEach(root -> appendDepthFirst(root, children, ordered));
        return ordered;
    }

    /** The visible units among these ids, by id; for batch loading. */
    public Map<String, OrgUnit> visibleUnits(Principal caller, Collection<String> ids) {
        return units.findAllById(ids).stream()
                .filter(unit -> AccessPolicy.canSee(caller, unit))
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    /** The visible children of each of these units, ordered by code; for batch loading. */
    public Map<String, List<OrgUnit>> visibleChildren(Principal caller, Collection<String> parentIds) {
        Map<String, List<OrgUnit>> children = new LinkedHashMap<>();
        parentIds.forEach(id -> children.put(id, new ArrayList<>()));
        units.childrenOf(parentIds).stream()
                .filter(unit -> AccessPolicy.canSee(caller, unit))
                .forEach(unit -> children.get(unit.parentId().orElseThrow()).add(unit));
        return children;
    }

    private static void appendDepthFirst(OrgUnit unit, Map<String, List<OrgUnit>> children, List<OrgUnit> ordered) {
        ordered.add(unit);
        children.getOrDefault(unit.id(), List.of()).stream()
                .sorted(Comparator.comparing(OrgUnit::code))
                .forEach(child -> appendDepthFirst(child, children, ordered));
    }
}
