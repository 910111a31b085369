/** HTTP concerns shared by every endpoint: request ids and the access log. */
@NullMarked
package mx.ventanilla.platform.web;

import org.jspecify.annotations.NullMarked;
