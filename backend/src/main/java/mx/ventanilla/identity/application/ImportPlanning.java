package mx.ventanilla.identity.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import mx.ventanilla.identity.model.ImportFile;
import mx.ventanilla.identity.model.InputRules;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.identity.model.User;

/**
 * Turns a read organisation file into a plan: the units in insertion order (parents first), the users, and a report
 * line for every row. It checks the whole file before anything is written: the header, every cell, duplicates within
 * the file and against what is stored, references to parents and units, and cycles among the file's units.
 */
final class ImportPlanning {

    static final String TYPE = "type";
    static final String CODE = "code";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String PARENT = "parent";
    static final String USERNAME = "username";
    static final String EMAIL = "email";
    static final String ROLES = "roles";
    static final String UNIT = "unit";

    private static final List<String> UNIT_COLUMNS = List.of(CODE, NAME, KIND);
    private static final List<String> USER_COLUMNS = List.of(USERNAME, NAME, EMAIL, ROLES, UNIT);
    private static final List<String> UNIT_ONLY = List.of(CODE, KIND, PARENT);
    private static final List<String> USER_ONLY = List.of(USERNAME, EMAIL, ROLES, UNIT);
    private static final Set<String> KNOWN_COLUMNS = Set.of(TYPE, CODE, NAME, KIND, PARENT, USERNAME, EMAIL, ROLES,
            UNIT);

    /** What is already stored, as far as the import needs to know. */
    interface Existing {

        /** The stored units with these codes, by code. */
        Map<String, OrgUnit> unitsByCode(Collection<String> codes);

        /** Which of these usernames are taken. */
        Set<String> usernames(Collection<String> usernames);

        /** Which of these email addresses are taken. */
        Set<String> emails(Collection<String> emails);
    }

    /** The outcome of planning: valid when no row has an error. */
    record Plan(List<ImportReport.Row> rows, List<OrgUnit> units, List<User> users) {

        boolean valid() {
            return rows.stream().allMatch(row -> row.status() == ImportReport.Status.OK);
        }
    }

    private record UnitDraft(int line, String code, String name, Optional<UnitKind> kind, Optional<String> parent) {
    }

    private record UserDraft(int line, String username, String fullName, String email, Set<Role> roles,
                             String unit) {
    }

    private final Existing existing;
    private final Map<Integer, List<String>> messages = new LinkedHashMap<>();
    private final Map<Integer, Optional<String>> keys = new LinkedHashMap<>();
    private final List<UnitDraft> unitDrafts = new ArrayList<>();
    private final List<UserDraft> userDrafts = new ArrayList<>();
    private final Map<String, UnitDraft> fileUnits = new HashMap<>();
    private Map<String, OrgUnit> storedUnits = Map.of();

    private ImportPlanning(Existing existing) {
        this.existing = existing;
    }

    static Plan plan(ImportFile file, Existing existing) {
        return new ImportPlanning(existing).planFile(file);
    }

    private Plan planFile(ImportFile file) {
        if (file.malformed().isPresent()) {
            ImportFile.Malformed malformed = file.malformed().get();
            return invalid(ImportReport.Row.of(malformed.line(), Optional.empty(), List.of(malformed.message())));
        }
        List<String> headerProblems = headerProblems(file);
        if (!headerProblems.isEmpty()) {
            return invalid(ImportReport.Row.of(1, Optional.empty(), headerProblems));
        }
        file.rows().forEach(this::readRow);
        lookUpStoredState();
        checkUnits();
        checkUsers();
        List<ImportReport.Row> rows = messages.entrySet().stream()
                .map(entry -> ImportReport.Row.of(entry.getKey(), keys.get(entry.getKey()), entry.getValue()))
                .toList();
        Plan checked = new Plan(rows, List.of(), List.of());
        if (!checked.valid()) {
            return checked;
        }
        List<OrgUnit> units = buildUnits();
        return new Plan(rows, units, buildUsers(units));
    }

    private static Plan invalid(ImportReport.Row row) {
        return new Plan(List.of(row), List.of(), List.of());
    }

    private static List<String> headerProblems(ImportFile file) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : file.headers()) {
            if (!seen.add(header)) {
                problems.add("The column '" + header + "' appears more than once.");
            } else if (!KNOWN_COLUMNS.contains(header)) {
                problems.add("Unknown column '" + header + "'; the columns are: " + String.join(", ", columnOrder())
                        + ".");
            }
        }
        if (!seen.contains(TYPE)) {
            problems.add("The column 'type' is missing; it says whether a row is a unit or a user.");
            return problems;
        }
        Set<String> types = file.rows().stream().map(row -> row.value(TYPE).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        missingColumns(types.contains("unit"), UNIT_COLUMNS, seen, "unit", problems);
        missingColumns(types.contains("user"), USER_COLUMNS, seen, "user", problems);
        return problems;
    }

    private static void missingColumns(boolean used, List<String> needed, Set<String> present, String type,
                                       List<String> problems) {
        if (!used) {
            return;
        }
        needed.stream().filter(column -> !present.contains(column)).forEach(column -> problems.add(
                "The column '" + column + "' is missing; " + type + " rows need it."));
    }

    private static List<String> columnOrder() {
        return List.of(TYPE, CODE, NAME, KIND, PARENT, USERNAME, EMAIL, ROLES, UNIT);
    }

    private void readRow(ImportFile.Row row) {
        List<String> problems = new ArrayList<>();
        messages.put(row.line(), problems);
        keys.put(row.line(), Optional.empty());
        if (row.extraCells() > 0) {
            problems.add("The row has " + row.extraCells() + " more cells than the header has columns; put values"
                    + " that contain commas in double quotes.");
        }
        String type = row.value(TYPE).toLowerCase(Locale.ROOT);
        switch (type) {
            case "unit" -> readUnit(row, problems);
            case "user" -> readUser(row, problems);
            case "" -> problems.add("The type is missing; write unit or user.");
            default -> problems.add("Unknown type '" + row.value(TYPE) + "'; write unit or user.");
        }
    }

    private void readUnit(ImportFile.Row row, List<String> problems) {
        String code = InputRules.normalizeUnitCode(row.value(CODE));
        keys.put(row.line(), Optional.of(code).filter(value -> !value.isEmpty()));
        requireOrCheck(code, "code", InputRules.unitCodeProblem(code), problems);
        InputRules.nameProblem("unit name", row.value(NAME)).ifPresent(problems::add);
        Optional<UnitKind> kind = kind(row.value(KIND), problems);
        String parent = InputRules.normalizeUnitCode(row.value(PARENT));
        if (!parent.isEmpty()) {
            InputRules.unitCodeProblem(parent).ifPresent(problem -> problems.add("Parent: " + problem));
        }
        columnsOfOtherType(row, USER_ONLY, "user", problems);
        unitDrafts.add(new UnitDraft(row.line(), code, row.value(NAME), kind,
                Optional.of(parent).filter(value -> !value.isEmpty())));
    }

    private void readUser(ImportFile.Row row, List<String> problems) {
        String username = InputRules.normalizeUsername(row.value(USERNAME));
        keys.put(row.line(), Optional.of(username).filter(value -> !value.isEmpty()));
        requireOrCheck(username, "username", InputRules.usernameProblem(username), problems);
        InputRules.nameProblem("full name (column 'name')", row.value(NAME)).ifPresent(problems::add);
        String email = InputRules.normalizeEmail(row.value(EMAIL));
        requireOrCheck(email, "email", InputRules.emailProblem(email), problems);
        Set<Role> roles = roles(row.value(ROLES), problems);
        String unit = InputRules.normalizeUnitCode(row.value(UNIT));
        requireOrCheck(unit, "unit", InputRules.unitCodeProblem(unit).map(problem -> "Unit: " + problem), problems);
        columnsOfOtherType(row, UNIT_ONLY, "unit", problems);
        userDrafts.add(new UserDraft(row.line(), username, row.value(NAME), email, roles, unit));
    }

    private static void requireOrCheck(String value, String column, Optional<String> problem, List<String> problems) {
        if (value.isEmpty()) {
            problems.add("The " + column + " is missing.");
            return;
        }
        problem.ifPresent(problems::add);
    }

    private static Optional<UnitKind> kind(String value, List<String> problems) {
        if (value.isEmpty()) {
            problems.add("The kind is missing; write one of " + names(UnitKind.values()) + ".");
            return Optional.empty();
        }
        try {
            return Optional.of(UnitKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add("Unknown kind '" + value + "'; write one of " + names(UnitKind.values()) + ".");
            return Optional.empty();
        }
    }

    private static Set<Role> roles(String value, List<String> problems) {
        if (value.isEmpty()) {
            problems.add("The roles are missing; write one or more of " + names(Role.values())
                    + ", separated by |.");
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : value.split("\\|")) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("Unknown role '" + name.strip() + "'; write one or more of " + names(Role.values())
                        + ", separated by |.");
            }
        }
        return roles;
    }

    private static void columnsOfOtherType(ImportFile.Row row, List<String> columns, String otherType,
                                           List<String> problems) {
        columns.stream().filter(column -> !row.value(column).isEmpty()).forEach(column -> problems.add(
                "Leave the column '" + column + "' empty: it is for " + otherType + " rows."));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private void lookUpStoredState() {
        Set<String> codes = new LinkedHashSet<>();
        unitDrafts.forEach(draft -> {
            codes.add(draft.code());
            draft.parent().ifPresent(codes::add);
        });
        userDrafts.forEach(draft -> codes.add(draft.unit()));
        codes.remove("");
        storedUnits = codes.isEmpty() ? Map.of() : existing.unitsByCode(codes);
    }

    private void checkUnits() {
        for (UnitDraft draft : unitDrafts) {
            if (draft.code().isEmpty()) {
                continue;
            }
            UnitDraft first = fileUnits.putIfAbsent(draft.code(), draft);
            if (first != null) {
                problem(draft.line(), "The code " + draft.code() + " is also used on line " + first.line()
                        + "; unit codes must be unique.");
            }
            if (storedUnits.containsKey(draft.code())) {
                problem(draft.line(), "A unit with code " + draft.code() + " already exists.");
            }
        }
        unitDrafts.forEach(this::checkParent);
    }

    private void checkParent(UnitDraft draft) {
        if (draft.parent().isEmpty()) {
            return;
        }
        String parent = draft.parent().get();
        if (parent.equals(draft.code())) {
            problem(draft.line(), "A unit cannot be its own parent.");
            return;
        }
        checkReference(draft.line(), parent, "parent unit");
        cycleThrough(draft).ifPresent(cycle -> problem(draft.line(), "The parents of units " + cycle
                + " form a cycle; one of them needs a parent outside the cycle."));
    }

    private void checkReference(int line, String code, String what) {
        if (fileUnits.containsKey(code)) {
            return;
        }
        OrgUnit stored = storedUnits.get(code);
        if (stored == null) {
            problem(line, "Unknown " + what + " code " + code + ": it is neither in this file nor in the"
                    + " organisation.");
        } else if (!stored.active()) {
            problem(line, "The " + what + " " + code + " is inactive; reactivate it or choose another.");
        }
    }

    /** The chain of codes leading from this unit back to itself, when the file's parents form a loop. */
    private Optional<String> cycleThrough(UnitDraft start) {
        List<String> chain = new ArrayList<>(List.of(start.code()));
        Optional<String> next = start.parent();
        while (next.isPresent() && fileUnits.containsKey(next.get())) {
            chain.add(next.get());
            if (next.get().equals(start.code())) {
                return Optional.of(String.join(" → ", chain));
            }
            if (chain.size() > fileUnits.size()) {
                return Optional.empty();
            }
            next = fileUnits.get(next.get()).parent();
        }
        return Optional.empty();
    }

    private void checkUsers() {
        Set<String> takenUsernames = existing.usernames(userDrafts.stream().map(UserDraft::username)
                .filter(name -> !name.isEmpty()).toList());
        Set<String> takenEmails = existing.emails(userDrafts.stream().map(UserDraft::email)
                .filter(email -> !email.isEmpty()).toList());
        Map<String, Integer> usernameLines = new HashMap<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (UserDraft draft : userDrafts) {
            checkUnique(draft.line(), draft.username(), "username", usernameLines, takenUsernames);
            checkUnique(draft.line(), draft.email(), "email address", emailLines, takenEmails);
            if (!draft.unit().isEmpty()) {
                checkReference(draft.line(), draft.unit(), "unit");
            }
        }
    }

    private void checkUnique(int line, String value, String what, Map<String, Integer> firstLines, Set<String> taken) {
        if (value.isEmpty()) {
            return;
        }
        Integer first = firstLines.putIfAbsent(value, line);
        if (first != null) {
            problem(line, "The " + what + " " + value + " is also used on line " + first + "; it must be unique.");
        }
        if (taken.contains(value)) {
            problem(line, "The " + what + " " + value + " already belongs to a user.");
        }
    }

    private void problem(int line, String message) {
        messages.get(line).add(message);
    }

    private List<OrgUnit> buildUnits() {
        Map<String, OrgUnit> built = new LinkedHashMap<>();
        unitDrafts.forEach(draft -> build(draft, built));
        return List.copyOf(built.values());
    }

    /** Builds the parent before the unit, so the insertion order is parents first. */
    private OrgUnit build(UnitDraft draft, Map<String, OrgUnit> built) {
        OrgUnit done = built.get(draft.code());
        if (done != null) {
            return done;
        }
        Optional<OrgUnit> parent = draft.parent().map(code -> fileUnits.containsKey(code)
                ? build(fileUnits.get(code), built)
                : storedUnits.get(code));
        OrgUnit unit = new OrgUnit(UUID.randomUUID().toString(), draft.code(), draft.name(), draft.kind().orElseThrow(),
                parent.map(OrgUnit::id), parent.map(OrgUnit::path).orElse(List.of()), true);
        built.put(draft.code(), unit);
        return unit;
    }

    private List<User> buildUsers(List<OrgUnit> newUnits) {
        Map<String, OrgUnit> byCode = new HashMap<>(storedUnits);
        newUnits.forEach(unit -> byCode.put(unit.code(), unit));
        return userDrafts.stream()
                .map(draft -> new User(UUID.randomUUID().toString(), draft.username(), draft.fullName(),
                        draft.email(), draft.roles(), byCode.get(draft.unit()).id(), true, 1))
                .toList();
    }
}
