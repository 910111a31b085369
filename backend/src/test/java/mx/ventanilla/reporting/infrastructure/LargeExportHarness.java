package mx.ventanilla.reporting.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a large export through the real table writers into a byte-counting sink and prints rows, bytes, seconds and
 * the peak heap used. Run it with a small heap to show that the writers hold only a window of rows:
 * {@code java -Xmx64m -cp <test classpath> mx.ventanilla.reporting.infrastructure.LargeExportHarness XLSX 100000}.
 */
public final class LargeExportHarness {

    private LargeExportHarness() {
    }

    public static void main(String[] args) throws IOException {
        TableWriter.Format format = TableWriter.Format.valueOf(args[0]);
        int rows = Integer.parseInt(args[1]);
        CountingSink sink = new CountingSink();
        long started = System.nanoTime();
        try (TableWriter writer = format.open(sink, "turnos")) {
            writer.header(List.of("Folio", "Asunto", "Remitente", "Fecha de turno", "Fecha límite", "Estado"));
            for (int i = 0; i < rows; i++) {
                writer.row(List.of("DG-2026-%06d".formatted(i), "Solicitud de información pública número " + i,
                        "José Ramírez Núñez", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2).plusDays(i % 30),
                        "Enviado"));
            }
            writer.finish(sink);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("format=%s rows=%d bytes=%d seconds=%.1f peakHeapMiB=%d maxHeapMiB=%d%n", format, rows,
                sink.bytes, seconds, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static final class CountingSink extends OutputStream {
        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

}
