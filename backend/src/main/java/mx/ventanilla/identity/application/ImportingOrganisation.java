package mx.ventanilla.identity.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.identity.model.AccessPolicy;
import mx.ventanilla.identity.model.ImportFileReader;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.Users;

/**
 * Bulk-creates units and users from one file (ADMIN only). The whole file is checked first; if any row has an error,
 * nothing is written and the report says which rows and why. Otherwise units are written parents first, then users,
 * who get no password. Writes are undone if one fails midway (e.g. someone else took a code meanwhile), because the
 * embedded database has no transactions to roll back.
 */
public final class ImportingOrganisation {

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 5_000;

    private final ImportFileReader reader;
    private final OrgUnits units;
    private final Users users;

    public ImportingOrganisation(ImportFileReader reader, OrgUnits units, Users users) {
        this.reader = reader;
        this.units = units;
        this.users = users;
    }

    /** Checks the file and, unless it is a dry run or has errors, imports it. */
    public ImportReport importFile(Principal caller, String text, boolean dryRun) {
        AccessPolicy.requireAdmin(caller);
        ImportPlanning.Plan plan = ImportPlanning.plan(reader.read(text, MAX_ROWS), new StoredState());
        if (!plan.valid()) {
            return new ImportReport(false, dryRun, 0, 0, plan.rows());
        }
        if (!dryRun) {
            write(plan);
        }
        return new ImportReport(!dryRun, dryRun, plan.units().size(), plan.users().size(), plan.rows());
    }

    private void write(ImportPlanning.Plan plan) {
        try {
            units.insertAll(plan.units());
            users.insertAll(plan.users());
        } catch (RuntimeException failure) {
            users.deleteAll(plan.users().stream().map(User::id).toList());
            units.deleteAll(plan.units().stream().map(OrgUnit::id).toList());
            throw failure;
        }
    }

    private final class StoredState implements ImportPlanning.Existing {

        @Override
        public Map<String, OrgUnit> unitsByCode(Collection<String> codes) {
            return units.findAllByCode(codes).stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        }

        @Override
        public Set<String> usernames(Collection<String> usernames) {
            return users.existingUsernames(usernames);
        }

        @Override
        public Set<String> emails(Collection<String> emails) {
            return users.existingEmails(emails);
        }
    }
}
