package mx.ventanilla.calendar;

import java.time.Clock;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import io.helidon.config.Config;
import mx.ventanilla.calendar.application.AdministeringHolidays;
import mx.ventanilla.calendar.application.InstitutionCalendar;
import mx.ventanilla.calendar.graphql.CalendarGraphQl;
import mx.ventanilla.calendar.infrastructure.MongoHolidays;
import mx.ventanilla.calendar.model.TrafficLightPolicy;
import mx.ventanilla.platform.graphql.GraphQlModule;

/**
 * The institution's calendar, wired: holidays in MongoDB, the time zone ({@code ventanilla.time-zone}) and the
 * traffic-light thresholds ({@code ventanilla.calendar.yellow-within-business-days},
 * {@code ventanilla.calendar.yellow-at-elapsed-share}). Other features compute due dates and lights with
 * {@link #calendar()}.
 */
public final class CalendarFeature {

    private final InstitutionCalendar calendar;
    private final GraphQlModule graphQl;

    private CalendarFeature(InstitutionCalendar calendar, GraphQlModule graphQl) {
        this.calendar = calendar;
        this.graphQl = graphQl;
    }

    /** {@code settings} is the {@code ventanilla} configuration node. */
    public static CalendarFeature start(MongoDatabase database, Config settings, ZoneId zone, Clock clock) {
        TrafficLightPolicy defaults = TrafficLightPolicy.defaults();
        Config thresholds = settings.get("calendar");
        TrafficLightPolicy policy = new TrafficLightPolicy(
                thresholds.get("yellow-within-business-days").asInt().orElse(defaults.yellowWithinBusinessDays()),
                thresholds.get("yellow-at-elapsed-share").asDouble().orElse(defaults.yellowAtElapsedShare()));
        MongoHolidays holidays = new MongoHolidays(database);
        InstitutionCalendar calendar = new InstitutionCalendar(holidays, zone, policy, clock);
        return new CalendarFeature(calendar, new CalendarGraphQl(new AdministeringHolidays(holidays, calendar)));
    }

    public InstitutionCalendar calendar() {
        return calendar;
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }
}
