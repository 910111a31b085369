package mx.ventanilla.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import mx.ventanilla.TestTokens;
import mx.ventanilla.Ventanilla;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.TurnRow;

/**
 * The query plans of the inbox and the search on a real MongoDB 7.0 with the declared indexes: the backend starts on
 * it (so {@code ReportingIndexes} is ensured as in production), the harness's seeder writes a few thousand turns, and
 * {@code explain} runs on the very queries the adapters send ({@link QueryPlans}). Needs a Docker engine; without one
 * the class is reported as skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class QueryPlansContainersIT {

    private static final int ITEMS = 1_500;
    private static final int PAGE = 20;

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @TempDir
    static Path dataDir;
    static Ventanilla ventanilla;
    static MongoDatabase mongo;

    @BeforeAll
    static void seed() {
        ventanilla = TestTokens.start(Config.builder().disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(ConfigSources.create(Map.of("server.port", "0", "server.host", "127.0.0.1",
                        "ventanilla.data-dir", dataDir.toString(), "ventanilla.demo-data", "true",
                        "ventanilla.mongodb.uri", MONGO.getReplicaSetUrl(),
                        "ventanilla.mongodb.database", "plans")), ConfigSources.classpath("application.yaml"))
                .build());
        mongo = ventanilla.mongo().database();
        Seeder seeder = new Seeder(mongo);
        String template = BenchmarkHarness.template(new BenchClient(ventanilla.baseUri()), mongo, seeder);
        seeder.seed(template, ITEMS, 3, BenchmarkHarness.userId(mongo, "director"));
    }

    @AfterAll
    static void stop() {
        ventanilla.close();
    }

    @Test
    void everyInboxAndSearchQueryReadsAnIndexAndNoInboxQuerySortsInMemory() {
        Principal caller = BenchmarkHarness.principal(mongo, "titular.sv");
        List<QueryPlans> plans = QueryPlans.check(true, mongo, ventanilla.reporting(), caller,
                deepPosition(caller, 10), PAGE);

        assertThat(plans).extracting(QueryPlans::query).hasSize(6);
        assertThat(plans).allSatisfy(plan -> assertThat(plan.ixscan()).as(plan.query() + ": " + plan.verdict())
                .isTrue());
        assertThat(plans).filteredOn(plan -> plan.query().startsWith("inbox"))
                .allSatisfy(plan -> assertThat(plan.sort()).as(plan.query() + ": " + plan.verdict()).isFalse());
    }

    private static Optional<String> deepPosition(Principal caller, int page) {
        Optional<String> after = Optional.empty();
        for (int i = 1; i < page; i++) {
            InboxQuery.Builder query = InboxQuery.builder(Scope.UNIT).first(PAGE);
            after.ifPresent(query::after);
            ResultPage<TurnRow> rows = ventanilla.reporting().turnInbox().page(caller, query.build());
            assertThat(rows.hasNextPage()).as("page %d has a next page", i).isTrue();
            after = Optional.of(rows.rows().getLast().position().encode());
        }
        return after;
    }
}
