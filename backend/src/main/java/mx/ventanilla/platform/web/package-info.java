/** HTTP concerns shared by every endpoint: request ids and client addresses. */
@NullMarked
package mx.ventanilla.platform.web;

import org.jspecify.annotations.NullMarked;
