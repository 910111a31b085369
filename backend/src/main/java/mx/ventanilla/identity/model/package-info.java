/**
 * Who works in the institution: the organisation tree, staff users with their roles, and the rule of what a caller
 * may see (its own unit and the units below; ADMIN and AUDITOR everything).
 */
@NullMarked
package mx.ventanilla.identity.model;

import org.jspecify.annotations.NullMarked;
