package mx.ventanilla.identity.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import mx.ventanilla.identity.application.CreatingOrgUnit;
import mx.ventanilla.identity.application.CreatingUser;
import mx.ventanilla.identity.application.IdentifyingCaller;
import mx.ventanilla.identity.application.ImportingOrganisation;
import mx.ventanilla.identity.application.ReadingOrganisation;
import mx.ventanilla.identity.application.ReadingUsers;
import mx.ventanilla.identity.application.SettingUserPassword;
import mx.ventanilla.identity.application.UpdatingOrgUnit;
import mx.ventanilla.identity.application.UpdatingUser;
import mx.ventanilla.identity.infrastructure.Argon2idPasswordHasher;
import mx.ventanilla.identity.infrastructure.CsvImportFileReader;
import mx.ventanilla.identity.infrastructure.MongoOrgUnits;
import mx.ventanilla.identity.infrastructure.MongoUsers;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.graphql.GraphQlEngine;
import mx.ventanilla.platform.graphql.GraphQlRequest;
import mx.ventanilla.platform.graphql.GraphQlLimits;
import mx.ventanilla.platform.graphql.RequestContext;
import mx.ventanilla.platform.persistence.MongoSettings;
import mx.ventanilla.platform.persistence.MongoStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units reached from users and from other units are loaded in batches: one storage call per level of the query, not
 * one per object. Runs the identity schema on the embedded MongoDB with the demo organisation and counts the calls
 * that reach the unit store.
 */
class IdentityDataLoadersIT {

    private static final Principal ADMIN = new Principal("admin", Principal.Kind.USER, "admin", Set.of(Role.ADMIN),
            "none", Set.of());

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Test
    void unitsOfAPageOfUsersAndTheirParentsAndChildrenCostAtMostOneCallPerLevel(@TempDir Path dataDir) throws IOException {
        try (MongoStore mongo = MongoStore.open(new MongoSettings(Optional.empty(), "test", dataDir.resolve("db")))) {
            GraphQlEngine engine = engine(mongo);
            calls.clear();

            ExecutionResult result = engine.execute(new GraphQlRequest("{ users(first: 12) { nodes { username unit {"
                    + " code parent { code } children { code } ancestors { code } } } } }", Optional.empty(), Map.of()),
                    new RequestContext("test", "127.0.0.1", Optional.of(ADMIN), Instant.now()));

            assertThat(result.getErrors()).isEmpty();
            assertThat(result.<Map<String, Map<String, List<?>>>>getData().get("users").get("nodes")).hasSize(12);
            assertThat(calls.keySet()).containsOnly("findAllById", "childrenOf");
            assertThat(calls.get("findAllById").get()).isBetween(1, 2);
            assertThat(calls.get("childrenOf").get()).isEqualTo(1);
        }
    }

    private GraphQlEngine engine(MongoStore mongo) throws IOException {
        MongoOrgUnits stored = new MongoOrgUnits(mongo.database());
        MongoUsers users = new MongoUsers(mongo.database(), stored);
        stored.createIndexes();
        users.createIndexes();
        new ImportingOrganisation(new CsvImportFileReader(), stored, users).importFile(ADMIN, demoFile(), false);
        OrgUnits units = counting(stored);
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(1024, 1, 1);
        IdentityOperations operations = new IdentityOperations(new ReadingOrganisation(units),
                new ReadingUsers(users, units), new IdentifyingCaller(users, units), new CreatingOrgUnit(units),
                new UpdatingOrgUnit(units, users), new CreatingUser(users, units), new UpdatingUser(users, units),
                new SettingUserPassword(users, hasher),
                new ImportingOrganisation(new CsvImportFileReader(), units, users));
        return new GraphQlEngine(List.of(new IdentityGraphQl(operations)), GraphQlLimits.defaults(), outcome -> { });
    }

    private OrgUnits counting(OrgUnits delegate) {
        return (OrgUnits) Proxy.newProxyInstance(OrgUnits.class.getClassLoader(), new Class<?>[] {OrgUnits.class},
                (proxy, method, arguments) -> {
                    calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
                    try {
                        return method.invoke(delegate, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String demoFile() throws IOException {
        try (InputStream in = IdentityDataLoadersIT.class.getClassLoader()
                .getResourceAsStream("identity/demo-organisation.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
