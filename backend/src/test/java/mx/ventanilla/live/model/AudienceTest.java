package mx.ventanilla.live.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceTest {

    private static final List<String> SV_PATH = List.of("DG", "SV");

    @Test
    void membersOfAnAudienceUnitAndOfUnitsAboveItReceiveIt() {
        assertThat(Audience.mayReceive(user("SV", Role.MANAGER), message(List.of()))).isTrue();
        assertThat(Audience.mayReceive(user("DG", Role.MANAGER), message(List.of()))).isTrue();
        assertThat(Audience.mayReceive(user("SJ", Role.MANAGER), message(List.of()))).isFalse();
        assertThat(Audience.mayReceive(user("DPV", Role.MANAGER), message(List.of()))).isFalse();
    }

    @Test
    void adminAndAuditorReceiveEveryUnitsEventsButNotReservedOnes() {
        assertThat(Audience.mayReceive(user("DTI", Role.ADMIN), message(List.of()))).isTrue();
        assertThat(Audience.mayReceive(user("DTI", Role.AUDITOR), message(List.of()))).isTrue();
        assertThat(Audience.mayReceive(user("DTI", Role.ADMIN), message(List.of("someone")))).isFalse();
    }

    @Test
    void reservedEventsReachOnlyGrantedUsersWhateverTheirUnit() {
        Principal granted = user("SJ", Role.MANAGER);

        assertThat(Audience.mayReceive(granted, message(List.of(granted.subjectId())))).isTrue();
        assertThat(Audience.mayReceive(user("SV", Role.MANAGER), message(List.of(granted.subjectId())))).isFalse();
    }

    @Test
    void serviceAccountsNeedTheReadScope() {
        Principal without = new Principal("sa", Principal.Kind.SERVICE_ACCOUNT, "sa", Set.of(), "SV", Set.of());
        Principal with = new Principal("sa", Principal.Kind.SERVICE_ACCOUNT, "sa", Set.of(), "SV",
                Set.of(Audience.READ_SCOPE));

        assertThat(Audience.mayReceive(without, message(List.of()))).isFalse();
        assertThat(Audience.mayReceive(with, message(List.of()))).isTrue();
    }

    private static Principal user(String unitId, Role role) {
        return new Principal("user-" + unitId + "-" + role, Principal.Kind.USER, "u", Set.of(role), unitId, Set.of());
    }

    private static OutboxMessage message(List<String> grants) {
        return new OutboxMessage(1, EventType.TURN_ASSIGNED, "c1", Optional.empty(), SV_PATH, grants, Instant.EPOCH,
                EventSummary.builder().build());
    }
}
