package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ExceptionMessagesTest {

    @Test
    void tooLargeStatesTheLimitInUnitsAPersonReads() {
        assertThat(new ObjectTooLargeException(25L * 1024 * 1024).getMessage())
                .contains("25 MiB", "nothing was stored");
        assertThat(new ObjectTooLargeException(1536).getMessage()).contains("1536 bytes");
    }

    @Test
    void unsupportedTypeNamesWhatWasFoundAndWhatIsAccepted() {
        UnsupportedContentTypeException e =
                new UnsupportedContentTypeException("text/html", Set.of("image/png", "application/pdf"));

        assertThat(e.getMessage()).isEqualTo(
                "The content is text/html, which is not accepted here; accepted types: application/pdf, image/png.");
    }

    @Test
    void notFoundNamesTheKeyAndTheBucket() {
        assertThat(new ObjectNotFoundException("scans/2025/01/x", "ventanilla").getMessage())
                .contains("'scans/2025/01/x'", "'ventanilla'");
    }
}
