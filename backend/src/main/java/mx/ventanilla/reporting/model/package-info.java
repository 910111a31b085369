/** Queries, rows, statistics and the storage ports of reporting, free of any server or database type. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting.model;
