package mx.ventanilla.correspondence.model;

import java.time.LocalDate;
import java.util.List;

import mx.ventanilla.scans.model.StoredFile;

/** Locks stored objects against deletion until a date, where the object store supports retention (port). */
public interface ScanRetention {

    void retainUntil(List<StoredFile> files, LocalDate lastDay);
}
