package mx.ventanilla.correspondence.application;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import mx.ventanilla.correspondence.model.ArchivalSeries;
import mx.ventanilla.correspondence.model.Catalogues;
import mx.ventanilla.correspondence.model.DocumentType;
import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;

/** The document-type catalogue and the archival classification chart: read by everyone, extended by ADMIN. */
public final class AdministeringCatalogues {

    private static final Pattern TYPE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern SERIES_CODE = Pattern.compile("[0-9A-Z][0-9A-Z.\\-]{0,19}");

    private final Catalogues catalogues;

    public AdministeringCatalogues(Catalogues catalogues) {
        this.catalogues = catalogues;
    }

    public List<DocumentType> documentTypes() {
        return catalogues.documentTypes();
    }

    public List<ArchivalSeries> archivalSeries() {
        return catalogues.archivalSeries();
    }

    public DocumentType addDocumentType(Principal caller, String code, String name) {
        requireAdmin(caller);
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!TYPE_CODE.matcher(upper).matches()) {
            throw new InvalidInputException("code", "A document-type code is 2 to 40 letters, digits or underscores, "
                    + "starting with a letter.");
        }
        DocumentType type = new DocumentType(upper, Texts.required("name", name, 100));
        catalogues.addDocumentType(type);
        return type;
    }

    public ArchivalSeries addArchivalSeries(Principal caller, String code, String name, int retentionYears) {
        requireAdmin(caller);
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!SERIES_CODE.matcher(upper).matches()) {
            throw new InvalidInputException("code", "A series code is 1 to 20 letters, digits, dots or dashes.");
        }
        if (retentionYears < 1 || retentionYears > 100) {
            throw new InvalidInputException("retentionYears", "Retention is 1 to 100 years.");
        }
        ArchivalSeries series = new ArchivalSeries(upper, Texts.required("name", name, 200), retentionYears);
        catalogues.addArchivalSeries(series);
        return series;
    }

    private static void requireAdmin(Principal caller) {
        AccessPolicy.requireWriter(caller);
        if (!caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator (role ADMIN) may extend the catalogues.");
        }
    }
}
