/**
 * Digitisation: received page photos and scans become checked, normalised, stored files — one PDF per document with
 * a thumbnail per page, originals kept, every object's SHA-256 recorded.
 */
@NullMarked
package mx.ventanilla.scans.model;

import org.jspecify.annotations.NullMarked;
