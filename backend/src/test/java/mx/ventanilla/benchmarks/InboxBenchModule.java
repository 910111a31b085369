package mx.ventanilla.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import mx.ventanilla.reporting.application.TurnInbox;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.TurnRow;

/**
 * The UNIT inbox as a GraphQL field ({@code benchInbox}), so the harness can measure the inbox over HTTP through the
 * whole stack (HTTP, authentication, GraphQL, {@link TurnInbox}, MongoDB) before the API's own inbox fields exist.
 * Cursors are the inbox's plain position strings.
 */
final class InboxBenchModule implements GraphQlModule {

    private final Supplier<TurnInbox> inbox;

    /** The inbox is asked for at each request: the module is built before the server that makes the inbox. */
    InboxBenchModule(Supplier<TurnInbox> inbox) {
        this.inbox = inbox;
    }

    @Override
    public String schemaResource() {
        return "graphql/bench-inbox.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("benchInbox", this::page));
    }

    private Map<String, Object> page(DataFetchingEnvironment env) {
        RequestContext context = env.getGraphQlContext().get(RequestContext.class);
        InboxQuery.Builder query = InboxQuery.builder(Scope.UNIT).first(env.getArgument("first"));
        Optional.ofNullable(env.<String>getArgument("unitId")).ifPresent(query::unitId);
        Optional.ofNullable(env.<String>getArgument("after")).ifPresent(query::after);
        ResultPage<TurnRow> page = inbox.get().page(context.requirePrincipal(), query.build());
        List<Map<String, Object>> rows = page.rows().stream().map(InboxBenchModule::row).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", rows);
        result.put("endCursor", page.rows().isEmpty() ? null : page.rows().getLast().position().encode());
        result.put("hasNextPage", page.hasNextPage());
        return result;
    }

    private static Map<String, Object> row(TurnRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", row.id());
        fields.put("folio", row.folio());
        fields.put("subject", row.subject());
        fields.put("senderName", row.senderName());
        fields.put("state", row.state().name());
        fields.put("dueDate", row.dueDate().toString());
        fields.put("light", row.light().map(Enum::name).orElse(null));
        return fields;
    }
}
