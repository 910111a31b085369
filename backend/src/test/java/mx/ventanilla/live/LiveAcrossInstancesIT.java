package mx.ventanilla.live;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import mx.ventanilla.live.infrastructure.OutboxWriter;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.testing.GraphQlWsClient;
import mx.ventanilla.testing.RunningVentanilla;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Each backend instance tails the shared outbox itself, so an event written once reaches subscribers of every one. */
class LiveAcrossInstancesIT {

    @Test
    void eventWrittenOnceReachesSubscribersOfBothInstances(@TempDir Path first, @TempDir Path second) {
        try (RunningVentanilla one = RunningVentanilla.startWithTestTokens(first,
                Map.of("ventanilla.live.poll-interval", "PT0.1S"));
             RunningVentanilla two = RunningVentanilla.startWithTestTokens(second, Map.of(
                     "ventanilla.live.poll-interval", "PT0.1S",
                     "ventanilla.mongodb.uri", one.ventanilla().mongo().embeddedUri().orElseThrow()))) {
            String item = UUID.randomUUID().toString();
            try (GraphQlWsClient onOne = GraphQlWsClient.connected(one, one.testTokenOf("titular.sv"));
                 GraphQlWsClient onTwo = GraphQlWsClient.connected(two, two.testTokenOf("director"))) {
                LiveEventsIT.subscribe(onOne, "1", Optional.of(item));
                LiveEventsIT.subscribe(onTwo, "1", Optional.of(item));

                List<String> path = one.ventanilla().mongo().database().getCollection("users")
                        .find(new Document("username", "titular.sv")).first().getList("unitPath", String.class);
                OutboxMessage written = new OutboxWriter(one.ventanilla().mongo().database())
                        .append(LiveEventsIT.turnAssigned(item, path, List.of()));

                String sequence = String.valueOf(written.sequence());
                assertThat(LiveEventsIT.nextEvent(onOne).path("sequence").asText()).isEqualTo(sequence);
                assertThat(LiveEventsIT.nextEvent(onTwo).path("sequence").asText()).isEqualTo(sequence);
            }
        }
    }
}
