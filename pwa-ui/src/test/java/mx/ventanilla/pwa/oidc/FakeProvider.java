package mx.ventanilla.pwa.oidc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny OpenID Connect provider for tests on a free port: discovery, JWKS, an authorization endpoint that sends the
 * browser straight back (as {@link #signInAs the chosen user}, refusing, or with another state), and a token endpoint
 * that checks the PKCE verifier and hands out RS256 tokens signed with a key made here.
 */
final class FakeProvider implements AutoCloseable {

    static final String AUDIENCE = "ventanilla-pwa";
    static final String CLIENT_ID = "ventanilla-pwa";

    /** What the authorization endpoint does with the next browser. */
    enum Answer { SIGN_IN, DENY, WRONG_STATE }

    private record Grant(String username, String challenge, String nonce, String redirectUri) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile String username = "oficialia";
    private volatile Answer answer = Answer.SIGN_IN;
    private volatile int refusedVerifiers;

    FakeProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("fake-idp").keyUse(KeyUse.SIGNATURE).generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realm/.well-known/openid-configuration", exchange -> json(exchange, 200, Map.of(
                "issuer", issuer(),
                "authorization_endpoint", issuer() + "/auth",
                "token_endpoint", issuer() + "/token",
                "jwks_uri", issuer() + "/certs")));
        server.createContext("/realm/certs", exchange -> send(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/realm/auth", this::authorize);
        server.createContext("/realm/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
    }

    void signInAs(String username, Answer answer) {
        this.username = username;
        this.answer = answer;
    }

    int refusedVerifiers() {
        return refusedVerifiers;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if (!"S256".equals(query.get("code_challenge_method")) || !CLIENT_ID.equals(query.get("client_id"))) {
            send(exchange, 400, "text/plain", "PKCE S256 and the client id are required");
            return;
        }
        String back = query.get("redirect_uri") + "?state=" + encode(answer == Answer.WRONG_STATE
                ? "someone-elses-state" : query.get("state"));
        if (answer == Answer.DENY) {
            back += "&error=access_denied";
        } else {
            String code = UUID.randomUUID().toString();
            grants.put(code, new Grant(username, query.get("code_challenge"), query.get("nonce"),
                    query.get("redirect_uri")));
            back += "&code=" + code;
        }
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(form.getOrDefault("code", ""));
        if (!"authorization_code".equals(form.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        if (!grant.challenge().equals(challenge(form.getOrDefault("code_verifier", "")))) {
            refusedVerifiers++;
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        try {
            json(exchange, 200, Map.of(
                    "access_token", sign(claims(grant.username()).audience(AUDIENCE).build(), "at+jwt"),
                    "id_token", sign(claims(grant.username()).audience(CLIENT_ID).claim("nonce", grant.nonce())
                            .build(), "JWT"),
                    "token_type", "Bearer",
                    "expires_in", 300));
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private JWTClaimsSet.Builder claims(String user) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).subject("sub-" + user).claim("preferred_username", user)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
    }

    private String sign(JWTClaimsSet claims, String type) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType(type)).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    URI discovery() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
