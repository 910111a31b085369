package mx.ventanilla.signin.infrastructure;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.model.VerifiedToken;

/**
 * Verifies the access tokens this server issued: ES256 only, a {@code kid} from our key set, {@code typ: at+jwt},
 * our issuer and audience, not expired (with a small clock skew), and the claims we always set.
 */
final class OwnTokenVerifier {

    private static final Set<String> REQUIRED_CLAIMS = Set.of(JWTClaimNames.SUBJECT, JWTClaimNames.ISSUED_AT,
            JWTClaimNames.EXPIRATION_TIME, JWTClaimNames.JWT_ID);

    private final Set<String> keyIds;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    OwnTokenVerifier(SigningKeys keys, String issuer, Duration clockSkew, Clock clock) {
        this.keyIds = keys.verificationKeys().getKeys().stream().map(JWK::getKeyID).collect(Collectors.toSet());
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JwtAccessTokens.ACCESS_TOKEN_TYPE));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256,
                new ImmutableJWKSet<>(keys.verificationKeys())));
        processor.setJWTClaimsSetVerifier(TokenChecks.claimsVerifier(Set.of(JwtAccessTokens.AUDIENCE),
                new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED_CLAIMS, clockSkew, clock));
    }

    VerifiedToken verify(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            throw new UnauthenticatedException("Access tokens of this API are signed with ES256; "
                    + header.getAlgorithm() + " is not accepted.");
        }
        if (header.getKeyID() == null || !keyIds.contains(header.getKeyID())) {
            throw new UnauthenticatedException("The access token was signed with a key this server does not know "
                    + "(kid " + header.getKeyID() + "); sign in again.");
        }
        return toVerifiedToken(TokenChecks.process(processor, jwt));
    }

    private static VerifiedToken toVerifiedToken(JWTClaimsSet claims) {
        try {
            String clientId = claims.getStringClaim(JwtAccessTokens.CLIENT_ID);
            if (clientId == null) {
                return new VerifiedToken.OwnUserToken(claims.getSubject());
            }
            String scope = claims.getStringClaim(JwtAccessTokens.SCOPE);
            Set<String> scopes = scope == null ? Set.of() : Arrays.stream(scope.split(" "))
                    .filter(token -> !token.isEmpty())
                    .collect(Collectors.toSet());
            return new VerifiedToken.OwnServiceAccountToken(claims.getSubject(), scopes);
        } catch (ParseException e) {
            throw new UnauthenticatedException("The access token's client_id and scope claims must be strings.");
        }
    }
}
