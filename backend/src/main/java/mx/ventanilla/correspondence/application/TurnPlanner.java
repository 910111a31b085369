package mx.ventanilla.correspondence.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.correspondence.model.Actor;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnDeadline;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.error.InvalidInputException;

/** Checks a requested turn against the organisation and the calendar and makes it a {@link Turn}. */
public final class TurnPlanner {

    static final int MAX_INSTRUCTIONS = 2000;
    private static final int MAX_BUSINESS_DAYS = 250;

    private final OrgUnits units;
    private final Users users;
    private final InstitutionCalendar calendar;

    public TurnPlanner(OrgUnits units, Users users, InstitutionCalendar calendar) {
        this.units = units;
        this.users = users;
        this.calendar = calendar;
    }

    /**
     * A new turn of the item in the given state.
     *
     * @param parent the turn it is a sub-turn of, if any: its recipient's subtree bounds the recipient, its due date
     *               bounds the due date
     */
    public Turn plan(Correspondence item, TurnRequest request, Optional<Turn> parent, Actor issuer,
                     String issuerUnitId, TurnState state, Instant now) {
        OrgUnit recipient = recipientUnit(request.recipientUnitId());
        request.recipientUserId().ifPresent(userId -> requireMember(userId, recipient));
        parent.ifPresent(above -> requireBelow(recipient, above));
        Turn.TurnPlan plan = schedule(request.instruction(), request.instructions(), request.dueDate(),
                request.dueInBusinessDays(), request.priority().orElse(item.priority()),
                parent.map(Turn::dueDate), now);
        return new Turn(UUID.randomUUID().toString(), item.id(), item.folio().toString(), parent.map(Turn::id),
                parent.map(Turn::lineage).orElse(List.of()), issuer, issuerUnitId, recipient.id(),
                request.recipientUserId(), recipient.path(), plan.instruction(), plan.instructions(), plan.dueDate(),
                plan.yellowFrom(), plan.priority(), state, now, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), item.subject(), item.sender().name(),
                item.documentType(), 0);
    }

    /** Checks what a turn asks and computes its due date and first YELLOW day. */
    public Turn.TurnPlan schedule(TurnInstruction instruction, Optional<String> instructions,
                                  Optional<LocalDate> dueDate, Optional<Integer> dueInBusinessDays, Priority priority,
                                  Optional<LocalDate> parentDueDate, Instant now) {
        String text = Texts.optional("instructions", instructions, MAX_INSTRUCTIONS);
        BusinessCalendar businessDays = calendar.current();
        LocalDate today = businessDays.dateOf(now);
        LocalDate due = dueDate(dueDate, dueInBusinessDays, today, businessDays);
        TurnDeadline.check(due, today, parentDueDate);
        if (due.isAfter(calendar.horizon())) {
            throw new InvalidInputException("dueDate", "Due dates can be set up to " + calendar.horizon() + ".");
        }
        LocalDate yellowFrom = calendar.policy().yellowFrom(now, due, businessDays);
        return new Turn.TurnPlan(instruction, text, due, yellowFrom, priority);
    }

    private static LocalDate dueDate(Optional<LocalDate> dueDate, Optional<Integer> days, LocalDate today,
                                     BusinessCalendar businessDays) {
        if (dueDate.isPresent() == days.isPresent()) {
            throw new InvalidInputException("dueDate",
                    "Give a turn either a dueDate or dueInBusinessDays (business days from today), not both.");
        }
        if (dueDate.isPresent()) {
            return dueDate.get();
        }
        int count = days.get();
        if (count < 1 || count > MAX_BUSINESS_DAYS) {
            throw new InvalidInputException("dueInBusinessDays",
                    "dueInBusinessDays must be between 1 and " + MAX_BUSINESS_DAYS + "; got " + count + ".");
        }
        return businessDays.plusBusinessDays(today, count);
    }

    /** The active managers of a unit: a RESERVED item reaching the unit is granted to them. */
    public List<String> managersOf(String unitId) {
        return users.page(UserQuery.builder(100).unit(unitId, false).role(Role.MANAGER).active(true).build())
                .stream().map(User::id).toList();
    }

    /** Who must be granted a RESERVED item when this turn is sent: the named person and the unit's managers. */
    public Set<String> grantsFor(Turn turn) {
        Set<String> granted = new HashSet<>(managersOf(turn.recipientUnitId()));
        turn.recipientUserId().ifPresent(granted::add);
        return granted;
    }

    private OrgUnit recipientUnit(String unitId) {
        return units.findById(unitId).filter(OrgUnit::active)
                .orElseThrow(() -> new InvalidInputException("recipientUnitId",
                        "There is no active unit " + unitId + " to turn to."));
    }

    private void requireMember(String userId, OrgUnit unit) {
        boolean member = users.findById(userId)
                .filter(User::active)
                .filter(user -> user.unitId().equals(unit.id()))
                .isPresent();
        if (!member) {
            throw new InvalidInputException("recipientUserId",
                    "The recipient person must be an active user of unit " + unit.code() + ".");
        }
    }

    private static void requireBelow(OrgUnit recipient, Turn parent) {
        if (!recipient.path().contains(parent.recipientUnitId())) {
            throw new InvalidInputException("recipientUnitId", "A sub-turn goes to the unit that received the turn "
                    + "or to a unit below it; " + recipient.code() + " is not.");
        }
    }
}
