package mx.ventanilla.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ErrorCode;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.error.VentanillaException;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.reporting.application.CorrespondenceSearch;
import mx.ventanilla.reporting.application.TurnInbox;
import mx.ventanilla.reporting.infrastructure.TableWriter;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.SearchQuery;

/**
 * {@code GET /exports/turns.xlsx|csv} and {@code GET /exports/correspondence.xlsx|csv}: any filtered list as a file,
 * streamed from a database cursor, so a 100,000-row export holds only a window of rows. The caller is the bearer of
 * the {@code Authorization} header (401 without a valid one, 403 for a service account without
 * {@code correspondence:read}); filters are checked before the first byte is sent (400, or 404 for an invisible unit),
 * and the file holds only what the caller may see.
 */
public final class ExportEndpoint implements HttpService {

    /** Where the endpoint is mounted. */
    public static final String PATH = "/exports";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<ErrorCode, Status> STATUSES = Map.of(
            ErrorCode.BAD_USER_INPUT, Status.BAD_REQUEST_400, ErrorCode.NOT_FOUND, Status.NOT_FOUND_404,
            ErrorCode.FORBIDDEN, Status.FORBIDDEN_403, ErrorCode.UNAUTHENTICATED, Status.UNAUTHORIZED_401);

    private final TurnInbox inbox;
    private final CorrespondenceSearch search;
    private final OrgUnits units;
    private final Authenticator authenticator;
    private final ZoneId zone;

    public ExportEndpoint(TurnInbox inbox, CorrespondenceSearch search, OrgUnits units, Authenticator authenticator,
                          ZoneId zone) {
        this.inbox = inbox;
        this.search = search;
        this.units = units;
        this.authenticator = authenticator;
        this.zone = zone;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/turns.csv", (req, res) -> handle(req, res, TableWriter.Format.CSV, this::turns))
                .get("/turns.xlsx", (req, res) -> handle(req, res, TableWriter.Format.XLSX, this::turns))
                .get("/correspondence.csv", (req, res) -> handle(req, res, TableWriter.Format.CSV,
                        this::correspondence))
                .get("/correspondence.xlsx", (req, res) -> handle(req, res, TableWriter.Format.XLSX,
                        this::correspondence));
    }

    /** A checked export, ready to write: the file name's stem and the rows it writes. */
    private interface Export {
        String name();

        void writeRows(TableWriter writer, ExportColumns columns);
    }

    @FunctionalInterface
    private interface Preparation {
        Export prepare(Principal caller, ExportParameters parameters);
    }

    private void handle(ServerRequest request, ServerResponse response, TableWriter.Format format,
                        Preparation preparation) {
        Export export;
        try {
            Principal caller = caller(request);
            export = preparation.prepare(caller, new ExportParameters(request.query()));
        } catch (VentanillaException e) {
            refuse(response, e);
            return;
        }
        stream(response, format, export);
    }

    private Principal caller(ServerRequest request) {
        return authenticator.authenticate(request.headers().first(HeaderNames.AUTHORIZATION))
                .orElseThrow(() -> new UnauthenticatedException(
                        "Exports need a signed-in caller: send an Authorization: Bearer header."));
    }

    private Export turns(Principal caller, ExportParameters parameters) {
        InboxQuery query = parameters.inboxQuery();
        inbox.criteria(caller, query);
        return new Export() {
            @Override
            public String name() {
                return "turnos";
            }

            @Override
            public void writeRows(TableWriter writer, ExportColumns columns) {
                header(writer, ExportColumns.TURN_HEADERS);
                inbox.forEach(caller, query, row -> write(writer, columns.turn(row)));
            }
        };
    }

    private Export correspondence(Principal caller, ExportParameters parameters) {
        SearchQuery query = parameters.searchQuery();
        search.criteria(caller, query);
        return new Export() {
            @Override
            public String name() {
                return "correspondencia";
            }

            @Override
            public void writeRows(TableWriter writer, ExportColumns columns) {
                header(writer, ExportColumns.CORRESPONDENCE_HEADERS);
                search.forEach(caller, query, row -> write(writer, columns.correspondence(row)));
            }
        };
    }

    private void stream(ServerResponse response, TableWriter.Format format, Export export) {
        String fileName = export.name() + "-" + LocalDate.now(zone) + "." + format.extension();
        response.header(HeaderNames.CONTENT_TYPE, format.mediaType());
        response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        ExportColumns columns = new ExportColumns(zone, unitNames());
        try (OutputStream out = response.outputStream();
             TableWriter writer = format.open(out, export.name())) {
            export.writeRows(writer, columns);
            writer.finish(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Function<String, String> unitNames() {
        Map<String, String> names = new java.util.HashMap<>();
        units.all().forEach(unit -> names.put(unit.id(), label(unit)));
        return id -> names.getOrDefault(id, id);
    }

    private static String label(OrgUnit unit) {
        return unit.code() + " - " + unit.name();
    }

    private static void header(TableWriter writer, java.util.List<String> titles) {
        try {
            writer.header(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(TableWriter writer, java.util.List<Object> cells) {
        try {
            writer.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuse(ServerResponse response, VentanillaException e) {
        Status status = STATUSES.getOrDefault(e.code(), Status.BAD_REQUEST_400);
        if (status == Status.UNAUTHORIZED_401) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(json(Map.of("error", Map.of("code", e.code().name(), "message",
                Optional.ofNullable(e.getMessage()).orElse(""), "details", e.details()))));
    }

    private static byte[] json(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
