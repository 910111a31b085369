package mx.ventanilla.reporting.model;

/**
 * Whose turns an inbox lists. MINE: turns that name the caller as recipient ({@code recipientUserId}). UNIT: turns
 * sent to a unit or any unit below it ({@code recipientUnitPath} contains the unit), whether or not they name a person;
 * the unit is the caller's own unless another visible one is chosen.
 */
public enum Scope { MINE, UNIT }
