package mx.ventanilla.correspondence.model;

import mx.ventanilla.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolioTest {

    @Test
    void printsWithSixDigitSequence() {
        assertThat(new Folio("DG", 2026, 123)).hasToString("DG-2026-000123");
    }

    @Test
    void parsesWhatItPrintsIgnoringCase() {
        assertThat(Folio.parse(" dg-2026-000123 ")).isEqualTo(new Folio("DG", 2026, 123));
        assertThat(Folio.parse("SAF-2027-1234567").sequence()).isEqualTo(1_234_567);
    }

    @Test
    void refusesTextThatIsNotAFolio() {
        assertThatThrownBy(() -> Folio.parse("DG-26-1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("DG-2026-000123");
        assertThatThrownBy(() -> Folio.parse("{\"$gt\": \"\"}")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Folio("dg", 2026, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Folio("DG", 2026, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ordersByPrefixYearAndSequence() {
        assertThat(Folio.parse("DG-2026-000010")).isGreaterThan(Folio.parse("DG-2026-000009"));
        assertThat(Folio.parse("DG-2027-000001")).isGreaterThan(Folio.parse("DG-2026-999999"));
    }
}
