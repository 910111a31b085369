package mx.ventanilla.correspondence.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How an item was sent to the archivo de trámite.
 *
 * @param archivedAt     when
 * @param archivedBy     by whom
 * @param archivalSeries the series it is filed under
 * @param retentionYears years it is kept
 * @param retainUntil    the last day it must be kept
 */
public record ArchiveRecord(Instant archivedAt, Actor archivedBy, String archivalSeries, int retentionYears,
                            LocalDate retainUntil) {
}
