package mx.ventanilla.identity.infrastructure;

import mx.ventanilla.identity.model.ImportFile;
import mx.ventanilla.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvImportFileReaderTest {

    private final CsvImportFileReader reader = new CsvImportFileReader();

    @Test
    void readsHeaderInLowerCaseAndTrimmedCellsWithPhysicalLineNumbers() {
        ImportFile file = reader.read("\uFEFFType , Code,Name\r\nunit, DG ,\"Dirección General\"\r\n\r\n"
                + "unit,SV,\"Subdirección\nde Vivienda\"\r\n,,\r\nunit,SJ,\"Jurídica, \"\"SJ\"\"\"\r\n", 10);

        assertThat(file.headers()).containsExactly("type", "code", "name");
        assertThat(file.malformed()).isEmpty();
        assertThat(file.rows()).extracting(ImportFile.Row::line).containsExactly(2, 4, 7);
        assertThat(file.rows().get(0).value("code")).isEqualTo("DG");
        assertThat(file.rows().get(1).value("name")).isEqualTo("Subdirección\nde Vivienda");
        assertThat(file.rows().get(2).value("name")).isEqualTo("Jurídica, \"SJ\"");
    }

    @Test
    void shortRowsLackTrailingValuesAndExtraCellsAreCounted() {
        ImportFile file = reader.read("type,code,name\nunit,DG\nunit,SV,Vivienda,extra,,more\n", 10);

        assertThat(file.rows().get(0).value("name")).isEmpty();
        assertThat(file.rows().get(0).extraCells()).isZero();
        assertThat(file.rows().get(1).extraCells()).isEqualTo(2);
    }

    @Test
    void unclosedQuoteIsReportedAtTheLineWhereTheValueStarts() {
        ImportFile file = reader.read("type,code,name\nunit,DG,Dirección\nunit,SV,\"Vivienda\nunit,SJ,Jurídica\n", 10);

        assertThat(file.malformed()).hasValueSatisfying(malformed -> {
            assertThat(malformed.line()).isEqualTo(3);
            assertThat(malformed.message()).contains("never closed");
        });
    }

    @Test
    void strayCharactersAfterAQuotedValueAreReported() {
        ImportFile file = reader.read("type,code,name\nunit,DG,\"Dirección\" General\n", 10);

        assertThat(file.malformed()).hasValueSatisfying(malformed -> {
            assertThat(malformed.line()).isEqualTo(2);
            assertThat(malformed.message()).contains("two double quotes");
        });
    }

    @Test
    void emptyFilesAndFilesWithoutRowsAreRefused() {
        assertThatThrownBy(() -> reader.read("", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("\uFEFF \n", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("type,code,name\n\n", 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        String rows = "unit,X,Y\n".repeat(4);

        assertThat(reader.read("type,code,name\n" + rows, 4).rows()).hasSize(4);
        assertThatThrownBy(() -> reader.read("type,code,name\n" + rows + "unit,Z,W\n", 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The file has more than 4 rows; split it into several files and import them parents"
                        + " first.");
    }
}
