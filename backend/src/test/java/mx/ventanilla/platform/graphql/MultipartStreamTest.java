package mx.ventanilla.platform.graphql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
    void partsFullOfDelimiterLookalikesSurviveAnyWayTheBodyIsCutIntoReads() throws IOException {
        Random random = new Random(20261121);
        for (int trial = 0; trial < 200; trial++) {
            List<byte[]> parts = new ArrayList<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(ascii(random.nextBoolean() ? "" : "preamble\r\n"));
            for (int part = 0; part < 1 + random.nextInt(4); part++) {
                byte[] content = lookalikeContent(random, random.nextInt(random.nextBoolean() ? 50 : 200_000));
                parts.add(content);
                body.writeBytes(ascii((part == 0 ? "--" : "\r\n--") + "xYz-boundary\r\n"
                        + "Content-Disposition: form-data; name=\"p" + part + "\"\r\n\r\n"));
                body.writeBytes(content);
            }
            body.writeBytes(ascii("\r\n--xYz-boundary--\r\n"));
            MultipartStream stream = new MultipartStream(new Trickle(body.toByteArray(), random), "xYz-boundary",
                    10_000_000);

            stream.start();
            for (byte[] expected : parts) {
                assertThat(stream.hasNextPart()).isTrue();
                stream.readHeaders();
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                stream.copyPart(received);
                assertThat(received.toByteArray()).as("trial %d", trial).isEqualTo(expected);
            }
            assertThat(stream.hasNextPart()).isFalse();
        }
    }

    @Test
    void aBodyCutOffInsideAPartIsRefused() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nsome content\r\n--";
        MultipartStream stream = new MultipartStream(input(body), "b", 10_000);

        assertThatThrownBy(() -> {
            stream.start();
            stream.readHeaders();
            stream.copyPart(new ByteArrayOutputStream());
        }).isInstanceOf(MalformedRequestException.class).hasMessageContaining("ends before its closing delimiter");
    }

    /** Random bytes with many CRs and pieces of the delimiter, none of them the whole delimiter. */
    private static byte[] lookalikeContent(Random random, int length) {
        String[] pieces = {"\r", "\r\n", "\r\n-", "\r\n--", "\r\n--xYz", "\r\n--xYz-boundar", "--xYz-boundary"};
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (content.size() < length) {
            if (random.nextInt(8) == 0) {
                content.writeBytes(ascii(pieces[random.nextInt(pieces.length)]));
            } else {
                content.write(random.nextInt(256));
            }
        }
        byte[] bytes = content.toByteArray();
        return ascii(new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n--xYz-boundary", "\r\n--xYz-boundarY"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Hands the body out in reads of 1 to 100 bytes, or now and then a large one, as a network would. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int at;

        Trickle(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (at >= bytes.length) {
                return -1;
            }
            int wanted = random.nextInt(10) == 0 ? length : 1 + random.nextInt(100);
            int n = Math.min(Math.min(length, wanted), bytes.length - at);
            System.arraycopy(bytes, at, target, offset, n);
            at += n;
            return n;
        }
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
