package mx.ventanilla.reporting.model;

import java.time.ZoneId;
import java.util.Set;

/**
 * The part of the data statistics cover.
 *
 * @param viewerId the caller, who must be in a RESERVED item's grants for it (and its turns) to count
 * @param unitIds  the units counted (a unit's subtree, or for ADMIN and AUDITOR every unit)
 * @param period   the days counted
 * @param zone     the institution's time zone, in which days begin and end
 */
public record StatisticsScope(String viewerId, Set<String> unitIds, Period period, ZoneId zone) {

    public StatisticsScope {
        unitIds = Set.copyOf(unitIds);
    }
}
