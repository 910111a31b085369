/**
 * The reporting API: inboxes, search and statistics fetchers that read arguments, call the reporting use cases and
 * hand back the correspondence feature's own items and turns.
 */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting.graphql;
