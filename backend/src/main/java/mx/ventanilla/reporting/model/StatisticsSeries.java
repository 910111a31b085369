package mx.ventanilla.reporting.model;

import java.util.List;
import java.util.Optional;

/**
 * One unit's figures over the period, one point per bucket, empty buckets included, in time order.
 *
 * @param unitId the unit; empty for the total of every unit reported
 * @param points the buckets
 */
public record StatisticsSeries(Optional<String> unitId, List<StatisticsPoint> points) {

    public StatisticsSeries {
        points = List.copyOf(points);
    }
}
