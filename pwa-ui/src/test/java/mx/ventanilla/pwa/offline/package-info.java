/** Tests of the offline copy: its JSON, and the offline shell in a real browser. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.offline;
