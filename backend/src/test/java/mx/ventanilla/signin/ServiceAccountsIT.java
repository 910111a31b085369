package mx.ventanilla.signin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.testing.RunningVentanilla;
import mx.ventanilla.testing.RunningVentanilla.GraphQlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static mx.ventanilla.signin.SignInClient.accessToken;
import static mx.ventanilla.signin.SignInClient.message;
import static org.assertj.core.api.Assertions.assertThat;

/** Service-account administration over GraphQL and the client-credentials grant at {@code POST /oauth/token}. */
class ServiceAccountsIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATE = "mutation($input: CreateServiceAccountInput!) { createServiceAccount("
            + "input: $input) { clientSecret serviceAccount { id clientId name unitId scopes active createdAt } } }";
    private static final String LIST = "query($first: Int, $after: String) { serviceAccounts(first: $first, "
            + "after: $after) { edges { cursor node { id name } } nodes { clientId } pageInfo { hasNextPage "
            + "endCursor } } }";

    @TempDir
    static Path dataDir;

    private static RunningVentanilla backend;
    private static OrgUnit unit;
    private static String admin;
    private static String officer;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, RunningVentanilla.WITHOUT_DEMO_DATA);
        Directory directory = new Directory(backend.ventanilla().mongo().database());
        unit = directory.unit("DG");
        directory.user("admin", PASSWORD, unit, Role.ADMIN);
        directory.user("officer", PASSWORD, unit, Role.OFFICER);
        SignInClient client = new SignInClient(backend);
        admin = accessToken(client.session("admin", PASSWORD));
        officer = accessToken(client.session("officer", PASSWORD));
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void anAdministratorCreatesAnAccountWhoseCredentialsGetAScopedToken() throws Exception {
        JsonNode created = create("Portal de trámites", List.of("correspondence:read", "correspondence:write"));
        JsonNode account = created.path("serviceAccount");
        assertThat(account.path("clientId").asText()).startsWith("svc-");
        assertThat(account.path("scopes")).extracting(JsonNode::asText)
                .containsExactly("correspondence:read", "correspondence:write");
        assertThat(created.path("clientSecret").asText()).hasSizeGreaterThanOrEqualTo(43);

        HttpResponse<String> response = token(basic(account.path("clientId").asText(),
                created.path("clientSecret").asText()), "grant_type=client_credentials&scope=correspondence%3Aread");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(600);
        assertThat(body.path("scope").asText()).isEqualTo("correspondence:read");
        JWTClaimsSet claims = SignedJWT.parse(body.path("access_token").asText()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(account.path("id").asText());
        assertThat(claims.getStringClaim("client_id")).isEqualTo(account.path("clientId").asText());
        assertThat(claims.getStringClaim("scope")).isEqualTo("correspondence:read");
        assertThat(claims.getStringClaim("unit")).isEqualTo(unit.id());

        GraphQlResponse asServiceAccount = backend.graphQl(LIST, Map.of(),
                Optional.of(body.path("access_token").asText()));
        assertThat(asServiceAccount.status()).as("authenticated, but not an administrator").isEqualTo(403);
        assertThat(asServiceAccount.errorCode()).contains("FORBIDDEN");
    }

    @Test
    void credentialsInTheBodyWorkAndNoScopeMeansAllOfTheAccounts() throws Exception {
        JsonNode created = create("Buzón ciudadano", List.of("identity:read", "audit:read"));

        HttpResponse<String> response = token(Optional.empty(), "grant_type=client_credentials&client_id="
                + created.path("serviceAccount").path("clientId").asText() + "&client_secret="
                + encode(created.path("clientSecret").asText()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("scope").asText()).isEqualTo("audit:read identity:read");
    }

    @Test
    void aWrongSecretIsAnInvalidClient() throws Exception {
        JsonNode account = create("Sistema de nómina", List.of("identity:read")).path("serviceAccount");

        HttpResponse<String> response = token(basic(account.path("clientId").asText(), "not-the-secret"),
                "grant_type=client_credentials");

        assertOAuthError(response, 401, "invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
    }

    @Test
    void anUnknownClientIsAnInvalidClient() throws Exception {
        assertOAuthError(token(basic("svc-unknown", "whatever"), "grant_type=client_credentials"), 401,
                "invalid_client");
    }

    @Test
    void missingCredentialsAreAnInvalidClient() throws Exception {
        assertOAuthError(token(Optional.empty(), "grant_type=client_credentials"), 401, "invalid_client");
    }

    @Test
    void aScopeBeyondTheAccountsIsAnInvalidScope() throws Exception {
        JsonNode created = create("Consulta de turnos", List.of("correspondence:read"));

        HttpResponse<String> response = token(credentials(created),
                "grant_type=client_credentials&scope=correspondence%3Aread+audit%3Aread");

        JsonNode error = assertOAuthError(response, 400, "invalid_scope");
        assertThat(error.path("error_description").asText()).contains("audit:read");
    }

    @Test
    void anotherGrantTypeIsUnsupported() throws Exception {
        JsonNode created = create("Integración con contraseña", List.of("correspondence:read"));

        assertOAuthError(token(credentials(created), "grant_type=password&username=ana&password=x"), 400,
                "unsupported_grant_type");
        assertOAuthError(token(credentials(created), "scope=correspondence%3Aread"), 400, "invalid_request");
    }

    @Test
    void malformedRequestsAreInvalidRequests() throws Exception {
        JsonNode created = create("Cliente descuidado", List.of("correspondence:read"));
        String clientId = created.path("serviceAccount").path("clientId").asText();

        assertOAuthError(token(credentials(created), "grant_type=client_credentials&grant_type=client_credentials"),
                400, "invalid_request");
        assertOAuthError(token(credentials(created), "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=x"), 400, "invalid_request");
        HttpResponse<String> json = backend.send(HttpRequest.newBuilder(backend.uri("/oauth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build());
        assertOAuthError(json, 400, "invalid_request");
        HttpResponse<String> get = backend.get("/oauth/token");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void rotatingTheSecretRetiresTheOldOne() throws Exception {
        JsonNode created = create("Portal municipal", List.of("correspondence:read"));
        String id = created.path("serviceAccount").path("id").asText();
        String clientId = created.path("serviceAccount").path("clientId").asText();

        GraphQlResponse rotated = backend.graphQl("mutation($id: ID!) { rotateServiceAccountSecret(id: $id) { "
                + "clientSecret serviceAccount { clientId } } }", Map.of("id", id), Optional.of(admin));

        String newSecret = rotated.data().path("rotateServiceAccountSecret").path("clientSecret").asText();
        assertThat(newSecret).isNotEqualTo(created.path("clientSecret").asText());
        assertOAuthError(token(credentials(created), "grant_type=client_credentials"), 401, "invalid_client");
        assertThat(token(basic(clientId, newSecret), "grant_type=client_credentials").statusCode()).isEqualTo(200);
    }

    @Test
    void deactivatingAnAccountStopsItsTokensAtOnce() throws Exception {
        JsonNode created = create("Integración retirada", List.of("correspondence:read"));
        String id = created.path("serviceAccount").path("id").asText();
        String accessToken = JSON.readTree(token(credentials(created), "grant_type=client_credentials").body())
                .path("access_token").asText();

        GraphQlResponse deactivated = backend.graphQl("mutation($id: ID!) { deactivateServiceAccount(id: $id) { "
                + "active } }", Map.of("id", id), Optional.of(admin));

        assertThat(deactivated.data().path("deactivateServiceAccount").path("active").asBoolean()).isFalse();
        assertThat(backend.graphQl(LIST, Map.of(), Optional.of(accessToken)).status()).isEqualTo(401);
        assertOAuthError(token(credentials(created), "grant_type=client_credentials"), 401, "invalid_client");
    }

    @Test
    void onlyAdministratorsManageServiceAccounts() {
        GraphQlResponse response = backend.graphQl(CREATE, Map.of("input", input("No autorizada",
                List.of("correspondence:read"))), Optional.of(officer));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).contains("FORBIDDEN");
        assertThat(backend.graphQl(LIST, Map.of(), Optional.of(officer)).errorCode()).contains("FORBIDDEN");
        assertThat(backend.graphQl(LIST, Map.of(), Optional.empty()).errorCode()).contains("UNAUTHENTICATED");
        assertThat(serviceAccountNames()).doesNotContain("No autorizada");
    }

    @Test
    void badInputIsRefusedAndCreatesNothing() {
        long before = storedAccounts();

        GraphQlResponse unknownScope = backend.graphQl(CREATE, Map.of("input", input("Con errata",
                List.of("correspondance:read"))), Optional.of(admin));
        GraphQlResponse noScopes = backend.graphQl(CREATE, Map.of("input", input("Sin permisos", List.of())),
                Optional.of(admin));
        GraphQlResponse blankName = backend.graphQl(CREATE, Map.of("input", input("   ",
                List.of("correspondence:read"))), Optional.of(admin));
        GraphQlResponse noSuchUnit = backend.graphQl(CREATE, Map.of("input", Map.of("name", "Sin unidad",
                "unitId", "no-such-unit", "scopes", List.of("correspondence:read"))), Optional.of(admin));

        for (GraphQlResponse response : List.of(unknownScope, noScopes, blankName, noSuchUnit)) {
            assertThat(response.errorCode()).as(response.body().toString()).contains("BAD_USER_INPUT");
        }
        assertThat(message(unknownScope)).contains("correspondance:read").contains("correspondence:read");
        assertThat(storedAccounts()).isEqualTo(before);
    }

    @Test
    void unknownAccountsAreNotFound() {
        GraphQlResponse response = backend.graphQl("mutation { deactivateServiceAccount(id: \"nope\") { id } }",
                Map.of(), Optional.of(admin));

        assertThat(response.errorCode()).contains("NOT_FOUND");
    }

    @Test
    void accountsArePagedByName() {
        for (String name : List.of("zz Paginado C", "zz Paginado A", "zz Paginado B")) {
            create(name, List.of("identity:read"));
        }

        List<String> names = serviceAccountNames();

        assertThat(names).containsSubsequence("zz Paginado A", "zz Paginado B", "zz Paginado C");
        assertThat(names).isSorted();
    }

    private static List<String> serviceAccountNames() {
        List<String> names = new java.util.ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 2));
            after.ifPresent(cursor -> variables.put("after", cursor));
            JsonNode page = backend.graphQl(LIST, variables, Optional.of(admin)).data().path("serviceAccounts");
            page.path("edges").forEach(edge -> names.add(edge.path("node").path("name").asText()));
            assertThat(page.path("edges").size()).isLessThanOrEqualTo(2);
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? Optional.of(page.path("pageInfo").path("endCursor").asText())
                    : Optional.empty();
        } while (after.isPresent());
        return names;
    }

    private static JsonNode create(String name, List<String> scopes) {
        GraphQlResponse response = backend.graphQl(CREATE, Map.of("input", input(name, scopes)), Optional.of(admin));
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data().path("createServiceAccount");
    }

    private static Map<String, Object> input(String name, List<String> scopes) {
        return Map.of("name", name, "unitId", unit.id(), "scopes", scopes);
    }

    private static HttpResponse<String> token(Optional<String> authorization, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(backend.uri("/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        authorization.ifPresent(header -> request.header("Authorization", header));
        return backend.send(request.build());
    }

    private static Optional<String> credentials(JsonNode created) {
        return basic(created.path("serviceAccount").path("clientId").asText(), created.path("clientSecret").asText());
    }

    private static Optional<String> basic(String clientId, String secret) {
        String pair = encode(clientId) + ":" + encode(secret);
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode assertOAuthError(HttpResponse<String> response, int status, String error)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("error_description").asText()).isNotBlank();
        return body;
    }

    private static long storedAccounts() {
        return backend.ventanilla().mongo().database().getCollection("service_accounts").countDocuments();
    }
}
