package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("PNG", Samples.png(), "image/png"),
                Arguments.of("JPEG", Samples.jpeg(), "image/jpeg"),
                Arguments.of("PDF", Samples.pdf(), "application/pdf"),
                Arguments.of("TIFF", Samples.tiff(), "image/tiff"),
                Arguments.of("WebP", Samples.webp(), "image/webp"),
                Arguments.of("text", Samples.text(), "text/plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void typeIsToldFromTheBytes(String format, byte[] content, String expected) {
        assertThat(sniffer.detect(content)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theShortcutForCommonFormatsAgreesWithTikasFullRules(String format, byte[] content, String expected) {
        assertThat(sniffer.detectWithTika(content)).isEqualTo(expected);
        assertThat(sniffer.detect(content)).isEqualTo(sniffer.detectWithTika(content));
    }

    @Test
    void bytesThatOnlyBeginLikeACommonFormatAreLeftToTika() {
        byte[] riffButNotWebp = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
        byte[] pdfWithoutDash = "%PDF".getBytes(StandardCharsets.US_ASCII);

        assertThat(sniffer.detect(riffButNotWebp)).isNotEqualTo("image/webp").isEqualTo("audio/vnd.wave");
        assertThat(sniffer.detect(pdfWithoutDash)).isNotEqualTo("application/pdf");
    }

    @Test
    void htmlIsNotMistakenForAnAllowedType() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        String type = sniffer.detect(html);

        assertThat(sniffer.isAllowed(type, Set.of("image/png", "application/pdf"))).isFalse();
    }

    @Test
    void allowedTypesMayBeWrittenAsAliases() {
        assertThat(sniffer.isAllowed("application/pdf", Set.of("application/x-pdf"))).isTrue();
        assertThat(sniffer.isAllowed("application/pdf", Set.of("image/png"))).isFalse();
    }

    @Test
    void headCoversTheLongestMagicNumber() {
        assertThat(sniffer.headLength()).isGreaterThanOrEqualTo(64);
    }
}
