package mx.ventanilla.signin.model;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The scopes a service account may hold, named {@code <feature>:<access>}. The list is closed so that a typo is
 * refused when an account is created instead of silently granting nothing; a feature that checks a new scope adds it
 * here.
 */
public final class Scopes {

    public static final String IDENTITY_READ = "identity:read";
    public static final String CORRESPONDENCE_READ = "correspondence:read";
    public static final String CORRESPONDENCE_WRITE = "correspondence:write";
    public static final String AUDIT_READ = "audit:read";

    private static final SortedSet<String> KNOWN = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            IDENTITY_READ, CORRESPONDENCE_READ, CORRESPONDENCE_WRITE, AUDIT_READ)));

    private Scopes() {
    }

    public static SortedSet<String> known() {
        return KNOWN;
    }

    public static boolean isKnown(String scope) {
        return KNOWN.contains(scope);
    }
}
