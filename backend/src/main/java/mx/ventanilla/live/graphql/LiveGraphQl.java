package mx.ventanilla.live.graphql;

import java.util.Optional;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.live.application.LiveSubscription;
import mx.ventanilla.live.application.ReplayingMissedEvents;
import mx.ventanilla.live.application.Subscribers;
import mx.ventanilla.live.model.Audience;
import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import org.jspecify.annotations.Nullable;

/**
 * The subscription fields ({@code graphql/live.graphqls}): each returns a stream of the outbox messages of its type
 * that the caller may see, and {@code CorrespondenceEvent} reads them.
 */
public final class LiveGraphQl implements GraphQlModule {

    private static final int MAX_ID_LENGTH = 200;

    private final Subscribers subscribers;
    private final ReplayingMissedEvents replaying;

    public LiveGraphQl(Subscribers subscribers, ReplayingMissedEvents replaying) {
        this.subscribers = subscribers;
        this.replaying = replaying;
    }

    @Override
    public String schemaResource() {
        return "graphql/live.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Subscription", type -> {
            for (EventType eventType : EventType.values()) {
                type.dataFetcher(eventType.wireName(), streamOf(eventType));
            }
            return type;
        });
        wiring.type("CorrespondenceEvent", type -> type
                .dataFetcher("sequence", env -> String.valueOf(message(env.getSource()).sequence()))
                .dataFetcher("type", env -> message(env.getSource()).type().wireName())
                .dataFetcher("folio", env -> message(env.getSource()).summary().folio())
                .dataFetcher("subject", env -> message(env.getSource()).summary().subject())
                .dataFetcher("state", env -> message(env.getSource()).summary().state())
                .dataFetcher("recipientUnitId", env -> message(env.getSource()).summary().recipientUnitId())
                .dataFetcher("recipientUserId", env -> message(env.getSource()).summary().recipientUserId())
                .dataFetcher("dueDate", env -> message(env.getSource()).summary().dueDate())
                .dataFetcher("trafficLight", env -> message(env.getSource()).summary().trafficLight()));
    }

    private DataFetcher<EventStream> streamOf(EventType type) {
        return env -> {
            RequestContext context = env.getGraphQlContext().get(RequestContext.class);
            Principal caller = context.requirePrincipal();
            if (!caller.grantsScope(Audience.READ_SCOPE)) {
                throw new ForbiddenException("Subscribing to correspondence events needs the scope "
                        + Audience.READ_SCOPE + ".");
            }
            Optional<String> correspondenceId = Optional.ofNullable(env.getArgument("correspondenceId"));
            correspondenceId.filter(id -> id.isBlank() || id.length() > MAX_ID_LENGTH).ifPresent(id -> {
                throw new InvalidInputException("correspondenceId", "A correspondence id has 1 to "
                        + MAX_ID_LENGTH + " non-blank characters.");
            });
            LiveSubscription.Interest interest = new LiveSubscription.Interest(caller, type, correspondenceId);
            Optional<Long> since = since(env.<String>getArgument("since"));
            return since.isEmpty()
                    ? EventStream.open(subscribers, interest)
                    : EventStream.open(subscribers, interest, since.get(),
                            () -> replaying.since(interest, since.get()));
        };
    }

    private static Optional<Long> since(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("since", "since is the sequence of the last event applied, e.g. \"42\".");
        }
    }

    private static OutboxMessage message(Object source) {
        return (OutboxMessage) source;
    }
}
