package mx.ventanilla.pwa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** The administration client against a canned endpoint: the import's report survives the error it comes with. */
class AdminApiTest {

    @Test
    void anImportWithErrorsComesBackAsItsReportRowByRow() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"errors":[{"message":"2 lines have errors","extensions":{"code":"BAD_USER_INPUT"}}],
                 "data":{"importOrganisation":{"applied":false,"dryRun":true,"unitsCreated":0,"usersCreated":0,
                 "rows":[{"line":2,"key":"buena","status":"OK","messages":[]},
                         {"line":3,"key":"malrol","status":"ERROR","messages":["Unknown role JEFE."]},
                         {"line":4,"key":"malunidad","status":"ERROR","messages":["Unknown unit NOEXISTE."]}]}}}""")) {

            AdminApi.ImportReport report = new AdminApi(endpoint.api()).importOrganisation("t", "csv", true);

            assertThat(report.hasErrors()).isTrue();
            assertThat(report.applied()).isFalse();
            assertThat(report.rows()).extracting(AdminApi.ImportRow::line).containsExactly(2, 3, 4);
            assertThat(report.rows().get(1).messages()).containsExactly("Unknown role JEFE.");
            assertThat(endpoint.bodies().getFirst()).contains("\"dryRun\":true");
        }
    }

    @Test
    void anImportRefusedWithoutAReportIsAnError() throws IOException {
        try (CannedGraphQl endpoint = new CannedGraphQl("""
                {"errors":[{"message":"Only an administrator","extensions":{"code":"FORBIDDEN"}}],"data":null}""")) {

            assertThatThrownBy(() -> new AdminApi(endpoint.api()).importOrganisation("t", "csv", false))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        }
    }
}
