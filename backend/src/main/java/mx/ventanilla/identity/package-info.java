/** Identity: the organisation tree, staff users and roles, and the rule of what each caller may see. */
@NullMarked
package mx.ventanilla.identity;

import org.jspecify.annotations.NullMarked;
