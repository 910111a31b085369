package mx.ventanilla.reporting.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.correspondence.application.ReadingCorrespondence;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import mx.ventanilla.reporting.application.CorrespondenceSearch;
import mx.ventanilla.reporting.application.ProductionStatistics;
import mx.ventanilla.reporting.application.TurnInbox;
import mx.ventanilla.reporting.model.CorrespondenceRow;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.InboxTurn;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchQuery;
import mx.ventanilla.reporting.model.StatisticsPoint;
import mx.ventanilla.reporting.model.StatisticsReport;
import mx.ventanilla.reporting.model.StatisticsSeries;
import mx.ventanilla.reporting.web.ExportEndpoint;

/**
 * The reporting API ({@code graphql/reporting.graphqls}). The reporting use cases choose and order the rows of a
 * page. An inbox page's query reads the whole turns with its rows, and the correspondence feature applies its own
 * visibility to them (reading only turns whose own fields do not prove it); a search page's items are read together
 * through the correspondence feature. So nodes are the very {@code Turn} and {@code Correspondence} objects every
 * other field resolves on. Cursors come from the rows' keyset positions.
 */
public final class ReportingGraphQl implements GraphQlModule {

    private static final String EXPORT_PATH = "exportPath";
    private static final String EXPORT_QUERY = "exportQuery";

    private final TurnInbox inbox;
    private final CorrespondenceSearch search;
    private final ProductionStatistics statistics;
    private final ReadingCorrespondence reading;
    private final OrgUnits units;

    public ReportingGraphQl(TurnInbox inbox, CorrespondenceSearch search, ProductionStatistics statistics,
                            ReadingCorrespondence reading, OrgUnits units) {
        this.inbox = inbox;
        this.search = search;
        this.statistics = statistics;
        this.reading = reading;
        this.units = units;
    }

    @Override
    public String schemaResource() {
        return "graphql/reporting.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("myTurns", env -> turns(env, InboxQuery.builder(Scope.MINE)))
                .dataFetcher("unitTurns", env -> turns(env, unitScope(env)))
                .dataFetcher("searchCorrespondence", this::correspondence)
                .dataFetcher("productionStatistics", this::statistics));
        wiring.type("TurnConnection", type -> type.dataFetcher("exportUrl", ReportingGraphQl::exportUrl));
        wiring.type("CorrespondenceConnection", type -> type.dataFetcher("exportUrl", ReportingGraphQl::exportUrl));
        wiring.type("StatisticsSeries", type -> type.dataFetcher("unit", this::seriesUnit));
    }

    private Map<String, Object> turns(DataFetchingEnvironment env, InboxQuery.Builder builder) {
        Principal caller = caller(env);
        Connections.PageRequest page = Connections.pageRequest(env);
        ReportArguments.inboxFilter(builder, Optional.ofNullable(env.getArgument("filter"))).first(page.first());
        page.after().ifPresent(builder::after);
        InboxQuery query = builder.build();
        ResultPage<InboxTurn> rows = inbox.turns(caller, query);
        List<Turn> nodes = reading.listedTurns(caller, rows.rows().stream().map(InboxTurn::turn).toList());
        return connection(rows, nodes, row -> row.row().id(), row -> row.row().position().encode(), Turn::id,
                ExportEndpoint.PATH + "/turns", ExportLinks.turns(query));
    }

    private static InboxQuery.Builder unitScope(DataFetchingEnvironment env) {
        InboxQuery.Builder builder = InboxQuery.builder(Scope.UNIT);
        Optional.ofNullable(env.<String>getArgument("unitId")).ifPresent(builder::unitId);
        return builder;
    }

    private Map<String, Object> correspondence(DataFetchingEnvironment env) {
        Principal caller = caller(env);
        Connections.PageRequest page = Connections.pageRequest(env);
        SearchQuery.Builder builder = ReportArguments.search(env.getArguments()).first(page.first());
        page.after().ifPresent(builder::after);
        SearchQuery query = builder.build();
        ResultPage<CorrespondenceRow> rows = search.page(caller, query);
        List<Correspondence> nodes = reading.items(caller, rows.rows().stream().map(CorrespondenceRow::id).toList());
        return connection(rows, nodes, CorrespondenceRow::id, row -> row.position().encode(), Correspondence::id,
                ExportEndpoint.PATH + "/correspondence", ExportLinks.correspondence(query));
    }

    /**
     * A connection whose edges are the page's rows that have a node, in row order. The end cursor is the last row's
     * even when its node is absent, so the next page never repeats or skips a row.
     */
    private static <R, N> Map<String, Object> connection(ResultPage<R> rows, List<N> nodes, Function<R, String> rowId,
                                                         Function<R, String> position, Function<N, String> nodeId,
                                                         String exportPath, String exportQuery) {
        Map<String, N> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(nodeId.apply(node), node));
        List<Map<String, Object>> edges = rows.rows().stream()
                .filter(row -> byId.containsKey(rowId.apply(row)))
                .map(row -> Map.<String, Object>of("node", byId.get(rowId.apply(row)),
                        "cursor", Connections.encodeCursor(position.apply(row))))
                .toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", rows.hasNextPage());
        pageInfo.put("hasPreviousPage", false);
        pageInfo.put("startCursor", edges.isEmpty() ? null : edges.getFirst().get("cursor"));
        pageInfo.put("endCursor", rows.rows().isEmpty() ? null
                : Connections.encodeCursor(position.apply(rows.rows().getLast())));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("nodes", edges.stream().map(edge -> edge.get("node")).toList());
        connection.put("pageInfo", pageInfo);
        connection.put(EXPORT_PATH, exportPath);
        connection.put(EXPORT_QUERY, exportQuery);
        return connection;
    }

    private static String exportUrl(DataFetchingEnvironment env) {
        Map<String, Object> connection = env.getSource();
        String format = env.<String>getArgument("format").toLowerCase(Locale.ROOT);
        String query = (String) connection.get(EXPORT_QUERY);
        return connection.get(EXPORT_PATH) + "." + format + (query.isEmpty() ? "" : "?" + query);
    }

    private Map<String, Object> statistics(DataFetchingEnvironment env) {
        StatisticsReport report = statistics.compute(caller(env), ReportArguments.statistics(env.getArguments()));
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("from", report.period().from());
        shaped.put("to", report.period().to());
        shaped.put("granularity", report.granularity().name());
        shaped.put("total", series(report.total()));
        shaped.put("units", report.units().stream().map(ReportingGraphQl::series).toList());
        return shaped;
    }

    private static Map<String, Object> series(StatisticsSeries series) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("unitId", series.unitId().orElse(null));
        shaped.put("points", series.points().stream().map(ReportingGraphQl::point).toList());
        return shaped;
    }

    private static Map<String, Object> point(StatisticsPoint point) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("period", point.bucket());
        shaped.put("start", point.start());
        shaped.put("registered", Math.toIntExact(point.registered()));
        shaped.put("turnsSent", Math.toIntExact(point.turnsSent()));
        shaped.put("turnsReceived", Math.toIntExact(point.turnsReceived()));
        shaped.put("responses", Math.toIntExact(point.responses()));
        shaped.put("concluded", Math.toIntExact(point.concluded()));
        shaped.put("overdue", Math.toIntExact(point.overdue()));
        shaped.put("averageResponseBusinessDays", point.averageResponseBusinessDays().orElse(null));
        return shaped;
    }

    private Object seriesUnit(DataFetchingEnvironment env) {
        Map<String, Object> series = env.getSource();
        return Optional.ofNullable((String) series.get("unitId"))
                .map(id -> units.findById(id)
                        .<Map<String, Object>>map(unit -> Map.of("id", unit.id(), "code", unit.code(),
                                "name", unit.name()))
                        .orElse(Map.of("id", id, "code", "?", "name", "?")))
                .orElse(null);
    }

    private static Principal caller(DataFetchingEnvironment env) {
        return env.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }
}
