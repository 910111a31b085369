package mx.ventanilla.audit.model;

import java.util.List;
import java.util.Optional;

/**
 * What happened, before it takes its place in the chain.
 *
 * @param actor          who did it
 * @param action         what was attempted, e.g. the mutation's name {@code createUser}
 * @param targetId       the id of what it was done to, when known
 * @param outcome        {@link #SUCCESS} or the error code it failed with, e.g. {@code FORBIDDEN}
 * @param requestId      the request's id, which its log lines carry too
 * @param clientAddress  the caller's IP address as the server saw it
 * @param argumentNames  the paths of the arguments sent (e.g. {@code input.name}), never their values, so that no
 *                       password, token or personal datum ends up in the trail
 */
public record AuditFacts(AuditActor actor, String action, Optional<String> targetId, String outcome,
                         String requestId, String clientAddress, List<String> argumentNames) {

    public static final String SUCCESS = "SUCCESS";

    public AuditFacts {
        if (action.isBlank() || outcome.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action and an outcome");
        }
        argumentNames = List.copyOf(argumentNames);
    }

    public boolean succeeded() {
        return SUCCESS.equals(outcome);
    }
}
