package mx.ventanilla.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of one run, their ratios against the baselines of the same run and the targets, as a console table,
 * Markdown ({@code results.md}), CSV ({@code results.csv}) and a chart ({@code chart.svg}).
 */
final class Report {

    /** An API measurement against its baseline, with the least acceptable throughput ratio. */
    record Comparison(String name, Figures api, Figures baseline, double target) {
        double ratio() {
            return api.throughput() / baseline.throughput();
        }

        boolean met() {
            return ratio() >= target;
        }

        /**
         * The baseline's CPU time a call over the API's: what the throughput ratio would be if the process's CPU
         * were the only limit, as it is when the cores are saturated. Other programs on the machine move it far
         * less than they move throughput.
         */
        double cpuRatio() {
            return baseline.cpuPerCall() / api.cpuPerCall();
        }
    }

    private static final double EXPORT_SECONDS_TARGET = 15;
    private static final long EXPORT_HEAP_TARGET = 256L * 1024 * 1024;
    private static final double REAL_MONGO_P99_TARGET_MS = 50;

    private final BenchOptions options;
    private final boolean embeddedMongo;
    private final boolean embeddedStorage;
    private final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<Figures> figures = new ArrayList<>();
    private Optional<ExportScenario> export = Optional.empty();
    private List<QueryPlans> plans = List.of();
    private long inboxRows;
    private Optional<DigitisationBacklog> backlog = Optional.empty();

    Report(BenchOptions options, boolean embeddedMongo, boolean embeddedStorage) {
        this.options = options;
        this.embeddedMongo = embeddedMongo;
        this.embeddedStorage = embeddedStorage;
    }

    void add(List<Figures> measured) {
        figures.addAll(measured);
    }

    void export(ExportScenario scenario) {
        export = Optional.of(scenario);
    }

    void plans(List<QueryPlans> checked) {
        plans = checked;
    }

    void backlog(DigitisationBacklog drained) {
        backlog = Optional.of(drained);
    }

    void inboxRows(long rows) {
        inboxRows = rows;
    }

    List<Comparison> comparisons() {
        List<Comparison> comparisons = new ArrayList<>();
        for (Figures api : figures) {
            if (!api.label().endsWith("/ API over HTTP")) {
                continue;
            }
            String name = api.label().substring(0, api.label().indexOf(" / "));
            String baselineSuffix = name.startsWith("registration") ? "/ raw MinIO puts" : "/ direct driver";
            figures.stream().filter(f -> f.label().equals(name + " " + baselineSuffix)).findFirst()
                    .ifPresent(baseline -> comparisons.add(new Comparison(name, api, baseline, target(name))));
            figures.stream().filter(f -> f.label().equals(RegistrationScenario.WITH_CRC32)).findFirst()
                    .filter(baseline -> name.startsWith("registration"))
                    .ifPresent(baseline -> comparisons.add(new Comparison(name + " against puts with CRC32", api,
                            baseline, 0)));
        }
        return comparisons;
    }

    /** The least acceptable throughput ratio; zero where the issue sets none (the item lookup, for reference). */
    private static double target(String name) {
        if (name.startsWith("registration")) {
            return 0.70;
        }
        return name.startsWith("inbox") ? 0.50 : 0;
    }

    String table() {
        StringBuilder out = new StringBuilder("\n");
        out.append("%-56s %8s %9s %10s %10s %11s%n".formatted("scenario", "calls", "per s", "p50 ms", "p99 ms",
                "CPU ms/call"));
        figures.forEach(f -> out.append("%-56s %8d %9.1f %10.1f %10.1f %11.1f%n".formatted(f.label(), f.calls(),
                f.throughput(), f.p50(), f.p99(), f.cpuPerCall())));
        out.append('\n');
        comparisons().forEach(c -> out.append("%-56s ratio %.2f (%s); CPU ratio %.2f%n".formatted(c.name(),
                c.ratio(), c.target() == 0 ? "for reference"
                        : "target >= %.2f %s".formatted(c.target(), c.met() ? "met" : "MISSED"), c.cpuRatio())));
        export.ifPresent(e -> out.append("export: %,d rows, %.1f MB in %.1f s, peak heap %.0f MB (old gen %.0f MB)"
                .formatted(e.rows(), e.bytes() / 1e6, e.seconds(), mb(e.peakHeap()), mb(e.peakOldGen()))
                + " under -Xmx" + e.heapLimit() + "\n"));
        plans.forEach(p -> out.append("explain %s: %s%n".formatted(p.query(), p.verdict())));
        backlog.ifPresent(b -> out.append(b.summary()).append('\n'));
        return out.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results.md"), markdown());
        Files.writeString(directory.resolve("results.csv"), csv());
        Files.writeString(directory.resolve("chart.svg"), Chart.svg(this));
    }

    List<Figures> figures() {
        return figures;
    }

    String title() {
        return "%,d items, %,d turns, %s, %d inbox clients".formatted(options.items(),
                (long) options.items() * options.turnsPerItem(), store(), options.clients());
    }

    private String store() {
        return (embeddedMongo ? "embedded MongoDB-wire server" : "MongoDB") + " + "
                + (embeddedStorage ? "embedded S3 server" : "S3/MinIO");
    }

    private String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run of ").append(at).append("\n\n");
        md.append("- command: `").append(command()).append("`\n");
        md.append("- store: ").append(store()).append('\n');
        md.append("- machine: ").append(machine()).append('\n');
        if (options.runs("inbox") || options.runs("item") || options.runs("export")) {
            md.append("- data: %,d items, %,d turns; the inbox (unit SV and below, as `titular.sv`) holds %,d turns;"
                    .formatted(options.items(), (long) options.items() * options.turnsPerItem(), inboxRows))
                    .append(" pages of %d, deep page %d%n".formatted(options.pageSize(), options.deepPage()));
        }
        md.append(("- periods: warm-up %d s, then %d s measured per contender in %d interleaved rounds; %d inbox"
                + " clients, %d registration clients%n%n").formatted(options.warmUp().toSeconds(),
                options.duration().toSeconds(), options.rounds(), options.clients(), options.registrationClients()));
        md.append("| scenario | clients | calls | per second | p50 ms | p99 ms | max ms | CPU ms a call |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        figures.forEach(f -> md.append("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n".formatted(f.label(),
                f.clients(), f.calls(), f.throughput(), f.p50(), f.p99(), f.max(), f.cpuPerCall())));
        md.append("\nCPU ms a call: CPU time of the whole harness process (backend, embedded servers, load clients)"
                + " over the measured periods, divided by the calls.\n");
        md.append("\n| API against baseline | throughput ratio | target | | CPU ratio |\n|---|---|---|---|---|\n");
        comparisons().forEach(c -> md.append("| %s | %.2f | %s | %s | %.2f |%n".formatted(c.name(), c.ratio(),
                c.target() > 0 ? "≥ %.2f".formatted(c.target()) : "none", c.target() == 0 ? "for reference"
                        : c.met() ? "met" : "**missed**", c.cpuRatio())));
        backlog.ifPresent(b -> md.append("\n").append(b.summary()).append("\n"));
        export.ifPresent(e -> md.append(exportMarkdown(e)));
        md.append(plansMarkdown());
        return md.toString();
    }

    private String exportMarkdown(ExportScenario e) {
        boolean met = e.seconds() < EXPORT_SECONDS_TARGET && e.peakHeap() < EXPORT_HEAP_TARGET;
        return ("\n| export | rows | file | time | peak heap (old gen) | heap limit | targets < 15 s, < 256 MB |\n"
                + "|---|---|---|---|---|---|---|\n| `%s` | %,d | %.1f MB | %.1f s | %.0f MB (%.0f MB) | %s | %s |%n")
                .formatted(ExportScenario.PATH, e.rows(), e.bytes() / 1e6, e.seconds(), mb(e.peakHeap()),
                        mb(e.peakOldGen()), e.heapLimit(), met ? "met" : "**missed**");
    }

    private String plansMarkdown() {
        StringBuilder md = new StringBuilder();
        if (!plans.isEmpty()) {
            md.append("\n| query (explain) | winning plan |\n|---|---|\n");
            plans.forEach(p -> md.append("| %s | %s |%n".formatted(p.query(), p.verdict())));
        }
        if (!embeddedMongo) {
            figures.stream().filter(f -> f.label().startsWith("inbox") && f.label().endsWith("API over HTTP"))
                    .forEach(f -> md.append("\nInbox p99 target on MongoDB (%s): %.1f ms against ≤ %.0f ms: %s%n"
                            .formatted(f.label(), f.p99(), REAL_MONGO_P99_TARGET_MS,
                                    f.p99() <= REAL_MONGO_P99_TARGET_MS ? "met" : "**missed**")));
        }
        return md.toString();
    }

    private String csv() {
        StringBuilder csv = new StringBuilder(
                "scenario,clients,calls,seconds,per_second,p50_ms,p99_ms,max_ms,cpu_ms_per_call\n");
        figures.forEach(f -> csv.append(String.format(Locale.ROOT, "\"%s\",%d,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f%n",
                f.label(), f.clients(), f.calls(), f.seconds(), f.throughput(), f.p50(), f.p99(), f.max(),
                f.cpuPerCall())));
        export.ifPresent(e -> csv.append(String.format(Locale.ROOT, "\"export turns.xlsx (%d rows, %d bytes, peak heap"
                + " %d bytes, -Xmx%s)\",1,1,%.2f,%.4f,%.2f,%.2f,%.2f,%n", e.rows(), e.bytes(), e.peakHeap(),
                e.heapLimit(), e.seconds(), 1 / e.seconds(), e.seconds() * 1000, e.seconds() * 1000,
                e.seconds() * 1000)));
        return csv.toString();
    }

    private String command() {
        List<String> shown = new ArrayList<>(options.commandLine());
        int secret = shown.indexOf("--storage-secret-key");
        if (secret >= 0 && secret + 1 < shown.size()) {
            shown.set(secret + 1, "****");
        }
        return "./mvnw -B -q -pl backend -Pbench test-compile exec:exec -Dbench.args=\"" + String.join(" ", shown)
                + "\"";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            cpu = "unknown CPU (" + e.getMessage() + ")";
        }
        return "%s, %d cores, %s %s, JDK %s, harness heap max %.0f MB".formatted(cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1048576.0);
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
