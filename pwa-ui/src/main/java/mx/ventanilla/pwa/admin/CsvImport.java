package mx.ventanilla.pwa.admin;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import mx.ventanilla.pwa.api.AdminApi.ImportReport;
import mx.ventanilla.pwa.api.AdminApi.ImportRow;
import mx.ventanilla.pwa.api.ApiException;
import mx.ventanilla.pwa.views.ActionBar;

/**
 * The CSV import of units and users: an uploaded file is first checked (the API's dry run) and its report shown row by
 * row (line, unit code or username, status, messages) with a download of the report; "Importar" runs it once the
 * check found no errors. The API imports all or nothing: a file with any wrong row imports nothing.
 */
final class CsvImport extends VerticalLayout {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1_000_000;

    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> report = new Grid<>();
    private final Button run = new Button();
    private final Anchor download = new Anchor();
    private String csv = "";
    private List<ImportRow> rows = List.of();

    CsvImport() {
        addClassName("csv-import");
        setPadding(false);
        summary.addClassName("import-summary");
        summary.getElement().setAttribute("role", "status");
        configureReport();
        run.setText(getTranslation("admin.import.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setEnabled(false);
        run.addClickListener(click -> check(false));
        download.setText(getTranslation("admin.import.download"));
        download.addClassName("import-download");
        download.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (getComponentCount() > 0) {
            return;
        }
        UI ui = attachEvent.getUI();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> received(bytes))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.getElement().setAttribute("aria-label", getTranslation("admin.import.upload"));
        download.setHref((DownloadHandler) event -> {
            event.setFileName("reporte-importacion.csv");
            event.setContentType("text/csv; charset=utf-8");
            event.getOutputStream().write(reportCsv().getBytes(StandardCharsets.UTF_8));
        });
        add(new Paragraph(getTranslation("admin.import.help")), upload, summary, ActionBar.of(run, download),
                report);
    }

    private void configureReport() {
        report.addColumn(ImportRow::line).setHeader(getTranslation("admin.import.line")).setAutoWidth(true);
        report.addColumn(ImportRow::key).setHeader(getTranslation("admin.import.key")).setAutoWidth(true);
        report.addColumn(row -> getTranslation(row.ok() ? "admin.import.ok" : "admin.import.error"))
                .setHeader(getTranslation("admin.status")).setAutoWidth(true);
        report.addColumn(row -> String.join(" ", row.messages())).setHeader(getTranslation("admin.import.messages"))
                .setFlexGrow(1);
        report.getElement().setAttribute("aria-label", getTranslation("admin.import.report"));
        report.setAllRowsVisible(true);
        report.setVisible(false);
    }

    private void received(byte[] bytes) {
        csv = new String(bytes, StandardCharsets.UTF_8);
        check(true);
    }

    private void check(boolean dryRun) {
        try {
            show(AdminScreen.api().importOrganisation(AdminScreen.token(), csv, dryRun));
        } catch (ApiException refused) {
            summary.setText(getTranslation(refused.messageKey()) + " " + refused.getMessage());
            run.setEnabled(false);
        }
    }

    private void show(ImportReport result) {
        rows = result.rows();
        report.setItems(rows);
        report.setVisible(true);
        download.setVisible(true);
        long errors = rows.stream().filter(row -> !row.ok()).count();
        summary.setText(summaryOf(result, errors));
        run.setEnabled(result.dryRun() && errors == 0);
    }

    private String summaryOf(ImportReport result, long errors) {
        if (errors > 0) {
            return getTranslation("admin.import.has-errors", errors);
        }
        if (result.applied()) {
            return getTranslation("admin.import.applied", result.unitsCreated(), result.usersCreated());
        }
        return getTranslation("admin.import.checked", result.unitsCreated(), result.usersCreated());
    }

    private String reportCsv() {
        StringBuilder text = new StringBuilder("line,key,status,messages\n");
        rows.forEach(row -> text.append(row.line()).append(',').append(quoted(row.key())).append(',')
                .append(row.ok() ? "OK" : "ERROR").append(',').append(quoted(String.join(" ", row.messages())))
                .append('\n'));
        return text.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
