package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class MultipartCallTest {

    @Test
    void theBodyIsTheOperationsTheMapThenEachFileBetweenBoundaries() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", "t1");
        List<MultipartCall.File> files = List.of(
                MultipartCall.File.of("foto \"1\".jpg", "image/jpeg", new byte[] {1, 2}),
                MultipartCall.File.streamed("b.pdf", "application/pdf", 1,
                        () -> new ByteArrayInputStream(new byte[] {3})));

        byte[] body = written(MultipartCall.body("B", "mutation { x }", variables, "attachments", files));

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).isEqualTo("""
                --B\r
                Content-Disposition: form-data; name="operations"\r
                \r
                {"query":"mutation { x }","variables":{"id":"t1","attachments":[null,null]}}\r
                --B\r
                Content-Disposition: form-data; name="map"\r
                \r
                {"0":["variables.attachments.0"],"1":["variables.attachments.1"]}\r
                --B\r
                Content-Disposition: form-data; name="0"; filename="foto \\"1\\".jpg"\r
                Content-Type: image/jpeg\r
                \r
                \u0001\u0002\r
                --B\r
                Content-Disposition: form-data; name="1"; filename="b.pdf"\r
                Content-Type: application/pdf\r
                \r
                \u0003\r
                --B--\r
                """);
    }

    @Test
    void theDeclaredLengthIsTheNumberOfBytesWritten() {
        byte[] scan = new byte[70_000];
        HttpRequest.BodyPublisher body = MultipartCall.body("----Ventanilla0123", "mutation { respóndase }",
                Map.of("text", "Atendido según lo solicitado"), "attachments",
                List.of(MultipartCall.File.of("oficio año 2026.pdf", "application/pdf", new byte[] {1, 2, 3}),
                        MultipartCall.File.streamed("página 1.jpg", "image/jpeg", scan.length,
                                () -> new ByteArrayInputStream(scan))));

        assertThat(body.contentLength()).isEqualTo(written(body).length);
    }

    @Test
    void aFileIsOpenedWhenTheBodyReachesItAndNotBefore() {
        AtomicInteger opened = new AtomicInteger();
        MultipartCall.File page = MultipartCall.File.streamed("pagina-1.jpg", "image/jpeg", 2, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(new byte[] {7, 8});
        });

        HttpRequest.BodyPublisher body = MultipartCall.body("B", "mutation { x }", Map.of(), "pages", List.of(page));
        assertThat(opened).hasValue(0);

        assertThat(new String(written(body), StandardCharsets.ISO_8859_1)).contains("\r\n\r\n\u0007\u0008\r\n--B--");
        assertThat(opened).hasValue(1);
    }

    @Test
    void aFileNameOrTypeCannotAddHeadersOfItsOwn() {
        MultipartCall.File file = MultipartCall.File.of("a\r\nX-Evil: 1.jpg", "image/jpeg\r\nX-Evil: 2",
                new byte[] {1});

        String body = new String(written(MultipartCall.body("B", "mutation { x }", Map.of(), "pages", List.of(file))),
                StandardCharsets.UTF_8);

        assertThat(body).doesNotContain("\nX-Evil").contains("filename=\"a  X-Evil: 1.jpg\"",
                "Content-Type: image/jpegX-Evil: 2\r\n");
    }

    @Test
    void theWebSocketAddressFollowsTheEndpointsScheme() {
        assertThat(LiveEvents.webSocketUri(URI.create("http://api:8080/graphql")))
                .isEqualTo(URI.create("ws://api:8080/graphql"));
        assertThat(LiveEvents.webSocketUri(URI.create("https://api.example.mx/graphql")))
                .isEqualTo(URI.create("wss://api.example.mx/graphql"));
    }

    @Test
    void aNewTurnIsTheUsersWhenItNamesThemOrTheirUnitWithoutAPerson() {
        LiveEvent named = event("turnAssigned", "u-dpv", "user-1");
        LiveEvent forUnit = new LiveEvent("2", "turnAssigned", "c", "F", "S", java.util.Optional.of("u-dpv"),
                java.util.Optional.empty());

        assertThat(named.isNewTurnFor("user-1", "u-dpv")).isTrue();
        assertThat(named.isNewTurnFor("user-2", "u-dpv")).isFalse();
        assertThat(forUnit.isNewTurnFor("user-2", "u-dpv")).isTrue();
        assertThat(forUnit.isNewTurnFor("user-2", "u-sv")).isFalse();
        assertThat(event("turnUpdated", "u-dpv", "user-1").isNewTurnFor("user-1", "u-dpv")).isFalse();
    }

    private static LiveEvent event(String type, String unit, String user) {
        return new LiveEvent("1", type, "c", "F", "S", java.util.Optional.of(unit), java.util.Optional.of(user));
    }

    private static byte[] written(HttpRequest.BodyPublisher body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        return done.orTimeout(10, TimeUnit.SECONDS).join();
    }
}
