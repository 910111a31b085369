package mx.ventanilla.signin.infrastructure;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.model.VerifiedToken;

/**
 * Verifies tokens of the configured OpenID Connect provider against its published keys (fetched with caching,
 * refreshed ahead of expiry and when an unknown {@code kid} appears, rate-limited), its issuer, the configured
 * audience and the token's lifetime.
 */
final class OidcTokenVerifier {

    private static final int HTTP_TIMEOUT_MILLIS = 3_000;
    private static final int MAX_JWKS_BYTES = 256 * 1024;

    private final OidcProvider provider;
    private final Set<JWSAlgorithm> algorithms;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    OidcTokenVerifier(OidcProvider provider, Duration clockSkew, Clock clock) {
        this.provider = provider;
        this.algorithms = provider.algorithms().stream().map(JWSAlgorithm::parse).collect(Collectors.toSet());
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(provider.jwksUrl(),
                        new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, MAX_JWKS_BYTES))
                .retrying(true)
                .build();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, JwtAccessTokens.ACCESS_TOKEN_TYPE, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWTClaimsSetVerifier(TokenChecks.claimsVerifier(
                provider.audience().map(Set::of).orElse(null),
                new JWTClaimsSet.Builder().issuer(provider.issuer()).build(),
                Set.of(JWTClaimNames.SUBJECT, JWTClaimNames.EXPIRATION_TIME), clockSkew, clock));
    }

    boolean issued(SignedJWT jwt) {
        return provider.issuer().equals(TokenChecks.unverifiedIssuer(jwt));
    }

    VerifiedToken verify(SignedJWT jwt) {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!algorithms.contains(algorithm)) {
            throw new UnauthenticatedException("Tokens of the identity provider must be signed with one of "
                    + String.join(", ", provider.algorithms()) + "; " + algorithm + " is not accepted.");
        }
        JWTClaimsSet claims = TokenChecks.process(processor, jwt);
        return new VerifiedToken.ExternalToken(claims.getSubject(), stringClaim(claims, provider.usernameClaim()),
                verifiedEmail(claims));
    }

    private Optional<String> verifiedEmail(JWTClaimsSet claims) {
        if (Boolean.FALSE.equals(claims.getClaim("email_verified"))) {
            return Optional.empty();
        }
        return stringClaim(claims, provider.emailClaim());
    }

    private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name)).filter(value -> !value.isBlank());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
