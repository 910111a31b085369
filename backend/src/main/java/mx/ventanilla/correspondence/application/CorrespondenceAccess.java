package mx.ventanilla.correspondence.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.correspondence.model.Confidentiality;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.Correspondences;
import mx.ventanilla.correspondence.model.Folio;
import mx.ventanilla.correspondence.model.ListedTurn;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.NotFoundException;

/**
 * Who sees and who may change an item and its turns. A PUBLIC item is seen by members of its audience units and the
 * units above them (ADMIN and AUDITOR see all); a RESERVED one only by the users granted it, whatever their unit. In
 * the turn tree, people above the item (its registering or addressee unit or above) see every turn; anyone else sees
 * the turns sent to their unit or below and everything under those. What a caller may not see does not exist.
 */
public final class CorrespondenceAccess {

    private final Correspondences store;
    private final OrgUnits units;

    public CorrespondenceAccess(Correspondences store, OrgUnits units) {
        this.store = store;
        this.units = units;
    }

    public static boolean canSee(Principal caller, Correspondence item) {
        if (item.isReserved()) {
            return item.grants().contains(caller.subjectId());
        }
        return caller.seesAllUnits() || item.audiencePath().contains(caller.unitId());
    }

    public Correspondence visibleItem(Principal caller, String id) {
        return store.findById(id).filter(item -> canSee(caller, item))
                .orElseThrow(() -> new NotFoundException("There is no correspondence item " + id + "."));
    }

    public Correspondence visibleByFolio(Principal caller, Folio folio) {
        return store.findByFolio(folio).filter(item -> canSee(caller, item))
                .orElseThrow(() -> new NotFoundException("There is no correspondence item with folio " + folio + "."));
    }

    /** The items with these ids that the caller sees, in the order of the ids; the others are left out. */
    public List<Correspondence> visibleItems(Principal caller, List<String> ids) {
        Map<String, Correspondence> visible = store.findAllById(Set.copyOf(ids)).stream()
                .filter(item -> canSee(caller, item))
                .collect(Collectors.toMap(Correspondence::id, Function.identity()));
        return ids.stream().filter(visible::containsKey).map(visible::get).toList();
    }

    /**
     * The turns with these ids that the caller sees (a visible item, and the turn in the caller's part of its tree),
     * in the order of the ids; the others are left out. Three reads whatever the number of ids.
     */
    public List<Turn> visibleTurns(Principal caller, List<String> turnIds) {
        List<Turn> wanted = store.findTurns(Set.copyOf(turnIds));
        Set<String> itemIds = wanted.stream().map(Turn::correspondenceId).collect(Collectors.toSet());
        List<Correspondence> items = visibleItems(caller, List.copyOf(itemIds));
        Map<String, List<Turn>> treeOf = store.turnsOfAll(items.stream().map(Correspondence::id).toList()).stream()
                .collect(Collectors.groupingBy(Turn::correspondenceId));
        Map<String, Turn> visible = items.stream()
                .flatMap(item -> visibleTree(caller, item, treeOf.getOrDefault(item.id(), List.of())).stream())
                .collect(Collectors.toMap(Turn::id, Function.identity()));
        return turnIds.stream().filter(visible::containsKey).map(visible::get).toList();
    }

    /**
     * The listed turns the caller sees, in list order; the others are left out. The same rule as
     * {@link #visibleTurns}: a turn that reached its recipient and whose own stored fields prove the caller sees its
     * item and its place in the tree is kept without reading anything; only the others are checked against their items
     * and trees (three reads, and none when every turn proves itself).
     */
    public List<Turn> visibleListed(Principal caller, List<ListedTurn> listed) {
        Map<String, Turn> proven = listed.stream().filter(turn -> provablyVisible(caller, turn))
                .map(ListedTurn::turn).collect(Collectors.toMap(Turn::id, Function.identity()));
        List<String> unproven = listed.stream().map(turn -> turn.turn().id()).filter(id -> !proven.containsKey(id))
                .toList();
        Map<String, Turn> checked = unproven.isEmpty() ? Map.of() : visibleTurns(caller, unproven).stream()
                .collect(Collectors.toMap(Turn::id, Function.identity()));
        return listed.stream().map(turn -> turn.turn().id())
                .map(id -> proven.getOrDefault(id, checked.get(id)))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Sent turns widened their item's audience to the recipient unit's path and carry the item's grants, so the turn
     * alone shows that {@link #canSee} and {@link #visibleTree} would both keep it.
     */
    private static boolean provablyVisible(Principal caller, ListedTurn listed) {
        Turn turn = listed.turn();
        if (!turn.state().wasSent()) {
            return false;
        }
        boolean inRecipientUnit = caller.seesAllUnits() || turn.recipientUnitPath().contains(caller.unitId());
        if (listed.confidentiality() != Confidentiality.RESERVED) {
            return inRecipientUnit;
        }
        boolean named = turn.recipientUserId().filter(caller.subjectId()::equals).isPresent();
        return listed.grants().contains(caller.subjectId()) && (inRecipientUnit || named);
    }

    /** The item, visible to a caller who may write, and not archived. */
    public Correspondence changeableItem(Principal caller, String id) {
        AccessPolicy.requireWriter(caller);
        Correspondence item = visibleItem(caller, id);
        requireNotArchived(item);
        return item;
    }

    public static void requireNotArchived(Correspondence item) {
        if (item.status() == CorrespondenceStatus.ARCHIVED) {
            throw new ConflictException("Item " + item.folio() + " is in the archive (archivo de trámite) and is "
                    + "read-only.");
        }
    }

    /** A turn the caller sees, with its item and all the item's turns. */
    public Located visibleTurn(Principal caller, String turnId) {
        NotFoundException missing = new NotFoundException("There is no turn " + turnId + ".");
        Turn turn = store.findTurn(turnId).orElseThrow(() -> missing);
        Correspondence item = store.findById(turn.correspondenceId()).filter(found -> canSee(caller, found))
                .orElseThrow(() -> missing);
        List<Turn> all = store.turnsOf(item.id());
        if (visibleTree(caller, item, all).stream().noneMatch(visible -> visible.id().equals(turnId))) {
            throw missing;
        }
        return new Located(item, turn, all);
    }

    /** A visible turn of an item that is not archived, for a caller who may write. */
    public Located changeableTurn(Principal caller, String turnId) {
        AccessPolicy.requireWriter(caller);
        Located located = visibleTurn(caller, turnId);
        requireNotArchived(located.item());
        return located;
    }

    public List<Turn> visibleTree(Principal caller, Correspondence item, List<Turn> all) {
        if (caller.seesAllUnits() || isAbove(caller, item)) {
            return all;
        }
        Set<String> reached = new HashSet<>();
        List<Turn> visible = new ArrayList<>();
        for (Turn turn : all) {
            boolean below = turn.recipientUnitPath().contains(caller.unitId())
                    || turn.recipientUserId().filter(caller.subjectId()::equals).isPresent()
                    || turn.ancestorTurnIds().stream().anyMatch(reached::contains);
            if (below) {
                reached.add(turn.id());
                visible.add(turn);
            }
        }
        return visible;
    }

    /** Whether the caller's unit is the item's registering or addressee unit, or above one of them. */
    public boolean isAbove(Principal caller, Correspondence item) {
        return pathOf(item.addresseeUnitId()).contains(caller.unitId())
                || pathOf(item.registeredUnitId()).contains(caller.unitId());
    }

    /** Managers above the item (and ADMIN) turn it, decide proposals, conclude and archive it. */
    public void requireManagerAbove(Principal caller, Correspondence item) {
        if (!isManagerAbove(caller, item)) {
            throw new ForbiddenException("Only a manager (titular) of the item's registering or addressee unit, or "
                    + "of a unit above them, may do this.");
        }
    }

    /** Whether the caller is ADMIN or a manager of the item's registering or addressee unit or a unit above them. */
    public boolean isManagerAbove(Principal caller, Correspondence item) {
        return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.MANAGER) && isAbove(caller, item);
    }

    public List<String> pathOf(String unitId) {
        return units.findById(unitId).map(OrgUnit::path).orElse(List.of());
    }

    /** An item and one of its turns, with all the item's turns. */
    public record Located(Correspondence item, Turn turn, List<Turn> all) {
    }
}
