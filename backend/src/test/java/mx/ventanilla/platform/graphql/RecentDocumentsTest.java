package mx.ventanilla.platform.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDocumentsTest {

    private final AtomicInteger made = new AtomicInteger();
    private final RecentDocuments<String> documents = new RecentDocuments<>(2, 20);

    @Test
    void aDocumentSentAgainIsNotMadeAgain() {
        assertThat(documents.get("{ a }", () -> make("{ a }"))).isEqualTo("made { a } #1");
        assertThat(documents.get("{ a }", () -> make("{ a }"))).isEqualTo("made { a } #1");

        assertThat(made).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedDocumentMakesRoomForANewOne() {
        documents.get("{ a }", () -> make("{ a }"));
        documents.get("{ b }", () -> make("{ b }"));
        documents.get("{ a }", () -> make("{ a }"));
        documents.get("{ c }", () -> make("{ c }"));

        assertThat(documents.size()).isEqualTo(2);
        assertThat(documents.get("{ a }", () -> make("{ a }"))).endsWith("#1");
        assertThat(documents.get("{ b }", () -> make("{ b }"))).endsWith("#4");
    }

    @Test
    void aDocumentLongerThanTheLimitIsMadeEachTimeAndNeverKept() {
        String longDocument = "{ " + "field ".repeat(10) + "}";

        documents.get(longDocument, () -> make(longDocument));
        documents.get(longDocument, () -> make(longDocument));

        assertThat(made).hasValue(2);
        assertThat(documents.size()).isZero();
    }

    private String make(String document) {
        return "made " + document + " #" + made.incrementAndGet();
    }
}
