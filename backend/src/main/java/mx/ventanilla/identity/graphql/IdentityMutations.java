package mx.ventanilla.identity.graphql;

import java.util.Map;
import java.util.Set;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import mx.ventanilla.identity.application.ImportReport;
import mx.ventanilla.identity.application.NewOrgUnit;
import mx.ventanilla.identity.application.NewUser;
import mx.ventanilla.identity.application.OrgUnitChanges;
import mx.ventanilla.identity.application.UserChanges;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.platform.error.ErrorCode;

/** The data fetchers of the identity mutations: they turn typed inputs into commands and call the use cases. */
final class IdentityMutations {

    private final IdentityOperations operations;

    IdentityMutations(IdentityOperations operations) {
        this.operations = operations;
    }

    OrgUnit createOrgUnit(DataFetchingEnvironment environment) {
        Inputs input = Inputs.of(environment.getArgument("input"));
        NewOrgUnit command = new NewOrgUnit(input.requiredString("code"), input.requiredString("name"),
                input.kind("kind").orElseThrow(), input.string("parentId"));
        return operations.creatingOrgUnit().create(Callers.of(environment), command);
    }

    OrgUnit updateOrgUnit(DataFetchingEnvironment environment) {
        Inputs input = Inputs.of(environment.getArgument("input"));
        OrgUnitChanges.Builder changes = OrgUnitChanges.builder();
        input.ifString("name", changes::name);
        input.kind("kind").ifPresent(changes::kind);
        input.bool("active").ifPresent(changes::active);
        if (input.has("parentId")) {
            input.string("parentId").ifPresentOrElse(changes::moveUnder, changes::moveToRoot);
        }
        return operations.updatingOrgUnit().update(Callers.of(environment), environment.getArgument("id"),
                changes.build());
    }

    User createUser(DataFetchingEnvironment environment) {
        Inputs input = Inputs.of(environment.getArgument("input"));
        NewUser command = new NewUser(input.requiredString("username"), input.requiredString("fullName"),
                input.requiredString("email"), input.roles("roles").orElse(Set.<Role>of()),
                input.requiredString("unitId"));
        return operations.creatingUser().create(Callers.of(environment), command);
    }

    User updateUser(DataFetchingEnvironment environment) {
        Inputs input = Inputs.of(environment.getArgument("input"));
        UserChanges.Builder changes = UserChanges.basedOn(input.integer("version").orElseThrow());
        input.ifString("fullName", changes::fullName);
        input.ifString("email", changes::email);
        input.roles("roles").ifPresent(changes::roles);
        input.ifString("unitId", changes::unit);
        input.bool("active").ifPresent(changes::active);
        return operations.updatingUser().update(Callers.of(environment), environment.getArgument("id"),
                changes.build());
    }

    User setUserPassword(DataFetchingEnvironment environment) {
        return operations.settingUserPassword().setPassword(Callers.of(environment), environment.getArgument("id"),
                environment.getArgument("password"));
    }

    /** A file with errors still returns its report, together with a BAD_USER_INPUT error naming the count. */
    DataFetcherResult<ImportReport> importOrganisation(DataFetchingEnvironment environment) {
        boolean dryRun = Boolean.TRUE.equals(environment.getArgument("dryRun"));
        ImportReport report = operations.importingOrganisation()
                .importFile(Callers.of(environment), environment.getArgument("csv"), dryRun);
        DataFetcherResult.Builder<ImportReport> result = DataFetcherResult.<ImportReport>newResult().data(report);
        long failed = report.rowsWithErrors();
        if (failed > 0) {
            result.error(GraphqlErrorBuilder.newError(environment)
                    .message(failed + (failed == 1 ? " line has" : " lines have") + " errors, so nothing was"
                            + " imported; see the rows of the report, fix them and import again.")
                    .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "linesWithErrors", failed))
                    .build());
        }
        return result.build();
    }
}
