package mx.ventanilla.platform.graphql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import mx.ventanilla.platform.graphql.RequestReader.MalformedRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartStreamTest {

    @Test
    void partsAreReadPastPreambleAndEpilogueWithContentThatLooksLikeADelimiter() throws IOException {
        String body = "preamble to ignore\r\n--b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + "one\r\n--b0und\r\n--b0undar\r\r\n--b0undary  \r\nContent-Disposition: form-data; name=\"b\"\r\n"
                + "Content-Type: text/plain\r\n\r\n\r\r\n\r\n--b0undary--\r\nepilogue";
        MultipartStream stream = new MultipartStream(input(body), "b0undary", 10_000);
        stream.start();

        Map<String, String> first = stream.readHeaders();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        stream.copyPart(a);
        Map<String, String> second = stream.readHeaders();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        stream.copyPart(b);

        assertThat(first).containsEntry("content-disposition", "form-data; name=\"a\"");
        assertThat(a.toString(StandardCharsets.UTF_8)).isEqualTo("one\r\n--b0und\r\n--b0undar\r");
        assertThat(second).containsEntry("content-type", "text/plain");
        assertThat(b.toString(StandardCharsets.UTF_8)).isEqualTo("\r\r\n");
        assertThat(stream.hasNextPart()).isFalse();
    }

    @Test
    void bodyLongerThanTheLimitIsRefusedWhileReading() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + "x".repeat(200) + "\r\n--b--";
        MultipartStream stream = new MultipartStream(input(body), "b", 100);

        assertThatThrownBy(() -> {
            stream.start();
            stream.readHeaders();
            stream.copyPart(new ByteArrayOutputStream());
        }).isInstanceOf(MultipartStream.TooLargeException.class).hasMessageContaining("larger than 100 bytes");
    }

    @Test
    void headerLineWithoutColonIsRefused() {
        MultipartStream stream = new MultipartStream(input("--b\r\nnot a header\r\n\r\nx\r\n--b--"), "b", 1000);

        assertThatThrownBy(() -> {
            stream.start();
            stream.readHeaders();
        }).isInstanceOf(MalformedRequestException.class).hasMessageContaining("malformed header line");
    }

    @Test
    void dispositionParametersAreUnquotedWithEscapesAndSemicolonsInsideQuotes() {
        Map<String, String> parameters = HeaderParameters.parse(
                "form-data; name=\"0\"; filename=\"oficio; \\\"final\\\".pdf\"; size=12");

        assertThat(parameters).containsEntry("name", "0")
                .containsEntry("filename", "oficio; \"final\".pdf")
                .containsEntry("size", "12");
    }

    private static ByteArrayInputStream input(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
