package mx.ventanilla.signin.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.InMemoryServiceAccounts;
import mx.ventanilla.signin.InMemoryUsers;
import mx.ventanilla.signin.MutableClock;
import mx.ventanilla.signin.infrastructure.JwtAccessTokens;
import mx.ventanilla.signin.infrastructure.JwtBearerTokenVerifier;
import mx.ventanilla.signin.infrastructure.SigningKeys;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.TokenSubject;
import mx.ventanilla.signin.model.VerifiedToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticatingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");
    private static final User ANA = new User("user-ana", "ana", "Ana Pérez", "ana@example.gob.mx",
            Set.of(Role.OFFICER), "unit-dg", true, 1);
    private static final ServiceAccount PORTAL = new ServiceAccount("sa-portal", "svc-portal", "Portal de trámites",
            "unit-dg", Set.of("correspondence:read", "correspondence:write"), true, NOW, NOW);

    private final MutableClock clock = new MutableClock(NOW);
    private final SigningKeys keys = SigningKeys.generated();
    private final JwtAccessTokens tokens = new JwtAccessTokens(keys, "ventanilla", Duration.ofMinutes(10), clock);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryServiceAccounts accounts = new InMemoryServiceAccounts();
    private final Authenticating authenticating = new Authenticating(
            new JwtBearerTokenVerifier(keys, "ventanilla", Duration.ofSeconds(30), clock, Optional.empty()),
            users, accounts);

    @BeforeEach
    void storeAnaAndThePortal() {
        users.insert(ANA, Optional.empty());
        accounts.insert(PORTAL, "unused");
    }

    @Test
    void rolesAndUnitComeFromTheStoredUserNotFromTheToken() {
        String token = tokens.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();
        users.replace(new User(ANA.id(), ANA.username(), ANA.fullName(), ANA.email(), Set.of(Role.MANAGER),
                "unit-other", true, 2));

        Principal principal = authenticating.authenticate(token);

        assertThat(principal.kind()).isEqualTo(Principal.Kind.USER);
        assertThat(principal.roles()).containsExactly(Role.MANAGER);
        assertThat(principal.unitId()).isEqualTo("unit-other");
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedAtOnce() {
        String token = tokens.issue(new TokenSubject.StaffUser(ANA, "family-1")).value();
        users.replace(new User(ANA.id(), ANA.username(), ANA.fullName(), ANA.email(), ANA.roles(), ANA.unitId(),
                false, 2));

        assertThatThrownBy(() -> authenticating.authenticate(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("deactivated");
    }

    @Test
    void aDeletedUsersTokenIsRefused() {
        User ghost = new User("user-ghost", "ghost", "Ghost", "ghost@example.gob.mx", Set.of(Role.ADMIN), "unit-dg",
                true, 1);
        String token = tokens.issue(new TokenSubject.StaffUser(ghost, "family-1")).value();

        assertThatThrownBy(() -> authenticating.authenticate(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void aServiceAccountTokenActsForTheAccountsUnitWithTheGrantedScopes() {
        String token = tokens.issue(new TokenSubject.Integration(PORTAL, Set.of("correspondence:read"))).value();

        Principal principal = authenticating.authenticate(token);

        assertThat(principal.kind()).isEqualTo(Principal.Kind.SERVICE_ACCOUNT);
        assertThat(principal.name()).isEqualTo("svc-portal");
        assertThat(principal.unitId()).isEqualTo("unit-dg");
        assertThat(principal.roles()).isEmpty();
        assertThat(principal.grantsScope("correspondence:read")).isTrue();
        assertThat(principal.grantsScope("correspondence:write")).isFalse();
    }

    @Test
    void aDeactivatedServiceAccountsTokenIsRefusedAtOnce() {
        String token = tokens.issue(new TokenSubject.Integration(PORTAL, PORTAL.scopes())).value();
        accounts.deactivate(PORTAL.id());

        assertThatThrownBy(() -> authenticating.authenticate(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("deactivated");
    }

    @Test
    void anExternalAccountIsMatchedByUsernameThenByEmail() {
        Authenticating byUsername = externalReturning(new VerifiedToken.ExternalToken("idp-1", Optional.of("ANA"),
                Optional.empty()));
        Authenticating byEmail = externalReturning(new VerifiedToken.ExternalToken("idp-1",
                Optional.of("a.perez"), Optional.of("ana@example.gob.mx")));

        assertThat(byUsername.authenticate("token").subjectId()).isEqualTo(ANA.id());
        assertThat(byEmail.authenticate("token").subjectId()).isEqualTo(ANA.id());
    }

    @Test
    void anExternalAccountWithoutAMatchingUserIsRefused() {
        Authenticating unknown = externalReturning(new VerifiedToken.ExternalToken("idp-1", Optional.of("nobody"),
                Optional.of("nobody@example.com")));

        assertThatThrownBy(() -> unknown.authenticate("token"))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageContaining("No Ventanilla user matches");
    }

    private Authenticating externalReturning(VerifiedToken.ExternalToken token) {
        return new Authenticating(ignored -> token, users, accounts);
    }
}
