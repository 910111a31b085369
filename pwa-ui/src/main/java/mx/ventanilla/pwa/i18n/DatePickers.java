package mx.ventanilla.pwa.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Vaadin date pickers in the user's language from the resource bundles ({@code datepicker.*}): month and day names,
 * the week starting on Monday, and the date format ({@code dd/MM/yyyy} in Spanish), which the picker also uses to read
 * what is typed.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** Gives {@code picker} the calendar words and date formats of {@code locale}'s language; returns it. */
    public static DatePicker localise(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
        return picker;
    }

    /** The picker's words and formats for {@code locale}'s language. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        Map<String, String> words = Translations.withPrefix("datepicker.", locale);
        List<String> formats = list(words.get("formats"));
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(words.get("months")))
                .setWeekdays(list(words.get("weekdays")))
                .setWeekdaysShort(list(words.get("weekdays-short")))
                .setFirstDayOfWeek(Integer.parseInt(words.get("first-day-of-week")))
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setToday(words.get("today"))
                .setCancel(words.get("cancel"));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
