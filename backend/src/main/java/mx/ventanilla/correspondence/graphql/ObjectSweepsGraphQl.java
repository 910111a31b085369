package mx.ventanilla.correspondence.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.correspondence.application.ReadingObjectSweeps;
import mx.ventanilla.correspondence.application.SweepingUnreferencedObjects;
import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;

/** The administrators' view of object sweeps: {@code objectSweeps} and {@code sweepUnreferencedObjects}. */
public final class ObjectSweepsGraphQl implements GraphQlModule {

    private static final int DEFAULT_FIRST = 20;

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

    private List<Map<String, Object>> objectSweeps(DataFetchingEnvironment environment) {
        int first = Optional.ofNullable(environment.<Integer>getArgument("first")).orElse(DEFAULT_FIRST);
        return reading.newestFirst(callerOf(environment), first).stream().map(ObjectSweepsGraphQl::view).toList();
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
