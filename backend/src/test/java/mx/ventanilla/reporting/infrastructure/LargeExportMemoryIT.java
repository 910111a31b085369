package mx.ventanilla.reporting.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 100,000-row export written by the real writers in a JVM whose heap is far too small to hold the rows. */
class LargeExportMemoryIT {

    @Test
    void hundredThousandRowExcelExportRunsInSixtyFourMegabytesOfHeap() throws Exception {
        assertThat(runHarness("XLSX")).contains("rows=100000", "maxHeapMiB=64");
    }

    @Test
    void hundredThousandRowCsvExportRunsInSixtyFourMegabytesOfHeap() throws Exception {
        assertThat(runHarness("CSV")).contains("rows=100000");
    }

    private static String runHarness(String format) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LargeExportHarness.class.getName(), format, "100000"))
                .redirectErrorStream(true)
                .start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("harness finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
