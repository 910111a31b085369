package mx.ventanilla.pwa.api;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A GraphQL endpoint that answers every request with one canned body and records the request bodies. */
final class CannedGraphQl implements AutoCloseable {

    private final HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final String answer;

    CannedGraphQl(String answer) throws IOException {
        this.answer = answer;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", this::respond);
        server.start();
    }

    VentanillaApi api() {
        return VentanillaApi.create(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"));
    }

    List<String> bodies() {
        return List.copyOf(bodies);
    }

    private void respond(HttpExchange exchange) throws IOException {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
