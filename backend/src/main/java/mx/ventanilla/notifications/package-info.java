/** Push notifications: devices, channels (Firebase Cloud Messaging, Web Push), delivery from the outbox, reminders. */
@NullMarked
package mx.ventanilla.notifications;

import org.jspecify.annotations.NullMarked;
