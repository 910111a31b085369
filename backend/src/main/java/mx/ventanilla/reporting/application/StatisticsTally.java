package mx.ventanilla.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import mx.ventanilla.reporting.model.Granularity;
import mx.ventanilla.reporting.model.Measure;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.StatisticsPoint;
import mx.ventanilla.reporting.model.StatisticsReport;
import mx.ventanilla.reporting.model.StatisticsSeries;

/** Folds daily figures into buckets per unit and in total; averages are kept as sums and counts until the end. */
final class StatisticsTally {

    private static final String TOTAL = "";

    private final Period period;
    private final Granularity granularity;
    private final Map<String, Map<LocalDate, Bucket>> byUnit = new TreeMap<>();

    StatisticsTally(Period period, Granularity granularity) {
        this.period = period;
        this.granularity = granularity;
    }

    void count(Measure measure, String unitId, LocalDate day, long count) {
        bucket(unitId, day).counts.merge(measure, count, Long::sum);
        bucket(TOTAL, day).counts.merge(measure, count, Long::sum);
    }

    void overdue(String unitId, LocalDate dueDate) {
        bucket(unitId, dueDate).overdue++;
        bucket(TOTAL, dueDate).overdue++;
    }

    void responseTime(String unitId, LocalDate answeredOn, int businessDays) {
        bucket(unitId, answeredOn).addResponseTime(businessDays);
        bucket(TOTAL, answeredOn).addResponseTime(businessDays);
    }

    StatisticsReport report() {
        List<StatisticsSeries> units = new ArrayList<>();
        byUnit.keySet().stream().filter(unit -> !unit.equals(TOTAL))
                .forEach(unit -> units.add(series(Optional.of(unit), byUnit.get(unit))));
        StatisticsSeries total = series(Optional.empty(), byUnit.getOrDefault(TOTAL, Map.of()));
        return new StatisticsReport(period, granularity, total, units);
    }

    private StatisticsSeries series(Optional<String> unitId, Map<LocalDate, Bucket> buckets) {
        List<StatisticsPoint> points = new ArrayList<>();
        for (LocalDate start = granularity.bucketStart(period.from()); !start.isAfter(period.to());
             start = granularity.next(start)) {
            points.add(buckets.getOrDefault(start, new Bucket()).point(granularity.label(start), start));
        }
        return new StatisticsSeries(unitId, points);
    }

    private Bucket bucket(String unitId, LocalDate day) {
        return byUnit.computeIfAbsent(unitId, unit -> new TreeMap<>())
                .computeIfAbsent(granularity.bucketStart(day), start -> new Bucket());
    }

    private static final class Bucket {
        private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        private long overdue;
        private long responseDays;
        private long responsesTimed;

        void addResponseTime(int businessDays) {
            responseDays += businessDays;
            responsesTimed++;
        }

        StatisticsPoint point(String label, LocalDate start) {
            Optional<Double> average = responsesTimed == 0 ? Optional.empty()
                    : Optional.of((double) responseDays / responsesTimed);
            return new StatisticsPoint(label, start, get(Measure.REGISTERED), get(Measure.SENT),
                    get(Measure.RECEIVED), get(Measure.RESPONSES), get(Measure.CONCLUDED), overdue, average);
        }

        private long get(Measure measure) {
            return counts.getOrDefault(measure, 0L);
        }
    }
}
