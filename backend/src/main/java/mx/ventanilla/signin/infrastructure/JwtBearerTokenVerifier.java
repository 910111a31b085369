package mx.ventanilla.signin.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.signin.model.BearerTokenVerifier;
import mx.ventanilla.signin.model.VerifiedToken;

/**
 * Verifies bearer tokens: those whose {@code iss} is the configured OpenID Connect provider against that provider,
 * everything else as one of our own access tokens. The unverified issuer only picks the verifier; each verifier
 * checks the issuer again along with everything else.
 */
public final class JwtBearerTokenVerifier implements BearerTokenVerifier {

    private final OwnTokenVerifier own;
    private final Optional<OidcTokenVerifier> external;

    public JwtBearerTokenVerifier(SigningKeys keys, String issuer, Duration clockSkew, Clock clock,
                                  Optional<OidcProvider> provider) {
        if (provider.isPresent() && provider.get().issuer().equals(issuer)) {
            throw new IllegalArgumentException("The identity provider's issuer must differ from this API's own ("
                    + issuer + ").");
        }
        this.own = new OwnTokenVerifier(keys, issuer, clockSkew, clock);
        this.external = provider.map(configured -> new OidcTokenVerifier(configured, clockSkew, clock));
    }

    @Override
    public VerifiedToken verify(String token) {
        SignedJWT jwt = TokenChecks.parseSigned(token);
        if (external.isPresent() && external.get().issued(jwt)) {
            return external.get().verify(jwt);
        }
        return own.verify(jwt);
    }
}
