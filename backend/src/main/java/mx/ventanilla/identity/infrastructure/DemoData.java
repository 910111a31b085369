package mx.ventanilla.identity.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import mx.ventanilla.identity.application.ImportReport;
import mx.ventanilla.identity.application.ImportingOrganisation;
import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.persistence.Migration;

/**
 * Seeds the demo institution, the "Instituto Estatal de Vivienda Social": its organisation tree and one user per role
 * from {@code identity/demo-organisation.csv} (imported like any organisation file), all with the demo password
 * {@link #PASSWORD}. Registered only when {@code ventanilla.demo-data} is true; as a migration it runs once per
 * database, and it seeds nothing into a database that already has units.
 */
public final class DemoData implements Migration {

    /** The password of every demo user; documented for demos, never a default of a real installation. */
    public static final String PASSWORD = "Ventanilla-Demo-2026!";
    static final String RESOURCE = "identity/demo-organisation.csv";

    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());
    private static final Principal SEEDER = new Principal("demo-data", Principal.Kind.USER, "demo-data",
            Set.of(Role.ADMIN), "", Set.of());

    private final ImportingOrganisation importing;
    private final Users users;
    private final PasswordHasher hasher;

    public DemoData(ImportingOrganisation importing, Users users, PasswordHasher hasher) {
        this.importing = importing;
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public String id() {
        return "demo-data-v1";
    }

    @Override
    public String description() {
        return "Demo institution: organisation tree and one user per role";
    }

    @Override
    public void apply(MongoDatabase database) {
        if (database.getCollection(MongoOrgUnits.COLLECTION).countDocuments() > 0) {
            LOG.log(System.Logger.Level.INFO, "The database already has an organisation; demo data not seeded.");
            return;
        }
        ImportReport report = importing.importFile(SEEDER, readResource(), false);
        if (!report.applied()) {
            throw new IllegalStateException("The demo organisation file does not import: " + report.rows());
        }
        users.page(UserQuery.builder(1_000).build())
                .forEach(user -> users.setPasswordHash(user.id(), hasher.hash(PASSWORD.toCharArray())));
        LOG.log(System.Logger.Level.INFO, "Seeded the demo institution: {0} units, {1} users; their sign-in names"
                + " and password are in docs/identity.md.", report.unitsCreated(), report.usersCreated());
    }

    private static String readResource() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Demo data missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
