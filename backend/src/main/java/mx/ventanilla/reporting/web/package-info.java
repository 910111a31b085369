/** The HTTP export endpoint: filtered lists as streamed Excel and CSV files. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.reporting.web;
