package mx.ventanilla.audit;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import mx.ventanilla.audit.application.BrowsingAuditEvents;
import mx.ventanilla.audit.application.RecordingAuditEvent;
import mx.ventanilla.audit.application.VerifyingAuditChain;
import mx.ventanilla.audit.graphql.AuditGraphQl;
import mx.ventanilla.audit.graphql.AuditingMutationObserver;
import mx.ventanilla.audit.infrastructure.MongoAuditTrail;
import mx.ventanilla.audit.model.AuditTrail;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.MutationObserver;
import mx.ventanilla.platform.persistence.DeclaredIndexes;

/**
 * The audit trail, wired: its indexes ensured, its store, its use cases, the observer that records every mutation and
 * the API module for auditors. The composition root builds one and hands its parts to the GraphQL engine.
 */
public final class AuditFeature {

    private final MutationObserver mutationObserver;
    private final GraphQlModule graphQlModule;

    private AuditFeature(MutationObserver mutationObserver, GraphQlModule graphQlModule) {
        this.mutationObserver = mutationObserver;
        this.graphQlModule = graphQlModule;
    }

    public static AuditFeature start(MongoDatabase database, Clock clock) {
        DeclaredIndexes.ensure(database, MongoAuditTrail.INDEXES);
        AuditTrail trail = new MongoAuditTrail(database);
        return new AuditFeature(
                new AuditingMutationObserver(new RecordingAuditEvent(trail, clock)),
                new AuditGraphQl(new BrowsingAuditEvents(trail), new VerifyingAuditChain(trail)));
    }

    /** Give it to the GraphQL engine: it records an event for every executed mutation. */
    public MutationObserver mutationObserver() {
        return mutationObserver;
    }

    public GraphQlModule graphQlModule() {
        return graphQlModule;
    }
}
