/** The reporting use cases: paging an inbox, searching correspondence, computing production statistics. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting.application;
