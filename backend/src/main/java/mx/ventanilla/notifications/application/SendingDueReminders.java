package mx.ventanilla.notifications.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.AssignedTurns;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.NotificationTexts;

/**
 * The daily reminder pass: on a business day, every open turn that shows YELLOW (due soon) or RED (overdue) reminds
 * its holders once. The keys name the turn and the day, so running the pass again the same day (a restart, a second
 * instance, an administrator) plans nothing new.
 */
public final class SendingDueReminders {

    private final AssignedTurns turns;
    private final PlanningDeliveries planning;
    private final Supplier<BusinessCalendar> calendar;
    private final Clock clock;

    public SendingDueReminders(AssignedTurns turns, PlanningDeliveries planning, Supplier<BusinessCalendar> calendar,
                               Clock clock) {
        this.turns = turns;
        this.planning = planning;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** ADMIN: runs today's pass now; returns how many reminders were newly planned. */
    public int runNow(Principal caller) {
        AccessPolicy.requireAdmin(caller);
        return runToday();
    }

    /** Today's pass, in the institution's time zone; nothing on weekends and holidays. */
    public int runToday() {
        BusinessCalendar days = calendar.get();
        LocalDate today = days.dateOf(clock.instant());
        if (!days.isBusinessDay(today)) {
            return 0;
        }
        int planned = 0;
        for (AssignedTurn turn : turns.dueSoonOrOverdue(today)) {
            planned += remind(turn, today);
        }
        return planned;
    }

    private int remind(AssignedTurn turn, LocalDate today) {
        boolean overdue = turn.dueDate().isBefore(today);
        return planning.plan(turn, "reminder:" + turn.turnId() + ":" + today,
                overdue ? Delivery.Reason.OVERDUE : Delivery.Reason.DUE_SOON,
                overdue ? NotificationTexts.overdue(turn) : NotificationTexts.dueSoon(turn));
    }
}
