/** A thin client of Ventanilla's GraphQL API: the web app talks to the backend like any integrator. */
@NullMarked
package mx.ventanilla.pwa.api;

import org.jspecify.annotations.NullMarked;
