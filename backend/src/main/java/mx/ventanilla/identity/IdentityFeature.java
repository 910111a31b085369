package mx.ventanilla.identity;

import java.util.List;

import io.helidon.config.Config;
import mx.ventanilla.identity.application.CreatingOrgUnit;
import mx.ventanilla.identity.application.CreatingUser;
import mx.ventanilla.identity.application.IdentifyingCaller;
import mx.ventanilla.identity.application.ImportingOrganisation;
import mx.ventanilla.identity.application.ReadingOrganisation;
import mx.ventanilla.identity.application.ReadingUsers;
import mx.ventanilla.identity.application.SettingUserPassword;
import mx.ventanilla.identity.application.UpdatingOrgUnit;
import mx.ventanilla.identity.application.UpdatingUser;
import mx.ventanilla.identity.graphql.IdentityGraphQl;
import mx.ventanilla.identity.graphql.IdentityOperations;
import mx.ventanilla.identity.infrastructure.Argon2idPasswordHasher;
import mx.ventanilla.identity.infrastructure.CsvImportFileReader;
import mx.ventanilla.identity.infrastructure.DemoData;
import mx.ventanilla.identity.infrastructure.MongoOrgUnits;
import mx.ventanilla.identity.infrastructure.MongoUsers;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.persistence.MongoStore;
import mx.ventanilla.platform.persistence.Migration;
import mx.ventanilla.platform.persistence.Migrations;

/**
 * Builds the identity feature: storage adapters (with their indexes, created at every start), use cases, the GraphQL
 * module and, when {@code ventanilla.demo-data} is true, the one-time demo seed. Other features reach users and units
 * through {@link #users()} and {@link #orgUnits()}.
 */
public final class IdentityFeature {

    private final MongoOrgUnits orgUnits;
    private final MongoUsers users;
    private final PasswordHasher passwordHasher;
    private final IdentityGraphQl graphQl;

    private IdentityFeature(MongoOrgUnits orgUnits, MongoUsers users, PasswordHasher passwordHasher,
                            IdentityGraphQl graphQl) {
        this.orgUnits = orgUnits;
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.graphQl = graphQl;
    }

    /** Wires the feature on the given store; {@code settings} is the {@code ventanilla} configuration node. */
    public static IdentityFeature start(MongoStore mongo, Config settings) {
        MongoOrgUnits orgUnits = new MongoOrgUnits(mongo.database());
        MongoUsers users = new MongoUsers(mongo.database(), orgUnits);
        orgUnits.createIndexes();
        users.createIndexes();
        PasswordHasher hasher = Argon2idPasswordHasher.recommended();
        ImportingOrganisation importing = new ImportingOrganisation(new CsvImportFileReader(), orgUnits, users);
        IdentityOperations operations = new IdentityOperations(
                new ReadingOrganisation(orgUnits),
                new ReadingUsers(users, orgUnits),
                new IdentifyingCaller(users, orgUnits),
                new CreatingOrgUnit(orgUnits),
                new UpdatingOrgUnit(orgUnits, users),
                new CreatingUser(users, orgUnits),
                new UpdatingUser(users, orgUnits),
                new SettingUserPassword(users, hasher),
                importing);
        boolean demoData = settings.get("demo-data").asBoolean().orElse(false);
        List<Migration> migrations = demoData ? List.of(new DemoData(importing, users, hasher)) : List.of();
        Migrations.apply(mongo.database(), migrations);
        return new IdentityFeature(orgUnits, users, hasher, new IdentityGraphQl(operations));
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }

    public Users users() {
        return users;
    }

    public OrgUnits orgUnits() {
        return orgUnits;
    }

    public PasswordHasher passwordHasher() {
        return passwordHasher;
    }
}
