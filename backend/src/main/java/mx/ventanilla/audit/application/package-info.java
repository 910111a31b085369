/**
 * The audit trail's use cases: recording an event for every change, browsing the trail and verifying its chain,
 * the last two for auditors and administrators only.
 */
@NullMarked
package mx.ventanilla.audit.application;

import org.jspecify.annotations.NullMarked;
