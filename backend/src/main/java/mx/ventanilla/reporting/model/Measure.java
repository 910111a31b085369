package mx.ventanilla.reporting.model;

/**
 * What production statistics count, each on its own date and attributed to its own unit: items REGISTERED
 * ({@code receivedAt}, registering unit), turns SENT ({@code issuedAt}, issuing unit), turns RECEIVED
 * ({@code receivedAt}, recipient unit), RESPONSES ({@code answeredAt}, recipient unit) and turns CONCLUDED
 * ({@code concludedAt}, recipient unit).
 */
public enum Measure { REGISTERED, SENT, RECEIVED, RESPONSES, CONCLUDED }
