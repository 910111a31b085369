package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PutOptionsTest {

    @Test
    void mediaTypesAreComparedInLowerCase() {
        PutOptions options = PutOptions.builder("scans").allow(" Image/PNG ", "application/pdf").build();

        assertThat(options.allowedMediaTypes()).containsExactlyInAnyOrder("image/png", "application/pdf");
        assertThat(options.maxSize()).isEqualTo(PutOptions.DEFAULT_MAX_SIZE);
        assertThat(options.clientFileName()).isEmpty();
    }

    @Test
    void atLeastOneMediaTypeMustBeAllowed() {
        assertThatThrownBy(() -> PutOptions.builder("scans").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedMediaTypes");
    }

    @Test
    void somethingThatIsNotAMediaTypeIsRefused() {
        assertThatThrownBy(() -> PutOptions.builder("scans").allowedMediaTypes(Set.of("pdf")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pdf'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/scans", "scans/", "../scans", "scans/../etc", "Scans", "scans//x", "sc ans"})
    void keyPrefixMustBeSimpleLowerCaseSegments(String prefix) {
        assertThatThrownBy(() -> PutOptions.builder(prefix).allow("image/png").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyPrefix");
    }

    @Test
    void nestedKeyPrefixesAreAccepted() {
        assertThat(PutOptions.builder("attachments/replies_2").allow("image/png").build().keyPrefix())
                .isEqualTo("attachments/replies_2");
    }

    @Test
    void maxSizeMustBePositive() {
        assertThatThrownBy(() -> PutOptions.builder("scans").allow("image/png").maxSize(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSize");
    }

    @Test
    void longClientFileNamesAreShortenedWithoutSplittingACharacter() {
        String name = "😀".repeat(PutOptions.MAX_CLIENT_FILE_NAME_LENGTH + 10);

        String kept = PutOptions.builder("scans").allow("image/png").clientFileName(name).build()
                .clientFileName().orElseThrow();

        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(PutOptions.MAX_CLIENT_FILE_NAME_LENGTH);
        assertThat(kept).isEqualTo("😀".repeat(PutOptions.MAX_CLIENT_FILE_NAME_LENGTH));
    }

    @Test
    void blankClientFileNameCountsAsNone() {
        assertThat(PutOptions.builder("scans").allow("image/png").clientFileName("  ").build().clientFileName())
                .isEmpty();
    }
}
