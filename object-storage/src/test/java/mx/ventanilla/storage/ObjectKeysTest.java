package mx.ventanilla.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectKeysTest {

    @Test
    void keyIsThePrefixTheMonthAndARandomUuid() {
        ObjectKeys keys = new ObjectKeys(Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC));

        assertThat(keys.next("scans")).matches(
                "scans/2025/03/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void monthIsTakenInUtcWhateverTheClocksZone() {
        Clock mexicoCity = Clock.fixed(Instant.parse("2025-02-01T03:00:00Z"), ZoneId.of("America/Mexico_City"));

        assertThat(new ObjectKeys(mexicoCity).next("scans")).startsWith("scans/2025/02/");
    }

    @Test
    void everyKeyIsNew() {
        ObjectKeys keys = new ObjectKeys(Clock.systemUTC());
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(keys.next("attachments/replies"))).isTrue();
        }
    }
}
