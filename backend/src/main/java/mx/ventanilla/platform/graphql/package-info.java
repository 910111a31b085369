/**
 * The GraphQL API machinery shared by every feature: schema assembly from the SDL files, execution with limits and
 * per-request data loaders, error codes, Relay connections, the GraphQL-over-HTTP endpoint and GraphiQL.
 */
@NullMarked
package mx.ventanilla.platform.graphql;

import org.jspecify.annotations.NullMarked;
