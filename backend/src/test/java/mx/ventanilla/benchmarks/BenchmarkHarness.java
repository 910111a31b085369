package mx.ventanilla.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.minio.MinioClient;
import mx.ventanilla.TestTokens;
import mx.ventanilla.Ventanilla;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.reporting.application.TurnInbox;
import org.bson.Document;

/**
 * The performance harness: starts a real backend (embedded servers in a temporary directory, or the given MongoDB and
 * object store), seeds a large institution, measures the inbox, registration and the Excel export against baselines
 * taken in the same run, checks query plans on MongoDB, and writes a Markdown, CSV and SVG report. See
 * {@code docs/benchmarks.md} for the command.
 */
public final class BenchmarkHarness {

    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.testcontainers()) {
            try (Containers containers = Containers.start()) {
                run(containers.configure(options));
            }
        } else {
            run(options);
        }
        System.exit(0);
    }

    private static void run(BenchOptions options) throws Exception {
        Instant started = Instant.now();
        Path dataDir = Files.createTempDirectory("ventanilla-bench");
        String database = "ventanilla_bench_" + started.getEpochSecond();
        Progress.line("starting the backend, data in %s", dataDir);
        try (Ventanilla ventanilla = TestTokens.start(config(options, dataDir, database))) {
            Report report = measure(options, ventanilla, database, dataDir);
            report.write(options.out());
            System.out.println(report.table());
            Progress.line("results in %s", options.out().toAbsolutePath());
            if (options.mongodbUri().isPresent()) {
                ventanilla.mongo().database().drop();
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /** A full-size run leaves several gigabytes of embedded data behind; nothing in it is needed once reported. */
    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        Progress.line("deleted %s", directory);
    }

    private static Report measure(BenchOptions options, Ventanilla ventanilla, String database, Path dataDir)
            throws Exception {
        MongoDatabase mongo = ventanilla.mongo().database();
        BenchClient client = new BenchClient(ventanilla.baseUri());
        Seeder seeder = new Seeder(mongo);
        Report report = new Report(options, ventanilla.mongo().embeddedUri().isPresent(),
                options.storageEndpoint().isEmpty());

        if (options.only().equals(Set.of("registration"))) {
            measureRegistration(options, ventanilla, dataDir, mongo, client, seeder, report);
            return report;
        }
        Progress.line("seeding %,d items with %,d turns each", options.items(), options.turnsPerItem());
        String template = template(client, mongo, seeder);
        seeder.seed(template, options.items(), options.turnsPerItem(), userId(mongo, "director"));

        Principal caller = principal(mongo, "titular.sv");
        TurnInbox inbox = ventanilla.reporting().turnInbox();
        InboxScenarios inboxes = new InboxScenarios(options, client, inbox, mongo, caller, token(mongo, "titular.sv"),
                token(mongo, "admin"));
        report.inboxRows(mongo.getCollection("turns").countDocuments(Filters.eq("recipientUnitPath",
                seeder.unitId("SV"))));
        Optional<String> deep = Optional.empty();
        if (options.runs("inbox")) {
            Progress.line("inbox of titular.sv (unit SV and below), %d per page", options.pageSize());
            report.add(inboxes.inbox("first page", Optional.empty(), Optional.empty()));
            deep = inboxes.deepPosition();
            report.add(inboxes.inbox("page " + options.deepPage(), deep, inboxes.deepCursor()));
        }
        if (options.runs("item")) {
            Progress.line("item by id");
            report.add(inboxes.itemById(options.items()));
        }
        if (options.runs("registration")) {
            measureRegistration(options, ventanilla, dataDir, mongo, client, seeder, report);
        }
        if (options.runs("export")) {
            Progress.line("turns export to Excel");
            String mongoUri = options.mongodbUri().or(() -> ventanilla.mongo().embeddedUri()).orElseThrow();
            long rows = mongo.getCollection("turns").countDocuments(Filters.eq("state", "RECEIVED"));
            report.export(ExportScenario.run(options.exportHeap(), mongoUri, database, rows,
                    token(mongo, "director")));
        }
        if (options.runs("explain")) {
            Progress.line("query plans");
            report.plans(QueryPlans.check(ventanilla.mongo().embeddedUri().isEmpty(), mongo, ventanilla.reporting(),
                    caller, deep, options.pageSize()));
        }
        return report;
    }

    /**
     * Registration as the caller waits for it, then the digitisation it left behind: how many items were still
     * PENDING when the measured periods ended, and how long the worker took to make them READY.
     */
    private static void measureRegistration(BenchOptions options, Ventanilla ventanilla, Path dataDir,
                                            MongoDatabase mongo, BenchClient client, Seeder seeder, Report report)
            throws Exception {
        Progress.line("registration with three photos");
        RegistrationScenario registration = new RegistrationScenario(options, client, minio(options, ventanilla,
                dataDir), bucket(), token(mongo, "oficialia"), seeder.unitId("SV"));
        report.add(registration.run());
        if (options.scanWorkers() > 0) {
            Progress.line("waiting for digitisation to catch up");
            report.backlog(DigitisationBacklog.drain(mongo, registration.registered(),
                    options.backlogWait()));
        }
    }

    private static Config config(BenchOptions options, Path dataDir, String database) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "127.0.0.1");
        settings.put("ventanilla.data-dir", dataDir.toString());
        settings.put("ventanilla.demo-data", "true");
        settings.put("ventanilla.mongodb.database", database);
        settings.put("ventanilla.scans.workers", Integer.toString(options.scanWorkers()));
        options.mongodbUri().ifPresent(uri -> settings.put("ventanilla.mongodb.uri", uri));
        settings.put("ventanilla.mongodb.embedded.cache-mb", Integer.toString(options.embeddedCacheMb()));
        settings.put("ventanilla.mongodb.embedded.auto-compact", "false");
        options.storageEndpoint().ifPresent(endpoint -> settings.put("ventanilla.storage.endpoint", endpoint));
        options.storageAccessKey().ifPresent(key -> settings.put("ventanilla.storage.access-key", key));
        options.storageSecretKey().ifPresent(key -> settings.put("ventanilla.storage.secret-key", key));
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .sources(ConfigSources.create(settings), ConfigSources.classpath("application.yaml")).build();
    }

    /** Registers one item and turns it through the API: the documents every seeded one is copied from. */
    static String template(BenchClient client, MongoDatabase mongo, Seeder seeder) {
        Map<String, Object> input = new HashMap<>();
        input.put("direction", "INCOMING");
        input.put("documentType", "OFICIO");
        input.put("documentDate", LocalDate.now().minusDays(3).toString());
        input.put("receivedAt", Instant.now().minusSeconds(3600).toString());
        input.put("sender", Map.of("kind", "CITIZEN", "name", "José Núñez Ramírez"));
        input.put("addresseeUnitId", seeder.unitId("DG"));
        input.put("subject", "Plantilla de la medición");
        input.put("summary", "Solicita información sobre el programa de vivienda social.");
        input.put("archivalSeries", "2C.5");
        JsonNode item = client.graphQl(token(mongo, "oficialia"), RegistrationScenario.REGISTER,
                Map.of("input", input)).path("registerCorrespondence");
        String id = item.path("id").asText();
        client.graphQl(token(mongo, "director"), "mutation($id: ID!, $turns: [TurnInput!]!) {"
                        + " turnCorrespondence(correspondenceId: $id, turns: $turns) { id } }",
                Map.of("id", id, "turns", List.of(Map.of("recipientUnitId", seeder.unitId("SV"),
                        "instruction", "ATTENTION", "dueInBusinessDays", 10))));
        return id;
    }

    static String userId(MongoDatabase mongo, String username) {
        Document user = mongo.getCollection("users").find(Filters.eq("username", username)).first();
        if (user == null) {
            throw new IllegalStateException("No demo user " + username);
        }
        return user.getString("_id");
    }

    private static String token(MongoDatabase mongo, String username) {
        return TestTokens.forUser(userId(mongo, username));
    }

    static Principal principal(MongoDatabase mongo, String username) {
        Document user = mongo.getCollection("users").find(Filters.eq("username", username)).first();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.getList("roles", String.class).forEach(role -> roles.add(Role.valueOf(role)));
        return new Principal(user.getString("_id"), Principal.Kind.USER, username, roles, user.getString("unitId"),
                Set.of());
    }

    private static String bucket() {
        return "ventanilla";
    }

    private static MinioClient minio(BenchOptions options, Ventanilla ventanilla, Path dataDir) throws Exception {
        List<String> keys = options.storageEndpoint().isPresent()
                ? List.of(options.storageAccessKey().orElseThrow(), options.storageSecretKey().orElseThrow())
                : Files.readAllLines(dataDir.resolve("object-storage-credentials"));
        return MinioClient.builder().endpoint(ventanilla.storage().endpoint().toString()).region("us-east-1")
                .credentials(keys.get(0), keys.get(1)).build();
    }
}
