package mx.ventanilla.pwa.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.junit.jupiter.api.Test;

class LimitedFileUploadTest {

    @Test
    void theServerRefusesWhatTheBrowserIsToldToRefuse() {
        RespondForm.LimitedFileUpload upload = new RespondForm.LimitedFileUpload((metadata, file) -> { },
                metadata -> new File("unused"));

        assertThat(upload.getFileSizeMax()).isEqualTo(20L * 1024 * 1024);
        assertThat(upload.getRequestSizeMax()).isGreaterThan(upload.getFileSizeMax())
                .isLessThan(upload.getFileSizeMax() + 1024 * 1024);
    }
}
