package mx.ventanilla.correspondence.model;

/** Hands out folio sequence numbers, each once, never again, even under concurrency (port). */
public interface FolioNumbers {

    long next(String prefix, int year);
}
