package mx.ventanilla.correspondence.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.CorrespondenceStatus;
import mx.ventanilla.correspondence.model.DecisionCandidates;
import mx.ventanilla.correspondence.model.DecisionPosition;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;

/**
 * What awaits the caller's decision: proposed turns the caller may approve or reject, and answered turns whose
 * response the caller may accept or return. Each list holds exactly the turns the matching mutation would let the
 * caller act on (visible item and turn, item not archived, the same role rules), sorted by due date, then id, and
 * paged by keyset. The store narrows candidates by state (and issuer); the rules are applied here, batch by batch.
 */
public final class PendingDecisions {

    private static final int BATCH = 100;

    private final DecisionCandidates candidates;
    private final CorrespondenceAccess access;

    public PendingDecisions(DecisionCandidates candidates, CorrespondenceAccess access) {
        this.candidates = candidates;
        this.access = access;
    }

    /**
     * Up to {@code first + 1} proposed turns the caller may approve or reject (a manager above the item, or ADMIN),
     * after {@code after}; the extra one tells whether another page follows.
     */
    public List<Turn> proposedToApprove(Principal caller, int first, Optional<DecisionPosition> after) {
        if (caller.isReadOnly() || !caller.hasAnyRole(Role.MANAGER, Role.ADMIN)) {
            return List.of();
        }
        return collect(caller, first, after, candidates::proposed,
                (item, turn) -> access.isManagerAbove(caller, item));
    }

    /**
     * Up to {@code first + 1} answered turns whose response the caller may accept or return (its issuer, a manager of
     * the issuing unit, or ADMIN), after {@code after}.
     */
    public List<Turn> responsesToEvaluate(Principal caller, int first, Optional<DecisionPosition> after) {
        if (caller.isReadOnly()) {
            return List.of();
        }
        Optional<DecisionCandidates.IssuedBy> issuedBy = caller.hasRole(Role.ADMIN) ? Optional.empty()
                : Optional.of(new DecisionCandidates.IssuedBy(caller.subjectId(),
                        caller.hasRole(Role.MANAGER) ? Optional.of(caller.unitId()) : Optional.empty()));
        return collect(caller, first, after, (position, limit) -> candidates.answered(issuedBy, position, limit),
                (item, turn) -> TurnRoles.isIssuer(caller, turn));
    }

    private List<Turn> collect(Principal caller, int first, Optional<DecisionPosition> after, Source source,
                               Rule rule) {
        List<Turn> found = new ArrayList<>();
        Optional<DecisionPosition> position = after;
        while (found.size() <= first) {
            List<Turn> batch = source.fetch(position, BATCH);
            found.addAll(decidable(caller, batch, rule));
            if (batch.size() < BATCH) {
                break;
            }
            position = Optional.of(DecisionPosition.of(batch.getLast()));
        }
        return found.size() > first + 1 ? List.copyOf(found.subList(0, first + 1)) : List.copyOf(found);
    }

    private List<Turn> decidable(Principal caller, List<Turn> batch, Rule rule) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Set<String> visible = access.visibleTurns(caller, batch.stream().map(Turn::id).toList()).stream()
                .map(Turn::id).collect(Collectors.toSet());
        Map<String, Correspondence> items = access.visibleItems(caller,
                        batch.stream().map(Turn::correspondenceId).distinct().toList()).stream()
                .collect(Collectors.toMap(Correspondence::id, Function.identity()));
        return batch.stream()
                .filter(turn -> visible.contains(turn.id()))
                .filter(turn -> items.containsKey(turn.correspondenceId()))
                .filter(turn -> items.get(turn.correspondenceId()).status() != CorrespondenceStatus.ARCHIVED)
                .filter(turn -> rule.allows(items.get(turn.correspondenceId()), turn))
                .toList();
    }

    @FunctionalInterface
    private interface Source {
        List<Turn> fetch(Optional<DecisionPosition> after, int limit);
    }

    @FunctionalInterface
    private interface Rule {
        boolean allows(Correspondence item, Turn turn);
    }
}
