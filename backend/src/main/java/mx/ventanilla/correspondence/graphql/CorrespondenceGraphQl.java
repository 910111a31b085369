package mx.ventanilla.correspondence.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import mx.ventanilla.correspondence.application.AddingScans;
import mx.ventanilla.correspondence.application.AdministeringCatalogues;
import mx.ventanilla.correspondence.application.AttendingTurn;
import mx.ventanilla.correspondence.application.ConcludingCorrespondence;
import mx.ventanilla.correspondence.application.EvaluatingResponse;
import mx.ventanilla.correspondence.application.GrantingAccess;
import mx.ventanilla.correspondence.application.ListingAddressees;
import mx.ventanilla.correspondence.application.ReadingCorrespondence;
import mx.ventanilla.correspondence.application.RegisteringCorrespondence;
import mx.ventanilla.correspondence.application.TurningCorrespondence;
import mx.ventanilla.correspondence.model.Correspondence;
import mx.ventanilla.correspondence.model.Rating;
import mx.ventanilla.correspondence.model.TimelineEntry;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.correspondence.model.TurnResponse;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import mx.ventanilla.platform.graphql.Upload;
import mx.ventanilla.scans.model.ScanPage;
import mx.ventanilla.scans.model.StoredFile;

/** The correspondence API ({@code graphql/correspondence.graphqls}). */
public final class CorrespondenceGraphQl implements GraphQlModule {

    private static final String VISIBLE_ITEM_BY_ID = "correspondence.visibleItemById";
    private static final String UNIT_BY_ID = "correspondence.unitById";

    private final CorrespondenceOperations operations;
    private final OrgUnits units;
    private final ListingAddressees addressees;

    public CorrespondenceGraphQl(CorrespondenceOperations operations, OrgUnits units) {
        this.operations = operations;
        this.units = units;
        this.addressees = new ListingAddressees(units);
    }

    /**
     * The use cases the API calls.
     */
    public record CorrespondenceOperations(RegisteringCorrespondence registering, AddingScans addingScans,
                                           GrantingAccess granting,
                                           TurningCorrespondence turning,
                                           AttendingTurn attending, EvaluatingResponse evaluating,
                                           ConcludingCorrespondence concluding, ReadingCorrespondence reading,
                                           AdministeringCatalogues catalogues) {
    }

    @Override
    public String schemaResource() {
        return "graphql/correspondence.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        ReadingCorrespondence reading = operations.reading();
        wiring.type("Query", type -> type
                .dataFetcher("correspondence", env -> reading.item(caller(env), env.getArgument("id")))
                .dataFetcher("correspondenceByFolio", env -> reading.byFolio(caller(env), env.getArgument("folio")))
                .dataFetcher("turn", env -> reading.turn(caller(env), env.getArgument("id")))
                .dataFetcher("documentTypes", env -> {
                    caller(env);
                    return operations.catalogues().documentTypes();
                })
                .dataFetcher("archivalSeries", env -> {
                    caller(env);
                    return operations.catalogues().archivalSeries();
                })
                .dataFetcher("addressees", env -> addressees.addressees(caller(env)).stream()
                        .map(unit -> Map.of("id", unit.id(), "code", unit.code(), "name", unit.name())).toList()));
        wireMutations(wiring);
        wiring.type("Correspondence", type -> type
                .dataFetcher("addresseeUnit", env -> unit(env, env.<Correspondence>getSource().addresseeUnitId()))
                .dataFetcher("registeredUnit", env -> unit(env, env.<Correspondence>getSource().registeredUnitId()))
                .dataFetcher("scans", this::scans)
                .dataFetcher("receiptPath", env -> "/correspondence/" + env.<Correspondence>getSource().id()
                        + "/receipt.pdf")
                .dataFetcher("turnTree", env -> reading.turnTree(caller(env), env.getSource()))
                .dataFetcher("timeline", this::timeline));
        wiring.type("Turn", type -> type
                .dataFetcher("level", env -> env.<Turn>getSource().ancestorTurnIds().size())
                .dataFetcher("issuerUnit", env -> unit(env, env.<Turn>getSource().issuerUnitId()))
                .dataFetcher("recipientUnit", env -> unit(env, env.<Turn>getSource().recipientUnitId()))
                .dataFetcher("trafficLight", env -> reading.trafficLight(env.getSource()).orElse(null))
                .dataFetcher("businessDaysLeft", env -> reading.businessDaysLeft(env.getSource()).orElse(null))
                .dataFetcher("responses", this::responses));
        wiring.type("TimelineEntry", type -> type.dataFetcher("details", env -> env.<TimelineEntry>getSource()
                .details().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Map.of("name", entry.getKey(), "value", entry.getValue())).toList()));
    }

    private void wireMutations(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("registerCorrespondence", env -> operations.registering().register(caller(env),
                        Arguments.registration(env.getArgument("input")),
                        Arguments.files(Optional.ofNullable(env.<List<Upload>>getArgument("pages")))))
                .dataFetcher("addScans", env -> operations.addingScans().addScans(caller(env),
                        env.getArgument("correspondenceId"),
                        Arguments.files(Optional.ofNullable(env.<List<Upload>>getArgument("pages"))),
                        Optional.ofNullable(env.<Integer>getArgument("expectedVersion"))))
                .dataFetcher("grantAccess", env -> operations.granting().grant(caller(env),
                        env.getArgument("correspondenceId"), env.getArgument("userIds")))
                .dataFetcher("turnCorrespondence", env -> operations.turning().turn(caller(env),
                        env.getArgument("correspondenceId"), Optional.ofNullable(env.getArgument("fromTurnId")),
                        Arguments.maps(env.getArguments(), "turns").stream().map(Arguments::turnRequest).toList()))
                .dataFetcher("approveProposedTurns", env -> operations.turning().approve(caller(env),
                        env.getArgument("ids"),
                        Arguments.maps(env.getArguments(), "edits").stream().map(Arguments::turnEdit).toList()))
                .dataFetcher("rejectProposedTurn", env -> operations.turning().reject(caller(env),
                        env.getArgument("id"), env.getArgument("reason")))
                .dataFetcher("receiveTurn", env -> operations.attending().receive(caller(env), env.getArgument("id")))
                .dataFetcher("respondToTurn", env -> operations.attending().respond(caller(env),
                        env.getArgument("id"), env.getArgument("text"),
                        Arguments.files(Optional.ofNullable(env.<List<Upload>>getArgument("attachments"))),
                        Optional.ofNullable(env.getArgument("outgoingFolio")), Arguments.version(env.getArguments())))
                .dataFetcher("acceptResponse", env -> operations.evaluating().accept(caller(env),
                        env.getArgument("turnId"),
                        Arguments.optionalString(env.getArguments(), "rating").map(Rating::valueOf),
                        Arguments.version(env.getArguments())))
                .dataFetcher("returnResponse", env -> operations.evaluating().returnResponse(caller(env),
                        env.getArgument("turnId"), env.getArgument("reason"), Arguments.version(env.getArguments())))
                .dataFetcher("cancelTurn", env -> operations.evaluating().cancel(caller(env), env.getArgument("id"),
                        env.getArgument("reason"), Arguments.version(env.getArguments())))
                .dataFetcher("concludeCorrespondence", env -> operations.concluding().conclude(caller(env),
                        env.getArgument("id")))
                .dataFetcher("archiveCorrespondence", env -> operations.concluding().archive(caller(env),
                        env.getArgument("id"), Optional.ofNullable(env.getArgument("archivalSeries")),
                        Optional.ofNullable(env.getArgument("retentionYears"))))
                .dataFetcher("addDocumentType", env -> operations.catalogues().addDocumentType(caller(env),
                        env.getArgument("code"), env.getArgument("name")))
                .dataFetcher("addArchivalSeries", env -> operations.catalogues().addArchivalSeries(caller(env),
                        env.getArgument("code"), env.getArgument("name"), env.<Integer>getArgument("retentionYears"))));
    }

    private Map<String, Object> timeline(DataFetchingEnvironment env) {
        Connections.PageRequest page = Connections.pageRequest(env);
        long after = page.after().map(CorrespondenceGraphQl::position).orElse(0L);
        List<TimelineEntry> entries = operations.reading().timeline(caller(env), env.getSource(), after,
                page.fetchSize());
        return Connections.toConnection(Connections.Page.of(entries, page.first()),
                entry -> Long.toString(entry.position()));
    }

    private Object scans(DataFetchingEnvironment env) {
        Correspondence item = env.getSource();
        Principal caller = caller(env);
        return item.scans().map(scans -> {
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("status", scans.status().name());
            shaped.put("pdf", scans.pdf().map(pdf -> file(caller, item, pdf)).orElse(null));
            shaped.put("pages", scans.pages().stream().map(page -> page(caller, item, page)).toList());
            shaped.put("failure", scans.failure().orElse(null));
            return shaped;
        }).orElse(null);
    }

    @Override
    public void registerDataLoaders(DataLoaderRegistry registry, RequestContext context) {
        registry.register(VISIBLE_ITEM_BY_ID, DataLoaderFactory.<String, Correspondence>newMappedDataLoader(
                (Set<String> ids) -> CompletableFuture.completedFuture(operations.reading()
                        .items(context.requirePrincipal(), List.copyOf(ids)).stream()
                        .collect(Collectors.toMap(Correspondence::id, Function.identity())))));
        registry.register(UNIT_BY_ID, DataLoaderFactory.<String, OrgUnit>newMappedDataLoader((Set<String> ids) ->
                CompletableFuture.completedFuture(units.findAllById(ids).stream()
                        .collect(Collectors.toMap(OrgUnit::id, Function.identity())))));
    }

    /**
     * A turn's responses. Attachment URLs are presigned only after the item's visibility is checked; the items of a
     * list's turns are read together (one read per level of the query), and not at all when no response has files.
     */
    private CompletableFuture<List<Map<String, Object>>> responses(DataFetchingEnvironment env) {
        Turn turn = env.getSource();
        Principal caller = caller(env);
        if (turn.responses().stream().allMatch(response -> response.attachments().isEmpty())) {
            return CompletableFuture.completedFuture(turn.responses().stream()
                    .map(response -> response(caller, Optional.empty(), response)).toList());
        }
        return env.<String, Correspondence>getDataLoader(VISIBLE_ITEM_BY_ID).load(turn.correspondenceId())
                .thenApply(item -> Optional.ofNullable(item).orElseThrow(() -> new NotFoundException(
                        "There is no correspondence item " + turn.correspondenceId() + ".")))
                .thenApply(item -> turn.responses().stream()
                        .map(response -> response(caller, Optional.of(item), response)).toList());
    }

    private Map<String, Object> response(Principal caller, Optional<Correspondence> item, TurnResponse response) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("text", response.text());
        shaped.put("attachments", item.map(seen -> response.attachments().stream()
                .map(file -> file(caller, seen, file)).toList()).orElse(List.of()));
        shaped.put("outgoingFolio", response.outgoingFolio().orElse(null));
        shaped.put("at", response.at());
        shaped.put("by", response.by());
        return shaped;
    }

    private Map<String, Object> page(Principal caller, Correspondence item, ScanPage page) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("original", file(caller, item, page.original()));
        shaped.put("thumbnail", page.thumbnail().map(thumbnail -> file(caller, item, thumbnail)).orElse(null));
        shaped.put("width", page.width());
        shaped.put("height", page.height());
        return shaped;
    }

    private Map<String, Object> file(Principal caller, Correspondence item, StoredFile file) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("size", file.size());
        shaped.put("sha256", file.sha256());
        shaped.put("contentType", file.contentType());
        shaped.put("clientName", file.clientName());
        shaped.put("url", operations.reading().fileUrl(caller, item, file).map(Object::toString).orElse(null));
        return shaped;
    }

    /** A unit reference; the units named on one level of a query (a page of turns) are read together. */
    private static CompletableFuture<Map<String, Object>> unit(DataFetchingEnvironment env, String unitId) {
        return env.<String, OrgUnit>getDataLoader(UNIT_BY_ID).load(unitId)
                .thenApply(unit -> Optional.ofNullable(unit)
                        .<Map<String, Object>>map(found -> Map.of("id", found.id(), "code", found.code(),
                                "name", found.name()))
                        .orElse(Map.of("id", unitId, "code", "?", "name", "?")));
    }

    private static long position(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "The 'after' cursor is not one this list issued.");
        }
    }

    private static Principal caller(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }
}
