package mx.ventanilla.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.reporting.application.TurnInbox;
import mx.ventanilla.reporting.infrastructure.StoredQueries;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.TurnRow;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The inbox measured three ways on the same store: the API over HTTP (GraphQL), the reporting service in process,
 * and the same find done directly with the driver. Also an item by id over HTTP against a driver lookup.
 */
final class InboxScenarios {

    /** The inbox as an API client asks for it (the caller's unit and below), and where rows and cursor are. */
    static final String INBOX_DOCUMENT = "query($first: Int!, $after: String) { unitTurns(first: $first,"
            + " after: $after) { nodes { id folio subject state dueDate trafficLight } pageInfo { endCursor } } }";
    static final String[] ROWS_PATH = {"unitTurns", "nodes"};
    static final String[] ROW_ID_PATH = {"id"};
    static final String[] CURSOR_PATH = {"unitTurns", "pageInfo", "endCursor"};
    static final String ITEM_DOCUMENT = "query($id: ID!) { correspondence(id: $id) { id folio subject status"
            + " priority sender { name } } }";

    private final BenchOptions options;
    private final BenchClient client;
    private final TurnInbox inbox;
    private final MongoCollection<Document> turns;
    private final MongoCollection<Document> items;
    private final Principal caller;
    private final String callerToken;
    private final String adminToken;

    InboxScenarios(BenchOptions options, BenchClient client, TurnInbox inbox, MongoDatabase database,
                   Principal caller, String callerToken, String adminToken) {
        this.options = options;
        this.client = client;
        this.inbox = inbox;
        this.turns = database.getCollection(StoredQueries.TURNS);
        this.items = database.getCollection(StoredQueries.CORRESPONDENCE);
        this.caller = caller;
        this.callerToken = callerToken;
        this.adminToken = adminToken;
    }

    /** The deep page's position, reached by paging through the service from the first page. */
    Optional<String> deepPosition() {
        Optional<String> after = Optional.empty();
        for (int page = 1; page < options.deepPage(); page++) {
            ResultPage<TurnRow> rows = inbox.page(caller, query(after));
            if (!rows.hasNextPage()) {
                throw new IllegalStateException("The inbox has fewer than " + options.deepPage() + " pages");
            }
            after = Optional.of(rows.rows().getLast().position().encode());
        }
        return after;
    }

    /** The deep page's cursor as the API hands it out, reached by paging through the API from the first page. */
    Optional<String> deepCursor() {
        Optional<String> after = Optional.empty();
        for (int page = 1; page < options.deepPage(); page++) {
            String cursor = at(client.graphQl(callerToken, INBOX_DOCUMENT, variables(after)), CURSOR_PATH).asText();
            if (cursor.isEmpty()) {
                throw new IllegalStateException("The API's inbox ended before page " + options.deepPage());
            }
            after = Optional.of(cursor);
            if (page % 10 == 0) {
                Progress.line("  paged the API to page %d", page + 1);
            }
        }
        return after;
    }

    /** The page after {@code position} (service and driver) or {@code cursor} (API): the same page, three ways. */
    List<Figures> inbox(String page, Optional<String> position, Optional<String> cursor) {
        checkSameRows(position, cursor);
        Bson filter = StoredQueries.turnFilter(inbox.criteria(caller, query(position)));
        int limit = options.pageSize() + 1;
        Map<String, Object> variables = variables(cursor);
        return run(List.of(
                new LoadRun.Contender("inbox " + page + " / API over HTTP", ignored ->
                        client.graphQl(callerToken, INBOX_DOCUMENT, variables)),
                new LoadRun.Contender("inbox " + page + " / reporting service", ignored ->
                        inbox.page(caller, query(position))),
                new LoadRun.Contender("inbox " + page + " / direct driver", ignored -> turns.find(filter)
                        .sort(StoredQueries.TURN_ORDER).projection(StoredQueries.TURN_FIELDS).limit(limit)
                        .into(new ArrayList<>()))));
    }

    List<Figures> itemById(int seededItems) {
        return run(List.of(
                new LoadRun.Contender("item by id / API over HTTP", ignored -> client.graphQl(adminToken,
                        ITEM_DOCUMENT, Map.of("id", Seeder.itemId(visibleItem(seededItems))))),
                new LoadRun.Contender("item by id / direct driver", ignored -> items.find(
                        Filters.eq("_id", Seeder.itemId(visibleItem(seededItems)))).first())));
    }

    private static int visibleItem(int seededItems) {
        int i = ThreadLocalRandom.current().nextInt(seededItems);
        return Seeder.reserved(i) ? i - 1 : i;
    }

    private void checkSameRows(Optional<String> position, Optional<String> cursor) {
        JsonNode rows = at(client.graphQl(callerToken, INBOX_DOCUMENT, variables(cursor)), ROWS_PATH);
        List<String> viaService = inbox.page(caller, query(position)).rows().stream().map(TurnRow::id).toList();
        List<String> viaApi = new ArrayList<>();
        rows.forEach(row -> viaApi.add(at(row, ROW_ID_PATH).asText()));
        if (viaService.isEmpty() || !viaService.equals(viaApi)) {
            throw new IllegalStateException("The API and the service disagree on the page: " + viaApi + " vs "
                    + viaService);
        }
    }

    private Map<String, Object> variables(Optional<String> after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", options.pageSize());
        variables.put("after", after.orElse(null));
        return variables;
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            at = at.path(name);
        }
        return at;
    }

    private InboxQuery query(Optional<String> after) {
        InboxQuery.Builder query = InboxQuery.builder(Scope.UNIT).first(options.pageSize());
        after.ifPresent(query::after);
        return query.build();
    }

    private List<Figures> run(List<LoadRun.Contender> contenders) {
        return LoadRun.interleaved(contenders, options.clients(), options.warmUp(), options.duration(),
                options.rounds());
    }
}
