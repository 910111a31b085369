package mx.ventanilla.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The harness's command line. {@code --quick} is a small run for trying the harness: 5,000 items and short periods;
 * explicit options given after it still win.
 *
 * @param items               correspondence items to seed
 * @param turnsPerItem        turns seeded per item (the first of each item is RECEIVED: the export's rows)
 * @param clients             concurrent inbox clients
 * @param pageSize            inbox page size
 * @param deepPage            which page is the deep one, reached by paging from the first
 * @param warmUp              warm-up before each measured inbox or registration period
 * @param duration            each contender's measured time, split over the rounds
 * @param rounds              how many times the contenders of a comparison take turns
 * @param registrationClients concurrent registration clients
 * @param exportHeap          {@code -Xmx} of the forked server that serves the export
 * @param mongodbUri          a MongoDB to use instead of the embedded server
 * @param storageEndpoint     an S3/MinIO endpoint to use instead of the embedded server
 * @param storageAccessKey    its access key
 * @param storageSecretKey    its secret key
 * @param testcontainers      start MongoDB 7 (a one-node replica set) and MinIO in Docker for the run
 * @param out                 where the Markdown, CSV and SVG results go
 * @param only                the scenarios to run ({@link #SCENARIOS}); all of them by default
 * @param embeddedCacheMb     the embedded server's H2 page cache, in MB
 * @param scanWorkers         the backend's digitisation workers; 0 keeps every registration PENDING (for profiling)
 * @param backlogWait         how long to wait, after registration, for the worker to make every scan READY
 * @param commandLine         the arguments as given, for the report
 */
record BenchOptions(int items, int turnsPerItem, int clients, int pageSize, int deepPage, Duration warmUp,
                    Duration duration, int rounds, int registrationClients, String exportHeap,
                    Optional<String> mongodbUri, Optional<String> storageEndpoint, Optional<String> storageAccessKey,
                    Optional<String> storageSecretKey, boolean testcontainers, Path out, Set<String> only,
                    int embeddedCacheMb, int scanWorkers, Duration backlogWait, List<String> commandLine) {

    /** The scenarios {@code --only} chooses from, in the order they run. */
    static final List<String> SCENARIOS = List.of("inbox", "item", "registration", "export", "explain");

    /** Whether this scenario is to run. */
    boolean runs(String scenario) {
        return only.contains(scenario);
    }

    static final String USAGE = """
            Options (defaults in brackets):
              --quick                    5,000 items, 5 s warm-up, 10 s periods
              --items N                  items to seed [100000]
              --turns-per-item N         turns per item, at least 1 [3]
              --clients N                concurrent inbox clients [32]
              --page-size N              inbox page size [20]
              --deep-page N              the deep page, reached by paging [50]
              --warm-up SECONDS          [10]
              --duration SECONDS         each contender's measured time [20]
              --rounds N                 turns the contenders of a comparison take [2]
              --registration-clients N   [4]
              --export-heap SIZE         -Xmx of the forked export server [256m]
              --mongodb-uri URI          use this MongoDB (a fresh database is created and dropped)
              --storage-endpoint URL     use this S3/MinIO endpoint, with --storage-access-key and --storage-secret-key
              --testcontainers           start MongoDB 7 and MinIO in Docker (Testcontainers) for the run
              --out DIR                  results directory [docs/benchmarks]
              --only LIST                scenarios to run, comma-separated, of inbox,item,registration,export,explain
                                         [all]
              --embedded-cache-mb N      the embedded server's H2 page cache [1536]; its background compaction is off
              --scan-workers N           the backend's digitisation workers, 0 to leave every scan PENDING [1]
              --backlog-wait SECONDS     how long to wait for the worker to digitise what registration left [1200]
            """;

    /** These options with MongoDB and the object store at the given addresses. */
    BenchOptions withServices(String mongoUri, String endpoint, String accessKey, String secretKey) {
        return new BenchOptions(items, turnsPerItem, clients, pageSize, deepPage, warmUp, duration,
                rounds, registrationClients, exportHeap, Optional.of(mongoUri), Optional.of(endpoint),
                Optional.of(accessKey), Optional.of(secretKey), testcontainers, out, only, embeddedCacheMb,
                scanWorkers, backlogWait, commandLine);
    }

    static BenchOptions parse(String[] args) {
        Builder options = new Builder(List.copyOf(Arrays.asList(args)));
        for (int i = 0; i < args.length; i++) {
            i = options.accept(args, i);
        }
        return options.build();
    }

    private static final class Builder {
        private final List<String> commandLine;
        private int items = 100_000;
        private int turnsPerItem = 3;
        private int clients = 32;
        private int pageSize = 20;
        private int deepPage = 50;
        private Duration warmUp = Duration.ofSeconds(10);
        private Duration duration = Duration.ofSeconds(20);
        private int rounds = 2;
        private int registrationClients = 4;
        private String exportHeap = "256m";
        private Optional<String> mongodbUri = Optional.empty();
        private Optional<String> storageEndpoint = Optional.empty();
        private Optional<String> accessKey = Optional.empty();
        private Optional<String> secretKey = Optional.empty();
        private boolean testcontainers;
        private Path out = Path.of("docs", "benchmarks");
        private Set<String> only = new LinkedHashSet<>(SCENARIOS);
        private int embeddedCacheMb = 1536;
        private int scanWorkers = 1;
        private Duration backlogWait = Duration.ofMinutes(20);

        Builder(List<String> commandLine) {
            this.commandLine = new ArrayList<>(commandLine);
        }

        int accept(String[] args, int i) {
            String name = args[i];
            if (name.equals("--quick")) {
                items = 5_000;
                warmUp = Duration.ofSeconds(5);
                duration = Duration.ofSeconds(10);
                return i;
            }
            if (name.equals("--testcontainers")) {
                testcontainers = true;
                return i;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + name + "\n" + USAGE);
            }
            set(name, args[i + 1]);
            return i + 1;
        }

        private void set(String name, String value) {
            switch (name) {
                case "--items" -> items = positive(name, value);
                case "--turns-per-item" -> turnsPerItem = positive(name, value);
                case "--clients" -> clients = positive(name, value);
                case "--page-size" -> pageSize = positive(name, value);
                case "--deep-page" -> deepPage = positive(name, value);
                case "--warm-up" -> warmUp = Duration.ofSeconds(positive(name, value));
                case "--duration" -> duration = Duration.ofSeconds(positive(name, value));
                case "--rounds" -> rounds = positive(name, value);
                case "--registration-clients" -> registrationClients = positive(name, value);
                case "--export-heap" -> exportHeap = value;
                case "--mongodb-uri" -> mongodbUri = Optional.of(value);
                case "--storage-endpoint" -> storageEndpoint = Optional.of(value);
                case "--storage-access-key" -> accessKey = Optional.of(value);
                case "--storage-secret-key" -> secretKey = Optional.of(value);
                case "--out" -> out = Path.of(value);
                case "--only" -> only = scenarios(value);
                case "--embedded-cache-mb" -> embeddedCacheMb = positive(name, value);
                case "--scan-workers" -> scanWorkers = Integer.parseInt(value);
                case "--backlog-wait" -> backlogWait = Duration.ofSeconds(positive(name, value));
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }

        private static Set<String> scenarios(String value) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String name : value.split(",")) {
                String scenario = name.trim();
                if (!SCENARIOS.contains(scenario)) {
                    throw new IllegalArgumentException("--only takes " + String.join(",", SCENARIOS) + ", not "
                            + scenario);
                }
                chosen.add(scenario);
            }
            return chosen;
        }

        private static int positive(String name, String value) {
            int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (number < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return number;
        }

        BenchOptions build() {
            if (storageEndpoint.isPresent() && (accessKey.isEmpty() || secretKey.isEmpty())) {
                throw new IllegalArgumentException("--storage-endpoint needs --storage-access-key and "
                        + "--storage-secret-key");
            }
            return new BenchOptions(items, turnsPerItem, clients, pageSize, deepPage, warmUp, duration,
                    rounds, registrationClients, exportHeap, mongodbUri, storageEndpoint, accessKey, secretKey,
                    testcontainers, out, Set.copyOf(only), embeddedCacheMb, scanWorkers, backlogWait,
                    List.copyOf(commandLine));
        }
    }
}
