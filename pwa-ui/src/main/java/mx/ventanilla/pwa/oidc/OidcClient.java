package mx.ventanilla.pwa.oidc;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This app as a client of the institution's OpenID Connect provider over {@code java.net.http}: reads its endpoints
 * from discovery (once), builds the authorization request and calls its token endpoint for codes and refresh tokens.
 * Failures are {@link OidcException}s.
 */
public final class OidcClient implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OidcSettings settings;
    private transient volatile Endpoints endpoints;

    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** Where to send the browser to sign in for {@code pending}. */
    public URI authorizationUri(PendingSignIn pending) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", pending.redirectUri().toString());
        query.put("scope", "openid profile email");
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        URI endpoint = endpoints().authorization();
        String separator = endpoint.getQuery() == null ? "?" : "&";
        return URI.create(endpoint + separator + form(query));
    }

    /** Exchanges the authorization {@code code} returned for {@code pending}; checks the ID token's nonce. */
    public ProviderTokens exchange(String code, PendingSignIn pending, Clock clock) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", pending.redirectUri().toString());
        form.put("code_verifier", pending.codeVerifier());
        JsonNode answer = token(form);
        if (!pending.nonce().equals(nonceOf(answer.path("id_token").asText("")))) {
            throw new OidcException("The provider's ID token does not carry the nonce of this sign-in");
        }
        return tokens(answer, Optional.empty(), clock);
    }

    /** The next tokens for {@code refreshToken}; the provider may or may not hand out a new refresh token. */
    public ProviderTokens refresh(String refreshToken, Clock clock) {
        return tokens(token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)),
                Optional.of(refreshToken), clock);
    }

    private JsonNode token(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints().token())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        settings.secret().ifPresentOrElse(
                secret -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (encode(settings.clientId()) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8))),
                () -> form.put("client_id", settings.clientId()));
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        JsonNode answer = json(response.body());
        if (response.statusCode() != 200 || !answer.path("access_token").isTextual()) {
            throw new OidcException("The provider's token endpoint refused: " + response.statusCode() + " "
                    + answer.path("error").asText(""));
        }
        return answer;
    }

    private static ProviderTokens tokens(JsonNode answer, Optional<String> previousRefreshToken, Clock clock) {
        Instant now = clock.instant();
        Instant expiresAt = now.plusSeconds(answer.path("expires_in").asLong(300));
        Optional<String> refreshToken = Optional.of(answer.path("refresh_token").asText(""))
                .filter(token -> !token.isBlank()).or(() -> previousRefreshToken);
        Instant refreshExpiresAt = answer.has("refresh_expires_in")
                ? now.plusSeconds(answer.path("refresh_expires_in").asLong()) : expiresAt;
        return new ProviderTokens(answer.path("access_token").asText(), expiresAt, refreshToken.orElse(""),
                refreshExpiresAt);
    }

    private static String nonceOf(String idToken) {
        String[] parts = idToken.split("\\.");
        if (parts.length < 2) {
            return "";
        }
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        return json(new String(payload, StandardCharsets.UTF_8)).path("nonce").asText("");
    }

    private Endpoints endpoints() {
        Endpoints known = endpoints;
        if (known == null) {
            JsonNode discovery = json(send(HttpRequest.newBuilder(settings.discovery()).timeout(TIMEOUT).GET()
                    .build()).body());
            if (!discovery.path("authorization_endpoint").isTextual() || !discovery.path("token_endpoint").isTextual()) {
                throw new OidcException("No authorization_endpoint and token_endpoint at " + settings.discovery());
            }
            known = new Endpoints(URI.create(discovery.path("authorization_endpoint").asText()),
                    URI.create(discovery.path("token_endpoint").asText()));
            endpoints = known;
        }
        return known;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OidcException("No answer from the provider at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("Interrupted while calling the provider at " + request.uri(), e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new OidcException("Not JSON from the provider: " + e.getMessage(), e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Endpoints(URI authorization, URI token) {
    }
}
