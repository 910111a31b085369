package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MeasuredInputStreamTest {

    private final byte[] content = Samples.counting(10_000);

    @Test
    void countsAndHashesEverythingThatPassesThrough() throws IOException {
        MeasuredInputStream measured = new MeasuredInputStream(new ByteArrayInputStream(content), 10_000);

        byte[] read = measured.readAllBytes();

        assertThat(read).isEqualTo(content);
        assertThat(measured.count()).isEqualTo(10_000);
        assertThat(measured.sha256Hex()).isEqualTo(Samples.sha256(content));
        assertThat(measured.limitExceeded()).isFalse();
    }

    @Test
    void skippedBytesAreHashedToo() throws IOException {
        MeasuredInputStream measured = new MeasuredInputStream(new ByteArrayInputStream(content), 10_000);

        measured.skipNBytes(4_000);
        measured.readAllBytes();

        assertThat(measured.count()).isEqualTo(10_000);
        assertThat(measured.sha256Hex()).isEqualTo(Samples.sha256(content));
    }

    @Test
    void failsOnTheFirstByteOverTheLimit() throws IOException {
        MeasuredInputStream measured = new MeasuredInputStream(new ByteArrayInputStream(content), 9_999);

        assertThat(measured.readNBytes(9_999)).hasSize(9_999);
        assertThat(measured.limitExceeded()).isFalse();
        assertThatThrownBy(measured::read).isInstanceOf(MeasuredInputStream.SizeLimitExceededException.class);
        assertThat(measured.limitExceeded()).isTrue();
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ByteArrayInputStream source = new ByteArrayInputStream(content) {
            @Override
            public void close() {
                throw new AssertionError("the caller's stream was closed");
            }
        };

        new MeasuredInputStream(source, 10_000).close();
    }
}
