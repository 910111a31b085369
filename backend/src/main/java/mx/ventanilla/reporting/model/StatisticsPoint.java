package mx.ventanilla.reporting.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The figures of one bucket.
 *
 * @param bucket                      the bucket's label ({@code 2026-03-05}, {@code 2026-W10}, {@code 2026-03}, {@code 2026})
 * @param start                       its first day
 * @param registered                  items registered
 * @param turnsSent                   turns sent
 * @param turnsReceived               turns received (opened by their recipient)
 * @param responses                   responses given
 * @param concluded                   turns concluded
 * @param overdue                     turns due in the bucket that were not answered by their due date (still open
 *                                    after it, or answered or concluded later); cancelled turns never count
 * @param averageResponseBusinessDays mean business days from issue to response of the responses in the bucket
 */
public record StatisticsPoint(String bucket, LocalDate start, long registered, long turnsSent, long turnsReceived,
                              long responses, long concluded, long overdue,
                              Optional<Double> averageResponseBusinessDays) {
}
