package mx.ventanilla.signin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.ventanilla.signin.application.GrantingClientCredentials;
import mx.ventanilla.signin.model.ClientCredentials;
import mx.ventanilla.signin.model.ClientCredentialsGrant;
import mx.ventanilla.signin.model.OAuthError;
import mx.ventanilla.signin.model.TokenRequestRejectedException;

/**
 * The OAuth 2 token endpoint ({@code POST /oauth/token}, RFC 6749) for service accounts: the client-credentials
 * grant, with the client authenticated by HTTP Basic or by {@code client_id} and {@code client_secret} in the form
 * body, never both. Answers are JSON as in RFC 6749 sections 5.1 and 5.2 and are never cached.
 */
public final class TokenEndpoint implements HttpService {

    /** Where the endpoint is mounted. */
    public static final String PATH = "/oauth/token";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final int MAX_BODY_BYTES = 8 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final GrantingClientCredentials granting;

    public TokenEndpoint(GrantingClientCredentials granting) {
        this.granting = granting;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::token)
                .any("/", (request, response) -> {
                    response.header(HeaderNames.ALLOW, "POST");
                    reply(response, Status.METHOD_NOT_ALLOWED_405, error(OAuthError.INVALID_REQUEST,
                            "Send token requests with POST."));
                });
    }

    private void token(ServerRequest request, ServerResponse response) {
        try {
            ClientCredentialsGrant grant = grant(request);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", grant.accessToken().value());
            body.put("token_type", "Bearer");
            body.put("expires_in", grant.lifetime().toSeconds());
            body.put("scope", String.join(" ", grant.sortedScopes()));
            reply(response, Status.OK_200, body);
        } catch (TokenRequestRejectedException e) {
            rejected(response, e);
        }
    }

    private ClientCredentialsGrant grant(ServerRequest request) {
        FormParameters form = FormParameters.parse(formBody(request));
        String grantType = form.get("grant_type").orElseThrow(() -> new TokenRequestRejectedException(
                OAuthError.INVALID_REQUEST, "grant_type is missing; service accounts use " + CLIENT_CREDENTIALS + "."));
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw new TokenRequestRejectedException(OAuthError.UNSUPPORTED_GRANT_TYPE,
                    "Only the " + CLIENT_CREDENTIALS + " grant is supported here; people sign in with the signIn "
                            + "mutation.");
        }
        return granting.grant(credentials(request, form), form.get("scope"));
    }

    private static ClientCredentials credentials(ServerRequest request, FormParameters form) {
        Optional<String> header = request.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty()) {
            return bodyCredentials(form);
        }
        if (form.get("client_secret").isPresent()) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST,
                    "Authenticate with HTTP Basic or with client_id and client_secret in the body, not both.");
        }
        ClientCredentials basic = basicCredentials(header.get());
        if (form.get("client_id").filter(id -> !id.equals(basic.clientId())).isPresent()) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST,
                    "The client_id in the body differs from the one in the Authorization header.");
        }
        return basic;
    }

    private static ClientCredentials bodyCredentials(FormParameters form) {
        Optional<String> clientId = form.get("client_id");
        Optional<String> secret = form.get("client_secret");
        if (clientId.isEmpty() || secret.isEmpty()) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_CLIENT, "Client authentication is "
                    + "required: send HTTP Basic credentials or client_id and client_secret in the body.");
        }
        return new ClientCredentials(clientId.get(), secret.get());
    }

    /** RFC 6749 section 2.3.1: Basic credentials whose id and secret are each form-urlencoded first. */
    private static ClientCredentials basicCredentials(String header) {
        String[] parts = header.strip().split(" +", 2);
        if (parts.length != 2 || !"basic".equalsIgnoreCase(parts[0])) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_CLIENT,
                    "The Authorization header must use the Basic scheme with the client id and secret.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_CLIENT,
                    "The Basic credentials are not valid base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_CLIENT,
                    "The Basic credentials must be client_id:client_secret.");
        }
        return new ClientCredentials(FormParameters.decode(decoded.substring(0, colon)),
                FormParameters.decode(decoded.substring(colon + 1)));
    }

    private static String formBody(ServerRequest request) {
        Optional<HttpMediaType> contentType = request.headers().contentType();
        if (contentType.isEmpty() || !FORM.equals(contentType.get().mediaType().text())) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST, "Send the token request as " + FORM
                    + ".");
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new TokenRequestRejectedException(OAuthError.INVALID_REQUEST,
                        "The token request is larger than " + MAX_BODY_BYTES + " bytes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rejected(ServerResponse response, TokenRequestRejectedException e) {
        if (e.error() == OAuthError.INVALID_CLIENT) {
            response.header(HeaderNames.WWW_AUTHENTICATE, "Basic realm=\"ventanilla\"");
            reply(response, Status.UNAUTHORIZED_401, error(e.error(), e.getMessage()));
            return;
        }
        reply(response, Status.BAD_REQUEST_400, error(e.error(), e.getMessage()));
    }

    private static Map<String, Object> error(OAuthError error, String description) {
        return Map.of("error", error.code(), "error_description", description);
    }

    private static void reply(ServerResponse response, Status status, Map<String, Object> body) {
        try {
            response.status(status);
            response.header(HeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
            response.header(HeaderNames.PRAGMA, "no-cache");
            response.send(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
