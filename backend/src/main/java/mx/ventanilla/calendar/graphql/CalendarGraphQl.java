package mx.ventanilla.calendar.graphql;

import java.time.LocalDate;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.calendar.application.AdministeringHolidays;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;

/** The calendar API ({@code graphql/calendar.graphqls}): a year's holidays, and adding or removing the institution's. */
public final class CalendarGraphQl implements GraphQlModule {

    private final AdministeringHolidays holidays;

    public CalendarGraphQl(AdministeringHolidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public String schemaResource() {
        return "graphql/calendar.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("holidays",
                env -> holidays.ofYear(caller(env), env.<Integer>getArgument("year"))));
        wiring.type("Mutation", type -> type
                .dataFetcher("addHoliday", env -> holidays.add(caller(env), env.<LocalDate>getArgument("date"),
                        env.<String>getArgument("name")))
                .dataFetcher("removeHoliday",
                        env -> holidays.remove(caller(env), env.<LocalDate>getArgument("date"))));
    }

    private static Principal caller(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }
}
