/** The push API: device registration, the push configuration, the delivery log and the reminder pass. */
@NullMarked
package mx.ventanilla.notifications.graphql;

import org.jspecify.annotations.NullMarked;
