package mx.ventanilla.audit.graphql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.audit.application.BrowsingAuditEvents;
import mx.ventanilla.audit.application.VerifyingAuditChain;
import mx.ventanilla.audit.model.AuditChainBreak;
import mx.ventanilla.audit.model.AuditChainVerification;
import mx.ventanilla.audit.model.AuditEvent;
import mx.ventanilla.audit.model.AuditEventQuery;
import mx.ventanilla.audit.model.ChainHead;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import org.jspecify.annotations.Nullable;

/** The auditors' queries: {@code auditEvents} and {@code verifyAuditChain}. */
public final class AuditGraphQl implements GraphQlModule {

    private final BrowsingAuditEvents browsing;
    private final VerifyingAuditChain verifying;

    public AuditGraphQl(BrowsingAuditEvents browsing, VerifyingAuditChain verifying) {
        this.browsing = browsing;
        this.verifying = verifying;
    }

    @Override
    public String schemaResource() {
        return "graphql/audit.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("auditEvents", this::auditEvents)
                .dataFetcher("verifyAuditChain", this::verifyAuditChain));
    }

    private Map<String, Object> auditEvents(DataFetchingEnvironment environment) {
        Principal caller = callerOf(environment);
        Connections.PageRequest page = Connections.pageRequest(environment);
        AuditEventQuery query = queryOf(environment.getArgument("filter"), page);
        List<Map<String, Object>> fetched = browsing.newestFirst(caller, query).stream()
                .map(AuditGraphQl::eventView)
                .toList();
        return Connections.toConnection(Connections.Page.of(fetched, page.first()),
                event -> event.get("sequence").toString());
    }

    private Map<String, Object> verifyAuditChain(DataFetchingEnvironment environment) {
        return verificationView(verifying.verify(callerOf(environment)));
    }

    private static Principal callerOf(DataFetchingEnvironment environment) {
        RequestContext context = environment.getGraphQlContext().get(RequestContext.class);
        return context.requirePrincipal();
    }

    private static AuditEventQuery queryOf(@Nullable Map<String, Object> filter, Connections.PageRequest page) {
        AuditEventQuery.Builder query = AuditEventQuery.builder().limit(page.first() + 1);
        page.after().ifPresent(cursor -> query.beforeSequence(sequenceOf(cursor)));
        Map<String, Object> given = filter == null ? Map.of() : filter;
        text(given, "action").ifPresent(query::action);
        text(given, "actorId").ifPresent(query::actorId);
        text(given, "targetId").ifPresent(query::targetId);
        instant(given, "from").ifPresent(query::from);
        instant(given, "to").ifPresent(query::to);
        return query.build();
    }

    private static long sequenceOf(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "The cursor is not one this API issued; page again from the start.");
        }
    }

    private static Optional<String> text(Map<String, Object> filter, String name) {
        return Optional.ofNullable(filter.get(name)).map(String.class::cast);
    }

    private static Optional<Instant> instant(Map<String, Object> filter, String name) {
        return Optional.ofNullable(filter.get(name)).map(Instant.class::cast);
    }

    private static Map<String, Object> eventView(AuditEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", event.sequence());
        view.put("timestamp", event.timestamp());
        view.put("actor", Map.of(
                "subjectId", event.facts().actor().subjectId(),
                "name", event.facts().actor().name(),
                "kind", event.facts().actor().kind().name()));
        view.put("action", event.facts().action());
        view.put("targetId", event.facts().targetId().orElse(null));
        view.put("outcome", event.facts().outcome());
        view.put("requestId", event.facts().requestId());
        view.put("clientAddress", event.facts().clientAddress());
        view.put("argumentNames", event.facts().argumentNames());
        view.put("previousHash", event.previousHash());
        view.put("hash", event.hash());
        return view;
    }

    private static Map<String, Object> verificationView(AuditChainVerification verification) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("intact", verification.intact());
        view.put("eventsChecked", verification.eventsChecked());
        view.put("firstBrokenLink", verification.firstBrokenLink().map(AuditGraphQl::breakView).orElse(null));
        view.put("lastIntactLink", verification.lastIntactLink().map(AuditGraphQl::linkView).orElse(null));
        return view;
    }

    private static Map<String, Object> breakView(AuditChainBreak broken) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sequence", broken.sequence());
        view.put("reason", broken.reason().name());
        view.put("expectedHash", broken.expectedHash().orElse(null));
        view.put("actualHash", broken.actualHash().orElse(null));
        view.put("detail", broken.detail());
        return view;
    }

    private static Map<String, Object> linkView(ChainHead link) {
        return Map.of("sequence", link.sequence(), "hash", link.hash());
    }
}
