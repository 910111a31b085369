package mx.ventanilla.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import mx.ventanilla.TestTokens;
import mx.ventanilla.Ventanilla;

/**
 * A backend in its own JVM, for measuring a request's heap alone: started by the harness with a small {@code -Xmx} on
 * the harness's MongoDB, it prints {@code BENCH PORT <port>}, then answers {@code reset} (full GC, peak usage
 * cleared) and {@code peak} ({@code BENCH PEAK <heap bytes> <old-generation bytes>}) on standard input until
 * {@code quit} or end of input.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "127.0.0.1");
        settings.put("ventanilla.data-dir", Path.of(args[0]).toString());
        settings.put("ventanilla.mongodb.uri", args[1]);
        settings.put("ventanilla.mongodb.database", args[2]);
        settings.put("ventanilla.demo-data", "false");
        Config config = Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml")).build();
        try (Ventanilla ventanilla = TestTokens.start(config)) {
            System.out.println("BENCH PORT " + ventanilla.port());
            serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
    }

    private static void serve(BufferedReader commands) throws Exception {
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            switch (command.strip()) {
                case "reset" -> reset();
                case "peak" -> System.out.println("BENCH PEAK " + peak(false) + " " + peak(true));
                case "quit" -> {
                    return;
                }
                default -> System.out.println("BENCH UNKNOWN " + command);
            }
        }
    }

    private static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        System.out.println("BENCH OK");
    }

    private static long peak(boolean oldGenerationOnly) {
        return heapPools().filter(pool -> !oldGenerationOnly || pool.getName().contains("Old"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
