/** The notification use cases: registering devices, planning and sending deliveries, daily reminders. */
@NullMarked
package mx.ventanilla.notifications.application;

import org.jspecify.annotations.NullMarked;
