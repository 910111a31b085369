package mx.ventanilla.audit.graphql;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import mx.ventanilla.audit.model.AuditActor;
import mx.ventanilla.audit.model.AuditFacts;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.graphql.MutationObserver.MutationOutcome;
import mx.ventanilla.platform.graphql.RequestContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MutationFactsTest {

    private static final Principal OFFICER = new Principal("u-7", Principal.Kind.USER, "oficialia.dg",
            Set.of(Role.OFFICER), "unit-dg", Set.of());

    record Thing(String id, String name) {
    }

    record ThingId(String value) {
    }

    record TypedThing(ThingId id) {
    }

    record CreateThingPayload(Thing thing, List<String> warnings) {
    }

    @Test
    void idArgumentIsTheTarget() {
        assertThat(MutationFacts.targetOf(Map.of("id", "t-1"), Optional.of(new Thing("other", "x"))))
                .contains("t-1");
    }

    @Test
    void inputIdIsTheTargetWhenThereIsNoIdArgument() {
        assertThat(MutationFacts.targetOf(Map.of("input", Map.of("id", "t-2", "name", "x")), Optional.empty()))
                .contains("t-2");
    }

    @Test
    void resultRecordsIdIsTheTargetWhenTheArgumentsHaveNone() {
        assertThat(MutationFacts.targetOf(Map.of("name", "x"), Optional.of(new Thing("t-3", "x")))).contains("t-3");
    }

    @Test
    void resultMapsIdAndSingleValueIdTypesAreUnderstood() {
        assertThat(MutationFacts.targetOf(Map.of(), Optional.of(Map.of("id", 42)))).contains("42");
        assertThat(MutationFacts.targetOf(Map.of(), Optional.of(new TypedThing(new ThingId("DG-2026-000123")))))
                .contains("DG-2026-000123");
        UUID uuid = UUID.randomUUID();
        assertThat(MutationFacts.targetOf(Map.of("id", uuid), Optional.empty())).contains(uuid.toString());
    }

    @Test
    void payloadWrappingOneObjectWithAnIdYieldsThatId() {
        CreateThingPayload payload = new CreateThingPayload(new Thing("t-4", "x"), List.of());

        assertThat(MutationFacts.targetOf(Map.of(), Optional.of(payload))).contains("t-4");
        assertThat(MutationFacts.targetOf(Map.of(), Optional.of(DataFetcherResult.newResult().data(payload).build())))
                .contains("t-4");
    }

    @Test
    void noIdAnywhereMeansNoTarget() {
        assertThat(MutationFacts.targetOf(Map.of("input", Map.of("name", "x")), Optional.of(Boolean.TRUE))).isEmpty();
        assertThat(MutationFacts.targetOf(Map.of("id", " "), Optional.empty())).isEmpty();
        Map<String, Object> twoCandidates = Map.of("a", new Thing("1", "a"), "b", new Thing("2", "b"));
        assertThat(MutationFacts.targetOf(Map.of(), Optional.of(twoCandidates))).isEmpty();
    }

    @Test
    void argumentPathsNameEveryValueSentWithoutTheValue() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("userId", "u-1");
        input.put("newPassword", "s3cret-Value");
        input.put("roles", List.of("ADMIN"));
        input.put("lines", List.of(Map.of("amount", 3), Map.of("note", "x")));
        input.put("comment", null);

        List<String> paths = MutationFacts.argumentPaths(Map.of("input", input, "refreshToken", "tok-123"));

        assertThat(paths).containsExactly("input.comment", "input.lines[].amount", "input.lines[].note",
                "input.newPassword", "input.roles", "input.userId", "refreshToken");
        assertThat(String.join(" ", paths)).doesNotContain("s3cret").doesNotContain("tok-123");
    }

    @Test
    void argumentPathsAreCapped() {
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            many.put("field" + i, i);
        }

        assertThat(MutationFacts.argumentPaths(many)).hasSize(MutationFacts.MAX_ARGUMENT_PATHS);
    }

    @Test
    void successfulMutationOfASignedInUserIsRecordedWithEverything() {
        AuditFacts facts = MutationFacts.of(new MutationOutcome("renameThing",
                Map.of("input", Map.of("id", "t-1", "name", "new")), Optional.of(new Thing("t-1", "new")),
                Optional.empty(), context(Optional.of(OFFICER))));

        assertThat(facts.actor()).isEqualTo(new AuditActor("u-7", "oficialia.dg", AuditActor.Kind.USER));
        assertThat(facts.action()).isEqualTo("renameThing");
        assertThat(facts.targetId()).contains("t-1");
        assertThat(facts.outcome()).isEqualTo(AuditFacts.SUCCESS);
        assertThat(facts.requestId()).isEqualTo("req-000001");
        assertThat(facts.clientAddress()).isEqualTo("192.0.2.10");
        assertThat(facts.argumentNames()).containsExactly("input.id", "input.name");
    }

    @Test
    void failedMutationRecordsItsErrorCodeAndAnonymousCaller() {
        AuditFacts facts = MutationFacts.of(new MutationOutcome("removeThing", Map.of("id", "t-1"), Optional.empty(),
                Optional.of("UNAUTHENTICATED"), context(Optional.empty())));

        assertThat(facts.actor()).isEqualTo(AuditActor.anonymous());
        assertThat(facts.outcome()).isEqualTo("UNAUTHENTICATED");
        assertThat(facts.targetId()).contains("t-1");
    }

    @Test
    void errorsReturnedInsteadOfThrownCountAsFailure() {
        DataFetcherResult<Object> partial = DataFetcherResult.newResult().data(null)
                .error(GraphqlErrorBuilder.newError().message("taken").extensions(Map.of("code", "CONFLICT")).build())
                .build();

        AuditFacts facts = MutationFacts.of(new MutationOutcome("createThing", Map.of(), Optional.of(partial),
                Optional.empty(), context(Optional.of(OFFICER))));

        assertThat(facts.outcome()).isEqualTo("CONFLICT");
    }

    @Test
    void serviceAccountsAreRecordedAsSuch() {
        Principal integrator = new Principal("sa-1", Principal.Kind.SERVICE_ACCOUNT, "portal-ciudadano", Set.of(),
                "unit-dg", Set.of("correspondence:write"));

        assertThat(MutationFacts.actorOf(Optional.of(integrator)))
                .isEqualTo(new AuditActor("sa-1", "portal-ciudadano", AuditActor.Kind.SERVICE_ACCOUNT));
    }

    private static RequestContext context(Optional<Principal> principal) {
        return new RequestContext("req-000001", "192.0.2.10", principal, Instant.now());
    }
}
