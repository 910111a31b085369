package mx.ventanilla.identity.graphql;

import mx.ventanilla.identity.application.CreatingOrgUnit;
import mx.ventanilla.identity.application.CreatingUser;
import mx.ventanilla.identity.application.IdentifyingCaller;
import mx.ventanilla.identity.application.ImportingOrganisation;
import mx.ventanilla.identity.application.ReadingOrganisation;
import mx.ventanilla.identity.application.ReadingUsers;
import mx.ventanilla.identity.application.SettingUserPassword;
import mx.ventanilla.identity.application.UpdatingOrgUnit;
import mx.ventanilla.identity.application.UpdatingUser;

/** The identity use cases the API calls. */
public record IdentityOperations(
        ReadingOrganisation readingOrganisation,
        ReadingUsers readingUsers,
        IdentifyingCaller identifyingCaller,
        CreatingOrgUnit creatingOrgUnit,
        UpdatingOrgUnit updatingOrgUnit,
        CreatingUser creatingUser,
        UpdatingUser updatingUser,
        SettingUserPassword settingUserPassword,
        ImportingOrganisation importingOrganisation) {
}
