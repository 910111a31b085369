package mx.ventanilla.identity.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.platform.error.ForbiddenException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessPolicyTest {

    private static final List<String> DEPARTMENT_OF_SV = List.of("dg", "sv", "dpv");
    private static final List<String> DEPARTMENT_OF_SAF = List.of("dg", "saf", "drh");

    @Test
    void memberSeesItsUnitAndBelowButNotSiblingsOrAncestors() {
        Principal manager = user("sv", Role.MANAGER);

        assertThat(AccessPolicy.canSee(manager, DEPARTMENT_OF_SV)).isTrue();
        assertThat(AccessPolicy.canSee(manager, List.of("dg", "sv"))).isTrue();
        assertThat(AccessPolicy.canSee(manager, DEPARTMENT_OF_SAF)).isFalse();
        assertThat(AccessPolicy.canSee(manager, List.of("dg"))).isFalse();
        assertThat(AccessPolicy.visibleSubtreeRoot(manager)).contains("sv");
    }

    @Test
    void adminAndAuditorSeeEveryUnit() {
        assertThat(AccessPolicy.canSee(user("dpv", Role.ADMIN), DEPARTMENT_OF_SAF)).isTrue();
        assertThat(AccessPolicy.canSee(user("dpv", Role.AUDITOR), DEPARTMENT_OF_SAF)).isTrue();
        assertThat(AccessPolicy.visibleSubtreeRoot(user("dpv", Role.AUDITOR))).isEqualTo(Optional.empty());
    }

    @Test
    void serviceAccountSeesOnlyItsUnitSubtree() {
        Principal account = new Principal("sa", Principal.Kind.SERVICE_ACCOUNT, "portal", Set.of(), "sv", Set.of());

        assertThat(AccessPolicy.canSee(account, DEPARTMENT_OF_SV)).isTrue();
        assertThat(AccessPolicy.canSee(account, DEPARTMENT_OF_SAF)).isFalse();
        assertThatThrownBy(() -> AccessPolicy.requireAdmin(account)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAdminMayChangeIdentityAndAuditorIsToldItIsReadOnly() {
        assertThatCode(() -> AccessPolicy.requireAdmin(user("dg", Role.ADMIN))).doesNotThrowAnyException();
        assertThatCode(() -> AccessPolicy.requireAdmin(user("dg", Role.ADMIN, Role.AUDITOR)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AccessPolicy.requireAdmin(user("sv", Role.MANAGER)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("role ADMIN");
        assertThatThrownBy(() -> AccessPolicy.requireAdmin(user("dg", Role.AUDITOR)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> AccessPolicy.requireWriter(user("dg", Role.AUDITOR, Role.MANAGER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> AccessPolicy.requireWriter(user("sv", Role.OFFICER))).doesNotThrowAnyException();
    }

    private static Principal user(String unitId, Role... roles) {
        return new Principal("u-" + unitId, Principal.Kind.USER, "someone", Set.of(roles), unitId, Set.of());
    }
}
