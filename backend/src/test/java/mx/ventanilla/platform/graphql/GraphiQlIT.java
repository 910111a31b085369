package mx.ventanilla.platform.graphql;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.ventanilla.testing.RunningVentanilla;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL at /graphiql, served from the build's webjars with nothing from another host. */
class GraphiQlIT {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    static RunningVentanilla backend;

    @BeforeAll
    static void start() {
        backend = RunningVentanilla.start(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void pageIsHtmlThatReferencesNothingOffHost() {
        HttpResponse<String> page = backend.get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
        assertThat(page.body()).contains("<div id=\"graphiql\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'"));
    }

    @Test
    void everyAssetThePageReferencesIsServedWithItsType() {
        List<String> references = references(backend.get("/graphiql").body());

        assertThat(references).hasSize(6).allSatisfy(reference -> assertThat(reference).startsWith("/graphiql/assets/"));
        for (String reference : references) {
            HttpResponse<String> asset = backend.get(reference);

            assertThat(asset.statusCode()).as(reference).isEqualTo(200);
            String expectedType = reference.endsWith(".js") ? "text/javascript" : "text/css";
            assertThat(asset.headers().firstValue("Content-Type")).as(reference)
                    .hasValueSatisfying(type -> assertThat(type).startsWith(expectedType));
            assertThat(asset.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(asset.body()).as(reference).isNotBlank();
        }
    }

    @Test
    void pageStartsGraphiQlAgainstThisServersApi() {
        List<String> references = references(backend.get("/graphiql").body());
        String start = references.stream().filter(reference -> reference.endsWith("/start.js")).findFirst().orElseThrow();

        String script = backend.get(start).body();

        assertThat(script).contains("GraphiQL.createFetcher({url: '/graphql'})")
                .contains("shouldPersistHeaders: false")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(references).anySatisfy(reference -> assertThat(reference).matches(".*/graphiql-2\\.4\\.7\\.min\\.js"))
                .anySatisfy(reference -> assertThat(reference).matches(".*/react-18\\.3\\.1\\.production\\.min\\.js"))
                .anySatisfy(reference -> assertThat(reference)
                        .matches(".*/react-dom-18\\.3\\.1\\.production\\.min\\.js"));
    }

    @Test
    void versionedAssetsAreCachedForAYearAndThePageIsRevalidated() {
        List<String> references = references(backend.get("/graphiql").body());
        String library = references.stream().filter(reference -> reference.contains("graphiql-2")).findFirst()
                .orElseThrow();

        assertThat(backend.get(library).headers().firstValue("Cache-Control"))
                .contains("public, max-age=31536000, immutable");
        assertThat(backend.get("/graphiql").headers().firstValue("Cache-Control")).contains("no-cache");
    }

    @Test
    void unchangedAssetIsAnswered304() {
        HttpResponse<String> first = backend.get("/graphiql/assets/start.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = backend.send(HttpRequest.newBuilder(backend.uri("/graphiql/assets/start.js"))
                .header("If-None-Match", etag).GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void onlyTheListedAssetsAreServed() {
        assertThat(backend.get("/graphiql/assets/graphiql.min.js.map").statusCode()).isEqualTo(404);
        assertThat(backend.get("/graphiql/assets/..%2F..%2Fapplication.yaml").statusCode()).isEqualTo(404);
        assertThat(backend.get("/graphiql/assets/index.html").statusCode()).isEqualTo(404);
    }

    private static List<String> references(String html) {
        Matcher matcher = REFERENCE.matcher(html);
        List<String> references = new ArrayList<>();
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }
}
