package mx.ventanilla.correspondence.model;

/**
 * A series of the institution's archival classification chart ("cuadro de clasificación archivística").
 *
 * @param code           the series' code, e.g. {@code 2C.5}
 * @param name           what it holds
 * @param retentionYears years an archived item of the series is kept in the archivo de trámite
 */
public record ArchivalSeries(String code, String name, int retentionYears) {
}
