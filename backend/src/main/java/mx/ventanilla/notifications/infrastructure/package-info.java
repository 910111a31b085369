/** Notification adapters: MongoDB stores, the Firebase and Web Push senders, the background worker. */
@NullMarked
package mx.ventanilla.notifications.infrastructure;

import org.jspecify.annotations.NullMarked;
