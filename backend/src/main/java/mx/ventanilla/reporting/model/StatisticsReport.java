package mx.ventanilla.reporting.model;

import java.util.List;

/**
 * Production statistics for a chart.
 *
 * @param period      the days counted
 * @param granularity the bucket size
 * @param total       every reported unit together
 * @param units       one series per unit that has any figure, by unit id
 */
public record StatisticsReport(Period period, Granularity granularity, StatisticsSeries total,
                               List<StatisticsSeries> units) {

    public StatisticsReport {
        units = List.copyOf(units);
    }
}
