/** Storage and crypto adapters of the identity feature: MongoDB collections and password hashing. */
@NullMarked
package mx.ventanilla.identity.infrastructure;

import org.jspecify.annotations.NullMarked;
