package mx.ventanilla.pwa.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a user of the institution reads them: in the user's language and the institution's time zone.
 *
 * @param locale   the user's language
 * @param timeZone the institution's time zone
 */
record Formats(Locale locale, ZoneId timeZone) {

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(timeZone).format(instant);
    }
}
