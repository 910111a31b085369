/** Administration for ADMIN: the organisation tree, staff users and the CSV import of both. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.admin;
