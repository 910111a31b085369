package mx.ventanilla.reporting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import mx.ventanilla.calendar.model.BusinessCalendar;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.model.DeadlineFact;
import mx.ventanilla.reporting.model.Measure;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.ProductionFigures;
import mx.ventanilla.reporting.model.StatisticsQuery;
import mx.ventanilla.reporting.model.StatisticsReport;
import mx.ventanilla.reporting.model.StatisticsScope;

/**
 * Production statistics for charts ("estadísticas de producción"): per unit and bucket, items registered, turns sent,
 * received, answered and concluded, overdue turns and the average response time in business days. Storage counts per
 * unit and day in the institution's zone; weeks, months and years are folded here, so every granularity agrees with
 * the daily one. Only what the caller may see is counted.
 */
public final class ProductionStatistics {

    private final ProductionFigures figures;
    private final OrgUnits units;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public ProductionStatistics(ProductionFigures figures, OrgUnits units, BusinessCalendar calendar, Clock clock) {
        this.figures = figures;
        this.units = units;
        this.calendar = calendar;
        this.clock = clock;
    }

    public StatisticsReport compute(Principal caller, StatisticsQuery query) {
        Readers.requireReader(caller);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        Period period = Period.chosen(query.period(), query.preset(), today).orElseThrow();
        Set<String> reported = Readers.reportedUnits(caller, query.unitId(), units);
        StatisticsScope scope = new StatisticsScope(caller.subjectId(), reported, period, calendar.zone());
        StatisticsTally tally = new StatisticsTally(period, query.granularity());
        for (Measure measure : Measure.values()) {
            figures.dailyCounts(measure, scope).forEach(c -> tally.count(measure, c.unitId(), c.day(), c.count()));
        }
        figures.forEachDue(scope, fact -> countIfOverdue(tally, fact, today));
        figures.forEachAnswered(scope, fact -> countResponseTime(tally, fact));
        return tally.report();
    }

    private void countIfOverdue(StatisticsTally tally, DeadlineFact fact, LocalDate today) {
        boolean late = fact.doneAt()
                .map(done -> calendar.dateOf(done).isAfter(fact.dueDate()))
                .orElse(today.isAfter(fact.dueDate()));
        if (late) {
            tally.overdue(fact.recipientUnitId(), fact.dueDate());
        }
    }

    private void countResponseTime(StatisticsTally tally, DeadlineFact fact) {
        LocalDate answeredOn = calendar.dateOf(fact.answeredAt().orElseThrow());
        int days = calendar.businessDaysBetween(calendar.dateOf(fact.issuedAt()), answeredOn);
        tally.responseTime(fact.recipientUnitId(), answeredOn, days);
    }
}
