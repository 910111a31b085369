package mx.ventanilla.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The turns export to Excel, served by a second backend in a forked JVM with a small heap ({@link BenchServer}) on the
 * same MongoDB, so the heap measured is the backend's alone: with the embedded MongoDB-wire server, the query and
 * its sort run in the harness's JVM, as they would run in MongoDB in production.
 *
 * @param rows        rows expected in the file
 * @param bytes       size of the file
 * @param seconds     from the request to the last byte
 * @param heapLimit   the forked JVM's {@code -Xmx}
 * @param peakHeap    peak used heap during the export (sum of the heap pools' peaks after a full GC), bytes
 * @param peakOldGen  peak used old generation during the export, bytes
 */
record ExportScenario(long rows, long bytes, double seconds, String heapLimit, long peakHeap, long peakOldGen) {

    static final String PATH = "/exports/turns.xlsx?scope=UNIT&state=RECEIVED";

    static ExportScenario run(String heapLimit, String mongoUri, String database, long expectedRows, String token)
            throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("ventanilla-bench-export");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heapLimit, "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), dataDir.toString(),
                mongoUri, database));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> readAnswers(server, answers));
        try (PrintWriter commands = new PrintWriter(new OutputStreamWriter(server.getOutputStream(),
                StandardCharsets.UTF_8), true)) {
            int port = Integer.parseInt(answer(answers, "PORT"));
            Progress.line("  export server started with -Xmx%s on port %d", heapLimit, port);
            commands.println("reset");
            answer(answers, "OK");
            long started = System.nanoTime();
            long bytes = new BenchClient(URI.create("http://127.0.0.1:" + port)).download(token, PATH);
            double seconds = (System.nanoTime() - started) / 1e9;
            commands.println("peak");
            String[] peaks = answer(answers, "PEAK").split(" ");
            commands.println("quit");
            return new ExportScenario(expectedRows, bytes, seconds, heapLimit, Long.parseLong(peaks[0]),
                    Long.parseLong(peaks[1]));
        } finally {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroy();
            }
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void readAnswers(Process server, BlockingQueue<String> answers) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("BENCH ")) {
                    answers.add(line.substring(6));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(BlockingQueue<String> answers, String kind) throws InterruptedException {
        String answer = answers.poll(10, TimeUnit.MINUTES);
        if (answer == null || !answer.startsWith(kind)) {
            throw new IllegalStateException("The export server answered " + answer + " instead of " + kind);
        }
        return answer.substring(kind.length()).strip();
    }
}
