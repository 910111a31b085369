package mx.ventanilla.pwa.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

class DatePickersTest {

    @Test
    void spanishPickersUseSpanishNamesStartOnMondayAndShowDayMonthYear() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Translations.SPANISH);

        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("enero").endsWith("diciembre");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("domingo", "lunes");
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("dom", "lun");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getToday()).isEqualTo("Hoy");
    }

    @Test
    void englishPickersUseEnglishNamesAndAnUnambiguousFormat() {
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(Locale.forLanguageTag("en-US"));

        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd");
    }
}
