package mx.ventanilla.signin.infrastructure;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import com.nimbusds.jwt.proc.JWTProcessor;
import mx.ventanilla.platform.error.UnauthenticatedException;
import org.jspecify.annotations.Nullable;

/** What verifying our own and external tokens has in common: parsing, the clock, and a clear reason for refusal. */
final class TokenChecks {

    /** Far above any real token; refuses absurd input before parsing it. */
    static final int MAX_TOKEN_LENGTH = 16_384;

    private TokenChecks() {
    }

    /** Parses a compact JWT and insists that it is signed: unsigned ({@code alg: none}) and encrypted ones are out. */
    static SignedJWT parseSigned(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new UnauthenticatedException("The bearer token is longer than any token this API accepts.");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new UnauthenticatedException("The bearer token is not a well-formed JWT.");
        }
        if (jwt instanceof PlainJWT) {
            throw new UnauthenticatedException("Unsigned tokens (alg \"none\") are not accepted.");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new UnauthenticatedException("Encrypted tokens are not accepted; send a signed access token.");
        }
        return signed;
    }

    /** The {@code iss} claim before anything is verified: it only decides which verifier looks at the token. */
    static String unverifiedIssuer(SignedJWT jwt) {
        try {
            String issuer = jwt.getJWTClaimsSet().getIssuer();
            return issuer == null ? "" : issuer;
        } catch (ParseException e) {
            throw new UnauthenticatedException("The bearer token's claims are not a well-formed JSON object.");
        }
    }

    /** Runs the Nimbus processor and translates its refusals into messages a client developer can act on. */
    static JWTClaimsSet process(JWTProcessor<SecurityContext> processor, SignedJWT jwt) {
        try {
            return processor.process(jwt, null);
        } catch (ExpiredJWTException e) {
            throw new UnauthenticatedException("The access token has expired; refresh the session or sign in again.");
        } catch (BadJWTException e) {
            throw new UnauthenticatedException("The token is not valid for this API: " + e.getMessage() + ".");
        } catch (BadJWSException e) {
            throw new UnauthenticatedException("The token's signature does not verify: it was altered or forged.");
        } catch (BadJOSEException e) {
            throw new UnauthenticatedException("The token was rejected: " + e.getMessage() + ".");
        } catch (JOSEException e) {
            throw new UnauthenticatedException("The token could not be verified now (" + e.getMessage()
                    + "); try again later.");
        }
    }

    /** A claims verifier that reads the time from {@code clock} and allows {@code skew} either way. */
    static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(@Nullable Set<String> audiences,
                                                                   JWTClaimsSet exactMatch, Set<String> required,
                                                                   Duration skew, Clock clock) {
        DefaultJWTClaimsVerifier<SecurityContext> verifier =
                new DefaultJWTClaimsVerifier<>(audiences, exactMatch, required, Set.of()) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        verifier.setMaxClockSkew(Math.toIntExact(skew.toSeconds()));
        return verifier;
    }
}
