package mx.ventanilla.identity.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import mx.ventanilla.identity.infrastructure.CsvImportFileReader;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UnitKind;
import mx.ventanilla.identity.model.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPlanningTest {

    private static final String HEADER = "type,code,name,kind,parent,username,email,roles,unit\n";
    private static final OrgUnit STORED_ROOT = new OrgUnit("dg-id", "DG", "Dirección General", UnitKind.DIRECTION,
            Optional.empty(), List.of(), true);
    private static final OrgUnit STORED_INACTIVE = new OrgUnit("old-id", "OLD", "Unidad extinta",
            UnitKind.DEPARTMENT, Optional.of("dg-id"), List.of("dg-id"), false);

    @Test
    void validFilePlansUnitsParentsFirstWithTheirPathsAndUsersInTheirUnits() {
        ImportPlanning.Plan plan = plan(HEADER
                + "unit,DPV,Departamento de Programas de Vivienda,DEPARTMENT,SV,,,,\n"
                + "user,,María Guadalupe Hernández López,,,MHernandez,MHernandez@IEVS.example,manager|Officer,dpv\n"
                + "unit,sv,Subdirección de Vivienda,SUBDIRECTION,DG,,,,\n");

        assertThat(plan.valid()).isTrue();
        assertThat(plan.rows()).extracting(ImportReport.Row::line).containsExactly(2, 3, 4);
        assertThat(plan.rows()).allMatch(row -> row.status() == ImportReport.Status.OK && row.messages().isEmpty());
        assertThat(plan.units()).extracting(OrgUnit::code).containsExactly("SV", "DPV");
        OrgUnit sv = plan.units().get(0);
        OrgUnit dpv = plan.units().get(1);
        assertThat(sv.ancestorIds()).containsExactly("dg-id");
        assertThat(dpv.parentId()).contains(sv.id());
        assertThat(dpv.ancestorIds()).containsExactly("dg-id", sv.id());
        User user = plan.users().getFirst();
        assertThat(user.username()).isEqualTo("mhernandez");
        assertThat(user.email()).isEqualTo("mhernandez@ievs.example");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.OFFICER);
        assertThat(user.unitId()).isEqualTo(dpv.id());
        assertThat(user.active()).isTrue();
    }

    @Test
    void oneBrokenRowMakesThePlanInvalidAndNamesItsLine() {
        ImportPlanning.Plan plan = plan(HEADER
                + "unit,SV,Subdirección de Vivienda,SUBDIRECTION,DG,,,,\n"
                + "unit,DPV,Departamento de Programas,DEPARTAMENTO,SV,,,,\n");

        assertThat(plan.valid()).isFalse();
        assertThat(plan.units()).isEmpty();
        assertThat(plan.rows().get(0).status()).isEqualTo(ImportReport.Status.OK);
        assertThat(plan.rows().get(1)).satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.key()).contains("DPV");
            assertThat(row.status()).isEqualTo(ImportReport.Status.ERROR);
            assertThat(row.messages()).containsExactly("Unknown kind 'DEPARTAMENTO'; write one of DIRECTION,"
                    + " SUBDIRECTION, DEPARTMENT, REGIONAL_DELEGATION.");
        });
    }

    @Test
    void duplicateCodesInTheFileOrAlreadyStoredAreErrors() {
        ImportPlanning.Plan plan = plan(HEADER
                + "unit,SV,Subdirección de Vivienda,SUBDIRECTION,DG,,,,\n"
                + "unit,sv,Otra,SUBDIRECTION,DG,,,,\n"
                + "unit,DG,Dirección General,DIRECTION,,,,,\n");

        assertThat(messagesOf(plan, 2)).isEmpty();
        assertThat(messagesOf(plan, 3)).containsExactly("The code SV is also used on line 2; unit codes must be"
                + " unique.");
        assertThat(messagesOf(plan, 4)).containsExactly("A unit with code DG already exists.");
    }

    @Test
    void unknownAndInactiveParentsAndUnitsAreErrors() {
        ImportPlanning.Plan plan = plan(HEADER
                + "unit,DPV,Programas,DEPARTMENT,SVX,,,,\n"
                + "unit,DAC,Atención,DEPARTMENT,OLD,,,,\n"
                + "user,,Ana Flores,,,aflores,ana@ievs.example,OFFICER,NOPE\n");

        assertThat(messagesOf(plan, 2)).containsExactly("Unknown parent unit code SVX: it is neither in this file"
                + " nor in the organisation.");
        assertThat(messagesOf(plan, 3)).containsExactly("The parent unit OLD is inactive; reactivate it or choose"
                + " another.");
        assertThat(messagesOf(plan, 4)).containsExactly("Unknown unit code NOPE: it is neither in this file nor in"
                + " the organisation.");
    }

    @Test
    void parentCyclesAreReportedOnEveryUnitInTheCycle() {
        ImportPlanning.Plan plan = plan(HEADER
                + "unit,A,Unidad A,DEPARTMENT,B,,,,\n"
                + "unit,B,Unidad B,DEPARTMENT,C,,,,\n"
                + "unit,C,Unidad C,DEPARTMENT,A,,,,\n"
                + "unit,D,Unidad D,DEPARTMENT,A,,,,\n"
                + "unit,E,Unidad E,DEPARTMENT,E,,,,\n");

        assertThat(messagesOf(plan, 2)).containsExactly("The parents of units A → B → C → A form a cycle; one of"
                + " them needs a parent outside the cycle.");
        assertThat(messagesOf(plan, 3)).singleElement().asString().contains("B → C → A → B");
        assertThat(messagesOf(plan, 4)).singleElement().asString().contains("C → A → B → C");
        assertThat(messagesOf(plan, 5)).isEmpty();
        assertThat(messagesOf(plan, 6)).containsExactly("A unit cannot be its own parent.");
    }

    @Test
    void userRowsAreCheckedCellByCell() {
        ImportPlanning.Plan plan = plan(HEADER
                + "user,,Ana Flores,,,a,ana(at)ievs,OFFICER|JEFE,DG\n"
                + "user,,,,,,,,\n"
                + "user,X,Luis García,DEPARTMENT,,lgarcia,luis@ievs.example,TECHNICIAN,DG\n");

        assertThat(messagesOf(plan, 2)).containsExactly(
                "The username 'a' is invalid: use 3 to 40 letters a-z, digits, dots, hyphens or underscores,"
                        + " starting and ending with a letter or digit, e.g. mhernandez.",
                "The email address 'ana(at)ievs' is invalid: use a form like nombre@dependencia.gob.mx.",
                "Unknown role 'JEFE'; write one or more of ADMIN, MANAGER, OFFICER, TECHNICIAN, AGENT, AUDITOR,"
                        + " separated by |.");
        assertThat(messagesOf(plan, 4)).containsExactly(
                "Leave the column 'code' empty: it is for unit rows.",
                "Leave the column 'kind' empty: it is for unit rows.");
    }

    @Test
    void emptyUserRowListsEveryMissingCellAndEveryRowNeedsAKnownType() {
        ImportPlanning.Plan plan = plan(HEADER + "user,,,,,,,,\n" + ",DG,x,,,,,,\n" + "team,DG,x,,,,,,\n");

        assertThat(messagesOf(plan, 2)).contains("The username is missing.", "The email is missing.",
                "The unit is missing.");
        assertThat(messagesOf(plan, 3)).containsExactly("The type is missing; write unit or user.");
        assertThat(messagesOf(plan, 4)).containsExactly("Unknown type 'team'; write unit or user.");
    }

    @Test
    void duplicateUsernamesAndEmailsInTheFileOrAlreadyTakenAreErrors() {
        ImportPlanning.Plan plan = plan(HEADER
                + "user,,Ana Flores,,,aflores,ana@ievs.example,OFFICER,DG\n"
                + "user,,Ana María Flores,,,AFlores,ana@ievs.example,OFFICER,DG\n"
                + "user,,Administradora,,,admin,otra@ievs.example,ADMIN,DG\n"
                + "user,,Otra Persona,,,otra,taken@ievs.example,AGENT,DG\n");

        assertThat(messagesOf(plan, 3)).containsExactly(
                "The username aflores is also used on line 2; it must be unique.",
                "The email address ana@ievs.example is also used on line 2; it must be unique.");
        assertThat(messagesOf(plan, 4)).containsExactly("The username admin already belongs to a user.");
        assertThat(messagesOf(plan, 5)).containsExactly(
                "The email address taken@ievs.example already belongs to a user.");
    }

    @Test
    void headerProblemsAreReportedOnLineOneAndNoRowIsChecked() {
        ImportPlanning.Plan plan = plan("type,code,nombre,kind,code\nunit,DG,Dirección,DIRECTION,DG\n");

        assertThat(plan.valid()).isFalse();
        assertThat(plan.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(1);
            assertThat(row.messages()).containsExactly(
                    "Unknown column 'nombre'; the columns are: type, code, name, kind, parent, username, email,"
                            + " roles, unit.",
                    "The column 'code' appears more than once.",
                    "The column 'name' is missing; unit rows need it.");
        });
    }

    @Test
    void fileWithoutTypeColumnIsRefused() {
        ImportPlanning.Plan plan = plan("code,name,kind\nDG,Dirección,DIRECTION\n");

        assertThat(plan.rows().getFirst().messages())
                .containsExactly("The column 'type' is missing; it says whether a row is a unit or a user.");
    }

    @Test
    void malformedFileIsReportedAtItsLine() {
        ImportPlanning.Plan plan = plan(HEADER + "unit,DG,\"Dirección,DIRECTION,,,,,\n");

        assertThat(plan.valid()).isFalse();
        assertThat(plan.rows()).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(2));
    }

    @Test
    void extraCellsAndUserColumnsOnUnitRowsAreErrors() {
        ImportPlanning.Plan plan = plan(HEADER + "unit,SV,Vivienda,SUBDIRECTION,DG,sv,,,,Toluca\n");

        assertThat(messagesOf(plan, 2)).containsExactly(
                "The row has 1 more cells than the header has columns; put values that contain commas in double"
                        + " quotes.",
                "Leave the column 'username' empty: it is for user rows.");
    }

    private static List<String> messagesOf(ImportPlanning.Plan plan, int line) {
        return plan.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().messages();
    }

    private static ImportPlanning.Plan plan(String csv) {
        return ImportPlanning.plan(new CsvImportFileReader().read(csv, 100), new Stored());
    }

    /** What is already stored: DG (active), OLD (inactive), the user admin and the address taken@ievs.example. */
    private static final class Stored implements ImportPlanning.Existing {

        @Override
        public Map<String, OrgUnit> unitsByCode(Collection<String> codes) {
            return List.of(STORED_ROOT, STORED_INACTIVE).stream().filter(unit -> codes.contains(unit.code()))
                    .collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        }

        @Override
        public Set<String> usernames(Collection<String> usernames) {
            return usernames.stream().filter("admin"::equals).collect(Collectors.toSet());
        }

        @Override
        public Set<String> emails(Collection<String> emails) {
            return emails.stream().filter("taken@ievs.example"::equals).collect(Collectors.toSet());
        }
    }
}
