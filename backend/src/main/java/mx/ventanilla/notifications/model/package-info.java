/** Push devices, messages, the delivery log and the ports the notification use cases need. */
@NullMarked
package mx.ventanilla.notifications.model;

import org.jspecify.annotations.NullMarked;
