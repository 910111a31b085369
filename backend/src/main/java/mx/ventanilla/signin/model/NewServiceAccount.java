package mx.ventanilla.signin.model;

import java.util.List;

/**
 * What an administrator gives to create a service account.
 *
 * @param name   what the integration is, 1 to 120 characters
 * @param unitId the unit it acts for
 * @param scopes at least one of {@link Scopes#known()}
 */
public record NewServiceAccount(String name, String unitId, List<String> scopes) {

    public NewServiceAccount {
        scopes = List.copyOf(scopes);
    }
}
