package mx.ventanilla.correspondence.model;

import java.util.List;

/** The reports of past reconciliations (port). */
public interface ObjectSweeps {

    void record(ObjectSweep sweep);

    /** The latest {@code limit} reports, newest first. */
    List<ObjectSweep> newestFirst(int limit);
}
