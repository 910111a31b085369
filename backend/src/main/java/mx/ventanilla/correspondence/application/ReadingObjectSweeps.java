package mx.ventanilla.correspondence.application;

import java.util.List;
import java.util.Optional;

import mx.ventanilla.correspondence.model.ObjectSweep;
import mx.ventanilla.correspondence.model.ObjectSweeps;
import mx.ventanilla.identity.model.Principal;

/** The reports of recent sweeps of unreferenced objects, for administrators. */
public final class ReadingObjectSweeps {

    private final ObjectSweeps sweeps;

    public ReadingObjectSweeps(ObjectSweeps sweeps) {
        this.sweeps = sweeps;
    }

    /** Up to {@code limit} reports, newest first, after {@code after} when given. */
    public List<ObjectSweep> newestFirst(Principal caller, int limit, Optional<ObjectSweep.Position> after) {
        AdministratorsOnly.require(caller, "read the reports of object sweeps");
        return sweeps.newestFirst(limit, after);
    }
}
