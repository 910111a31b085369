package mx.ventanilla.reporting.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.SearchQuery;

/**
 * The {@code /exports/...} path and query string that export the same list a GraphQL query pages through, in the
 * parameters {@code reporting.web.ExportParameters} reads. Paging is left out: an export holds every row.
 */
final class ExportLinks {

    private final List<String> parameters = new ArrayList<>();

    private ExportLinks() {
    }

    /** The query string of the turns export for an inbox query. */
    static String turns(InboxQuery query) {
        ExportLinks link = new ExportLinks();
        link.add("scope", Optional.of(query.scope().name()));
        link.add("unitId", query.unitId());
        if (!query.states().equals(InboxQuery.RECEIVED_STATES)) {
            link.addAll("state", query.states());
        }
        link.addAll("light", query.lights());
        link.period(query.period(), query.preset());
        link.add("documentType", query.documentType());
        link.add("sender", query.sender());
        link.add("priority", query.priority().map(Enum::name));
        return link.queryString();
    }

    /** The query string of the correspondence export for a search. */
    static String correspondence(SearchQuery query) {
        ExportLinks link = new ExportLinks();
        link.add("text", query.text());
        link.add("folio", query.folio());
        link.period(query.period(), query.preset());
        link.add("documentType", query.documentType());
        return link.queryString();
    }

    private void period(Optional<Period> period, Optional<Period.Preset> preset) {
        add("from", period.map(p -> p.from().toString()));
        add("to", period.map(p -> p.to().toString()));
        add("preset", preset.map(Enum::name));
    }

    private void addAll(String name, Collection<? extends Enum<?>> values) {
        values.stream().map(Enum::name).sorted().forEach(value -> add(name, Optional.of(value)));
    }

    private void add(String name, Optional<String> value) {
        value.ifPresent(v -> parameters.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    }

    private String queryString() {
        return String.join("&", parameters);
    }
}
