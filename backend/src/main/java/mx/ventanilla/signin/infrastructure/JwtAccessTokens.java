package mx.ventanilla.signin.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.signin.model.AccessToken;
import mx.ventanilla.signin.model.AccessTokenIssuer;
import mx.ventanilla.signin.model.TokenSubject;

/**
 * Issues ES256-signed JWT access tokens in the shape of RFC 9068 ({@code typ: at+jwt}): {@code iss}, {@code aud}
 * ({@value #AUDIENCE}), {@code sub}, {@code iat}, {@code exp}, {@code jti}, plus {@code name} (the user's full name
 * or the service account's name), {@code roles} and {@code unit}; user tokens also carry {@code preferred_username}
 * and their session as {@code sid}, service-account tokens {@code client_id} and a space-separated {@code scope}.
 * The claims describe the subject when the token was issued; the API itself reads the subject from storage.
 */
public final class JwtAccessTokens implements AccessTokenIssuer {

    /** The audience of every access token: this API. */
    public static final String AUDIENCE = "ventanilla-api";
    /** The JOSE header type of access tokens (RFC 9068), so an ID token can never pass for one. */
    public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");
    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";

    private final ECKey signingKey;
    private final ECDSASigner signer;
    private final String issuer;
    private final Duration timeToLive;
    private final Clock clock;

    public JwtAccessTokens(SigningKeys keys, String issuer, Duration timeToLive, Clock clock) {
        this.signingKey = keys.signingKey();
        this.issuer = issuer;
        this.timeToLive = timeToLive;
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(signingKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key cannot sign ES256", e);
        }
    }

    @Override
    public AccessToken issue(TokenSubject subject) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(timeToLive);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString());
        switch (subject) {
            case TokenSubject.StaffUser staff -> claims.subject(staff.user().id())
                    .claim("name", staff.user().fullName())
                    .claim("preferred_username", staff.user().username())
                    .claim("roles", staff.user().roles().stream().map(Role::name).sorted().toList())
                    .claim("unit", staff.user().unitId())
                    .claim("sid", staff.sessionId());
            case TokenSubject.Integration integration -> claims.subject(integration.account().id())
                    .claim("name", integration.account().name())
                    .claim("roles", List.of())
                    .claim("unit", integration.account().unitId())
                    .claim(CLIENT_ID, integration.account().clientId())
                    .claim(SCOPE, String.join(" ", new TreeSet<>(integration.scopes())));
        }
        return new AccessToken(sign(claims.build()), expiresAt);
    }

    @Override
    public Duration timeToLive() {
        return timeToLive;
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(signingKey.getKeyID())
                .type(ACCESS_TOKEN_TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return jwt.serialize();
    }
}
