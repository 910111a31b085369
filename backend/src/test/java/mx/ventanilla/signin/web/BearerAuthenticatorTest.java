package mx.ventanilla.signin.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.InMemoryServiceAccounts;
import mx.ventanilla.signin.InMemoryUsers;
import mx.ventanilla.signin.MutableClock;
import mx.ventanilla.signin.application.Authenticating;
import mx.ventanilla.signin.infrastructure.JwtAccessTokens;
import mx.ventanilla.signin.infrastructure.JwtBearerTokenVerifier;
import mx.ventanilla.signin.infrastructure.SigningKeys;
import mx.ventanilla.signin.model.TokenSubject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerAuthenticatorTest {

    private static final User ANA = new User("user-ana", "ana", "Ana Pérez", "ana@example.gob.mx",
            Set.of(Role.OFFICER), "unit-dg", true, 1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T16:00:00Z"));
    private final SigningKeys keys = SigningKeys.generated();
    private final InMemoryUsers users = new InMemoryUsers();
    private final BearerAuthenticator authenticator = new BearerAuthenticator(new Authenticating(
            new JwtBearerTokenVerifier(keys, "ventanilla", Duration.ofSeconds(30), clock, Optional.empty()),
            users, new InMemoryServiceAccounts()));

    @Test
    void noHeaderIsAnAnonymousRequest() {
        assertThat(authenticator.authenticate(Optional.empty())).isEmpty();
    }

    @Test
    void aBearerTokenBecomesThePrincipalWhateverTheSchemesCase() {
        users.insert(ANA, Optional.empty());
        String token = new JwtAccessTokens(keys, "ventanilla", Duration.ofMinutes(10), clock)
                .issue(new TokenSubject.StaffUser(ANA, "family-1")).value();

        assertThat(authenticator.authenticate(Optional.of("Bearer " + token))).get()
                .extracting(principal -> principal.subjectId()).isEqualTo("user-ana");
        assertThat(authenticator.authenticate(Optional.of("bearer " + token))).isPresent();
    }

    @Test
    void otherSchemesAndMalformedHeadersAreRefused() {
        for (String header : new String[] {"Basic YW5hOnNlY3JldA==", "Bearer", "Bearer ", "Bearer a b", "token"}) {
            assertThatThrownBy(() -> authenticator.authenticate(Optional.of(header)))
                    .as(header)
                    .isInstanceOf(UnauthenticatedException.class)
                    .hasMessageContaining("Authorization: Bearer <token>");
        }
    }
}
