package mx.ventanilla.signin.web;

import java.nio.charset.StandardCharsets;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /.well-known/jwks.json}: the public keys access tokens are signed with, so that other services can
 * verify them. Private parameters never appear here.
 */
public final class JwksEndpoint implements Handler {

    /** Where the key set is published. */
    public static final String PATH = "/.well-known/jwks.json";

    private final byte[] publicJwkSet;

    public JwksEndpoint(String publicJwkSetJson) {
        this.publicJwkSet = publicJwkSetJson.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "application/jwk-set+json; charset=utf-8");
        response.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        response.send(publicJwkSet);
    }
}
