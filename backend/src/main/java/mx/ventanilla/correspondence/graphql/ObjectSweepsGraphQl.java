package mx.ventanilla.correspondence.graphql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.correspondence.application.ReadingObjectSweeps;
import mx.ventanilla.correspondence.application.SweepingUnreferencedObjects;
import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;

/** The administrators' view of object sweeps: {@code objectSweeps} and {@code sweepUnreferencedObjects}. */
public final class ObjectSweepsGraphQl implements GraphQlModule {

    private final SweepingUnreferencedObjects sweeping;
    private final ReadingObjectSweeps reading;

    public ObjectSweepsGraphQl(SweepingUnreferencedObjects sweeping, ReadingObjectSweeps reading) {
        this.sweeping = sweeping;
        this.reading = reading;
    }

    @Override
    public String schemaResource() {
        return "graphql/object-sweeps.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("objectSweeps", this::objectSweeps));
        wiring.type("Mutation", type -> type.dataFetcher("sweepUnreferencedObjects",
                env -> view(sweeping.sweepNow(callerOf(env)))));
    }

    private Map<String, Object> objectSweeps(DataFetchingEnvironment environment) {
        Connections.PageRequest page = Connections.pageRequest(environment);
        List<Map<String, Object>> fetched = reading.newestFirst(callerOf(environment), page.fetchSize(),
                page.after().map(ObjectSweepsGraphQl::positionOf)).stream().map(ObjectSweepsGraphQl::view).toList();
        return Connections.toConnection(Connections.Page.of(fetched, page.first()), ObjectSweepsGraphQl::cursorOf);
    }

    /** The keyset position of a report: its start in epoch milliseconds (as stored), then its id. */
    private static String cursorOf(Map<String, Object> view) {
        return ((Instant) view.get("startedAt")).toEpochMilli() + ":" + view.get("id");
    }

    private static ObjectSweep.Position positionOf(String cursor) {
        int colon = cursor.indexOf(':');
        try {
            return new ObjectSweep.Position(Instant.ofEpochMilli(Long.parseLong(cursor.substring(0, colon))),
                    cursor.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new InvalidInputException("after", "The 'after' cursor is not one this API issued; use a cursor "
                    + "from pageInfo.endCursor, or page again from the start.");
        }
    }

    private static Principal callerOf(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }

    private static Map<String, Object> view(ObjectSweep sweep) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", sweep.id());
        view.put("trigger", sweep.trigger().name());
        view.put("startedAt", sweep.startedAt());
        view.put("finishedAt", sweep.finishedAt());
        view.put("durationMillis", (int) Math.min(Integer.MAX_VALUE, sweep.duration().toMillis()));
        view.put("storedBefore", sweep.storedBefore());
        view.put("listed", sweep.listed());
        view.put("referenced", sweep.referenced());
        view.put("deleted", sweep.deleted());
        view.put("failed", sweep.failed());
        view.put("bytesFreed", (double) sweep.bytesFreed());
        return view;
    }
}
