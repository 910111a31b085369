package mx.ventanilla.reporting.model;

import java.util.List;
import java.util.function.Consumer;

/** The raw figures of production statistics (port; aggregated from {@code correspondence} and {@code turns}). */
public interface ProductionFigures {

    /** Per unit and day, how many of the measure happened within the scope. */
    List<DailyCount> dailyCounts(Measure measure, StatisticsScope scope);

    /** Every turn of the scope's units due within its period, not cancelled, rejected or merely proposed. */
    void forEachDue(StatisticsScope scope, Consumer<DeadlineFact> sink);

    /** Every turn of the scope's units answered within its period. */
    void forEachAnswered(StatisticsScope scope, Consumer<DeadlineFact> sink);
}
