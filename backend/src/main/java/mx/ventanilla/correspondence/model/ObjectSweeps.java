package mx.ventanilla.correspondence.model;

import java.util.List;
import java.util.Optional;

/** The reports of past reconciliations (port). */
public interface ObjectSweeps {

    void record(ObjectSweep sweep);

    /** Up to {@code limit} reports, newest first, starting after {@code after} when given. */
    List<ObjectSweep> newestFirst(int limit, Optional<ObjectSweep.Position> after);
}
