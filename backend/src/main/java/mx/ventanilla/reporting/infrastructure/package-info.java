/** MongoDB queries and indexes for reporting, and the CSV and Excel writers of exports. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting.infrastructure;
