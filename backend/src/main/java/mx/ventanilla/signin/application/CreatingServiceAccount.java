package mx.ventanilla.signin.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.signin.model.NewServiceAccount;
import mx.ventanilla.signin.model.Scopes;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccountWithSecret;
import mx.ventanilla.signin.model.ServiceAccounts;

/**
 * An administrator creates a service account for an integrator. The generated client secret is returned this once;
 * only its Argon2id hash is kept.
 */
public final class CreatingServiceAccount {

    static final int MAX_NAME_LENGTH = 120;

    private final ServiceAccounts accounts;
    private final OrgUnits units;
    private final PasswordHasher hasher;
    private final Clock clock;

    public CreatingServiceAccount(ServiceAccounts accounts, OrgUnits units, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.hasher = hasher;
        this.clock = clock;
    }

    public ServiceAccountWithSecret create(Principal caller, NewServiceAccount input) {
        Administration.requireAdministrator(caller);
        String name = validName(input.name());
        validateUnit(input.unitId());
        Set<String> scopes = validScopes(input.scopes());
        Instant now = clock.instant();
        String secret = Secrets.newSecret();
        ServiceAccount account = new ServiceAccount(UUID.randomUUID().toString(), "svc-" + Secrets.randomHex(10),
                name, input.unitId(), scopes, true, now, now);
        accounts.insert(account, hasher.hash(secret.toCharArray()));
        return new ServiceAccountWithSecret(account, secret);
    }

    private static String validName(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "Name the integration in 1 to " + MAX_NAME_LENGTH
                    + " characters, e.g. \"Portal de trámites\".");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "The name must not contain control characters such as line "
                    + "breaks or tabs.");
        }
        return trimmed;
    }

    private void validateUnit(String unitId) {
        boolean usable = units.findById(unitId).map(OrgUnit::active).orElse(false);
        if (!usable) {
            throw new InvalidInputException("unitId", "No active unit has the id " + unitId + ".");
        }
    }

    private static Set<String> validScopes(List<String> scopes) {
        if (scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "Grant at least one scope, from: "
                    + String.join(", ", Scopes.known()) + ".");
        }
        List<String> unknown = scopes.stream().filter(scope -> !Scopes.isKnown(scope)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("scopes", "Unknown scope(s): " + String.join(", ", unknown)
                    + ". Known scopes: " + String.join(", ", Scopes.known()) + ".");
        }
        return Set.copyOf(scopes);
    }
}
