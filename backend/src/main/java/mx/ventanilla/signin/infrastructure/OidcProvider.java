package mx.ventanilla.signin.infrastructure;

import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * An external OpenID Connect provider whose tokens the API accepts.
 *
 * @param issuer        its exact {@code iss}
 * @param jwksUrl       where its public keys are published
 * @param audience      the {@code aud} its tokens must carry for this API; absent: not checked
 * @param usernameClaim the claim matched against usernames, usually {@code preferred_username}
 * @param emailClaim    the claim matched against e-mail addresses when the username does not match, usually
 *                      {@code email}; ignored when the token says {@code email_verified: false}
 * @param algorithms    the JWS algorithms accepted, e.g. RS256 and ES256
 */
public record OidcProvider(String issuer, URL jwksUrl, Optional<String> audience, String usernameClaim,
                           String emailClaim, List<String> algorithms) {

    public OidcProvider {
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("Accept at least one signature algorithm from the identity provider.");
        }
    }
}
