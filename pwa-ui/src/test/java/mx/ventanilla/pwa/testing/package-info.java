/** The running app for browser tests: backend, web app and Chromium, plus the accessibility check. */
@org.jspecify.annotations.NullMarked
package mx.ventanilla.pwa.testing;
