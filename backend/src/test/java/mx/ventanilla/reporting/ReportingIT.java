package mx.ventanilla.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.reporting.model.CorrespondenceRow;
import mx.ventanilla.reporting.model.Granularity;
import mx.ventanilla.reporting.model.InboxQuery;
import mx.ventanilla.reporting.model.Period;
import mx.ventanilla.reporting.model.ResultPage;
import mx.ventanilla.reporting.model.Scope;
import mx.ventanilla.reporting.model.SearchQuery;
import mx.ventanilla.reporting.model.StatisticsPoint;
import mx.ventanilla.reporting.model.StatisticsQuery;
import mx.ventanilla.reporting.model.StatisticsReport;
import mx.ventanilla.reporting.model.TurnRow;
import mx.ventanilla.testing.RunningVentanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inbox, search, statistics and exports over turns and correspondence written as the core feature stores them. */
class ReportingIT {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;
    private static ReportingFixtures fixtures;
    private static ReportingFeature reporting;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.startWithTestTokens(dataDir, Map.of());
        fixtures = new ReportingFixtures(backend.ventanilla().mongo().database());
        reporting = backend.ventanilla().reporting();
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @BeforeEach
    void emptyCollections() {
        fixtures.clear();
    }

    @Test
    void unitInboxListsTheUnitAndItsSubunitsByDueDateAcrossKeysetPages() {
        ReportingFixtures.Item item = fixtures.item().save();
        List<String> expected = new ArrayList<>();
        expected.add(turnDue(item, "DRF", "2026-03-09"));
        expected.add(turnDue(item, "DRF", "2026-03-09"));
        expected.add(turnDue(item, "SAF", "2026-03-10"));
        expected.add(turnDue(item, "DTI", "2026-03-11"));
        turnDue(item, "SJ", "2026-03-08");
        List<String> sameDay = new ArrayList<>(expected.subList(0, 2));
        sameDay.sort(String::compareTo);
        expected.set(0, sameDay.get(0));
        expected.set(1, sameDay.get(1));

        List<String> seen = new ArrayList<>();
        Optional<String> after = Optional.empty();
        int pages = 0;
        do {
            InboxQuery.Builder query = InboxQuery.builder(Scope.UNIT).first(2);
            after.ifPresent(query::after);
            ResultPage<TurnRow> page = reporting.turnInbox().page(caller("titular.saf"), query.build());
            page.rows().forEach(row -> seen.add(row.id()));
            after = page.hasNextPage() ? Optional.of(page.rows().getLast().position().encode()) : Optional.empty();
            pages++;
        } while (after.isPresent());

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void myInboxListsOnlyTurnsThatNameTheCaller() {
        Principal jefe = caller("jefe.dpv");
        ReportingFixtures.Item item = fixtures.item().save();
        String mine = fixtures.turn(item).to("DPV").toUser(jefe.subjectId()).save().id;
        fixtures.turn(item).to("DPV").save();

        ResultPage<TurnRow> page = reporting.turnInbox().page(jefe, InboxQuery.builder(Scope.MINE).build());

        assertThat(page.rows()).extracting(TurnRow::id).containsExactly(mine);
        assertThat(page.rows().getFirst().recipientUserId()).contains(jefe.subjectId());
    }

    @Test
    void turnsOfAReservedItemExistOnlyForUsersInItsGrants() {
        Principal titular = caller("titular.saf");
        ReportingFixtures.Item reserved = fixtures.item().reserved(titular.subjectId()).save();
        String turn = fixtures.turn(reserved).to("SAF").save().id;
        InboxQuery dgInbox = InboxQuery.builder(Scope.UNIT).build();

        assertThat(reporting.turnInbox().page(titular, dgInbox).rows()).extracting(TurnRow::id).containsExactly(turn);
        assertThat(reporting.turnInbox().page(caller("director"), dgInbox).rows()).isEmpty();
        assertThat(reporting.turnInbox().page(caller("admin"),
                InboxQuery.builder(Scope.UNIT).unitId(fixtures.unitId("SAF")).build()).rows()).isEmpty();
    }

    @Test
    void trafficLightsComeFromTheStoredDatesComparedWithToday() {
        LocalDate today = LocalDate.now(ZONE);
        ReportingFixtures.Item item = fixtures.item().save();
        String red = fixtures.turn(item).due(today.minusDays(4), today.minusDays(1)).save().id;
        String yellow = fixtures.turn(item).due(today.minusDays(1), today.plusDays(3)).save().id;
        String green = fixtures.turn(item).due(today.plusDays(2), today.plusDays(5)).save().id;
        String concluded = fixtures.turn(item).state("CONCLUDED").due(today.minusDays(9), today.minusDays(7)).save().id;
        Principal titular = caller("titular.saf");

        List<TurnRow> all = reporting.turnInbox().page(titular, InboxQuery.builder(Scope.UNIT).build()).rows();
        List<TurnRow> redOnly = reporting.turnInbox().page(titular, InboxQuery.builder(Scope.UNIT)
                .lights(Set.of(TrafficLight.RED)).build()).rows();
        List<TurnRow> notRed = reporting.turnInbox().page(titular, InboxQuery.builder(Scope.UNIT)
                .lights(Set.of(TrafficLight.YELLOW, TrafficLight.GREEN)).build()).rows();

        assertThat(all).extracting(TurnRow::id).containsExactly(concluded, red, yellow, green);
        assertThat(all).extracting(row -> row.light().map(Enum::name).orElse("none"))
                .containsExactly("none", "RED", "YELLOW", "GREEN");
        assertThat(redOnly).extracting(TurnRow::id).containsExactly(red);
        assertThat(notRed).extracting(TurnRow::id).containsExactly(yellow, green);
    }

    @Test
    void inboxFiltersBySenderIgnoringAccentsByPriorityAndByIssuePeriod() {
        Instant now = Instant.now();
        ReportingFixtures.Item jose = fixtures.item().sender("José Ramírez Núñez").save();
        ReportingFixtures.Item other = fixtures.item().sender("Ana López").save();
        String urgentToday = fixtures.turn(jose).priority("URGENT").issuedAt(now).save().id;
        String normalToday = fixtures.turn(jose).issuedAt(now).save().id;
        fixtures.turn(other).priority("URGENT").issuedAt(now).save();
        fixtures.turn(jose).priority("URGENT").issuedAt(now.minusSeconds(400 * 86_400L)).save();
        Principal titular = caller("titular.saf");

        List<TurnRow> rows = reporting.turnInbox().page(titular, InboxQuery.builder(Scope.UNIT)
                .sender("ramirez nunez").priority(Priority.URGENT).period(Period.Preset.THIS_YEAR).build()).rows();
        List<TurnRow> bySender = reporting.turnInbox().page(titular, InboxQuery.builder(Scope.UNIT)
                .sender("JOSÉ").period(Period.Preset.TODAY).build()).rows();

        assertThat(rows).extracting(TurnRow::id).containsExactly(urgentToday);
        assertThat(bySender).extracting(TurnRow::id).containsExactlyInAnyOrder(urgentToday, normalToday);
    }

    @Test
    void anotherBranchsUnitDoesNotExistAndAForeignCursorIsBadInput() {
        Principal titular = caller("titular.saf");

        assertThatThrownBy(() -> reporting.turnInbox().page(titular,
                InboxQuery.builder(Scope.UNIT).unitId(fixtures.unitId("SJ")).build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reporting.turnInbox().page(titular,
                InboxQuery.builder(Scope.UNIT).after("correspondence|1|x").build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("after");
        assertThatThrownBy(() -> InboxQuery.builder(Scope.UNIT).first(101).build())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void searchMatchesWordsIgnoringCaseAndAccentsOnlyAmongVisibleItems() {
        Principal director = caller("director");
        String licence = fixtures.item().subject("Trámite de LICENCIA de construcción").save().id;
        fixtures.item().subject("Informe trimestral").save();
        String granted = fixtures.item().subject("Trámite reservado").reserved(caller("oficialia").subjectId())
                .save().id;
        String bySummary = fixtures.item().subject("Oficio").summary("Seguimiento al trámite 45").save().id;

        assertThat(search(director, SearchQuery.builder().text("tramite licencia").build()))
                .containsExactly(licence);
        assertThat(search(director, SearchQuery.builder().text("licencia TRÁMITE").build()))
                .containsExactly(licence);
        assertThat(search(director, SearchQuery.builder().text("tramite").build()))
                .containsExactlyInAnyOrder(licence, bySummary);
        assertThat(search(caller("oficialia"), SearchQuery.builder().text("tramite").build()))
                .containsExactlyInAnyOrder(licence, bySummary, granted);
        assertThat(search(caller("titular.sj"), SearchQuery.builder().text("tramite").build())).isEmpty();
        assertThat(search(caller("auditor"), SearchQuery.builder().text("tramite").build()))
                .containsExactlyInAnyOrder(licence, bySummary);
    }

    @Test
    void searchFindsAFolioExactlyAndPagesNewestFirst() {
        Principal oficialia = caller("oficialia");
        List<String> newestFirst = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            newestFirst.addFirst(fixtures.item().folio("DCG-2026-00000" + day)
                    .receivedAt(Instant.parse("2026-03-0%dT16:00:00Z".formatted(day))).save().id);
        }

        List<String> paged = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            SearchQuery.Builder query = SearchQuery.builder().first(2);
            after.ifPresent(query::after);
            ResultPage<CorrespondenceRow> page = reporting.correspondenceSearch().page(oficialia, query.build());
            page.rows().forEach(row -> paged.add(row.id()));
            after = page.hasNextPage() ? Optional.of(page.rows().getLast().position().encode()) : Optional.empty();
        } while (after.isPresent());

        assertThat(paged).containsExactlyElementsOf(newestFirst);
        assertThat(search(oficialia, SearchQuery.builder().folio("dcg-2026-000003").build()))
                .containsExactly(newestFirst.get(2));
        assertThatThrownBy(() -> SearchQuery.builder().folio("not a folio").build())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void statisticsCountPerUnitAndWeekWithResponseTimesInBusinessDays() {
        ReportingFixtures.Item first = fixtures.item().receivedAt(Instant.parse("2026-03-02T16:00:00Z")).save();
        fixtures.item().receivedAt(Instant.parse("2026-03-10T16:00:00Z")).save();
        Instant monday = Instant.parse("2026-03-02T17:00:00Z");
        fixtures.turn(first).to("SAF").issuedAt(monday).receivedAt(Instant.parse("2026-03-03T16:00:00Z"))
                .answeredAt(Instant.parse("2026-03-05T16:00:00Z")).concludedAt(Instant.parse("2026-03-06T16:00:00Z"))
                .state("CONCLUDED").save();
        fixtures.turn(first).to("DRF").issuedAt(monday).due(LocalDate.parse("2026-03-06"),
                LocalDate.parse("2026-03-09")).answeredAt(Instant.parse("2026-03-11T16:00:00Z")).state("ANSWERED")
                .save();
        fixtures.turn(first).to("DTI").issuedAt(monday).due(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-04")).save();
        fixtures.turn(fixtures.item().reserved().save()).to("SAF").issuedAt(monday).save();
        StatisticsQuery weekly = new StatisticsQuery(Optional.of(new Period(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-15"))), Optional.empty(), Granularity.WEEK, Optional.empty());

        StatisticsReport report = reporting.productionStatistics().compute(caller("director"), weekly);

        assertThat(report.total().points()).extracting(StatisticsPoint::bucket).containsExactly("2026-W10", "2026-W11");
        StatisticsPoint w10 = report.total().points().get(0);
        StatisticsPoint w11 = report.total().points().get(1);
        assertThat(List.of(w10.registered(), w10.turnsSent(), w10.turnsReceived(), w10.responses(), w10.concluded(),
                w10.overdue())).containsExactly(1L, 3L, 1L, 1L, 1L, 1L);
        assertThat(List.of(w11.registered(), w11.turnsSent(), w11.responses(), w11.overdue()))
                .containsExactly(1L, 0L, 1L, 1L);
        assertThat(w10.averageResponseBusinessDays()).contains(3.0);
        assertThat(w11.averageResponseBusinessDays()).contains(7.0);
        assertThat(report.units()).extracting(series -> series.unitId().orElseThrow())
                .contains(fixtures.unitId("SAF"), fixtures.unitId("DRF"), fixtures.unitId("DTI"));

        StatisticsReport forSj = reporting.productionStatistics().compute(caller("titular.sj"), weekly);
        assertThat(forSj.units()).isEmpty();
        assertThat(forSj.total().points()).allSatisfy(point -> assertThat(point.turnsSent()).isZero());
    }

    @Test
    void statisticsOfAnInvisibleUnitDoNotExist() {
        StatisticsQuery query = new StatisticsQuery(Optional.empty(), Optional.of(Period.Preset.THIS_MONTH),
                Granularity.DAY, Optional.of(fixtures.unitId("SAF")));

        assertThatThrownBy(() -> reporting.productionStatistics().compute(caller("titular.sj"), query))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void csvExportStreamsEveryVisibleTurnWithSpanishHeadersAndDates() throws Exception {
        ReportingFixtures.Item item = fixtures.item().subject("Solicitud de información pública").save();
        List<ReportingFixtures.Turn> turns = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            turns.add(fixtures.turn(item).to(i % 2 == 0 ? "SAF" : "DRF"));
        }
        fixtures.insertTurns(turns);
        ReportingFixtures.Item reserved = fixtures.item().folio("DCG-2026-999999").reserved().save();
        fixtures.turn(reserved).to("SAF").save();

        HttpResponse<byte[]> response = get("/exports/turns.csv?scope=UNIT", Optional.of("titular.saf"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<String> lines = body.substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Folio,Asunto,Remitente,Tipo de documento,Turnado a,Instrucción,"
                + "Fecha de turno,Fecha límite,Semáforo,Estado,Prioridad");
        assertThat(lines).hasSize(3001);
        assertThat(lines.get(1)).contains("Solicitud de información pública", "02/03/2026", "09/03/2026",
                "Para atención", "Enviado", "Juan Pérez");
        assertThat(body).doesNotContain("DCG-2026-999999");
    }

    @Test
    void excelExportHasHeadersRealDateCellsAndOnlyVisibleItems() throws Exception {
        List<ReportingFixtures.Item> items = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            items.add(fixtures.item().subject("Oficio número " + i));
        }
        fixtures.insertItems(items);
        fixtures.item().folio("DCG-2026-999999").reserved().save();

        HttpResponse<byte[]> response = get("/exports/correspondence.xlsx?text=oficio", Optional.of("oficialia"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("correspondencia-").endsWith(".xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(formatter.formatCellValue(header.getCell(0))).isEqualTo("Folio");
            assertThat(formatter.formatCellValue(header.getCell(4))).isEqualTo("Fecha de recepción");
            assertThat(sheet.getLastRowNum()).isEqualTo(1500);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.parse("2026-03-02"));
            assertThat(formatter.formatCellValue(first.getCell(4))).isEqualTo("02/03/2026");
            for (Row row : sheet) {
                assertThat(formatter.formatCellValue(row.getCell(0))).isNotEqualTo("DCG-2026-999999");
            }
        }
    }

    @Test
    void exportsRefuseMissingTokensBadFiltersAndInvisibleUnits() throws Exception {
        HttpResponse<byte[]> anonymous = get("/exports/turns.csv", Optional.empty());
        HttpResponse<byte[]> badState = get("/exports/turns.xlsx?state=LOST", Optional.of("titular.saf"));
        HttpResponse<byte[]> otherUnit = get("/exports/turns.csv?scope=UNIT&unitId=" + fixtures.unitId("SJ"),
                Optional.of("titular.saf"));
        HttpResponse<byte[]> badFolio = get("/exports/correspondence.csv?folio=nope", Optional.of("oficialia"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("www-authenticate")).contains("Bearer");
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(new String(badState.body(), StandardCharsets.UTF_8)).contains("BAD_USER_INPUT", "LOST");
        assertThat(otherUnit.statusCode()).isEqualTo(404);
        assertThat(badFolio.statusCode()).isEqualTo(400);
    }

    private String turnDue(ReportingFixtures.Item item, String unitCode, String dueDate) {
        LocalDate due = LocalDate.parse(dueDate);
        return fixtures.turn(item).to(unitCode).due(due.minusDays(2), due).save().id;
    }

    private static List<String> search(Principal caller, SearchQuery query) {
        return reporting.correspondenceSearch().page(caller, query).rows().stream().map(CorrespondenceRow::id)
                .toList();
    }

    private static Principal caller(String username) {
        return fixtures.caller(username);
    }

    private HttpResponse<byte[]> get(String path, Optional<String> username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(backend.uri(path)).GET();
        username.ifPresent(user -> request.header("Authorization", "Bearer " + backend.testTokenOf(user)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
