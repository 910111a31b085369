package mx.ventanilla.correspondence.model;

import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SenderTest {

    @Test
    void governmentSendersCarryTheirLevel() {
        Sender sender = new Sender(Sender.Kind.GOVERNMENT, "Lic. Ana Pérez", Optional.of("Secretaría de Finanzas"),
                Optional.of(Sender.GovernmentLevel.STATE), Optional.of("Directora"));
        assertThat(sender.level()).contains(Sender.GovernmentLevel.STATE);
    }

    @Test
    void aGovernmentSenderWithoutLevelIsRefused() {
        assertThatThrownBy(() -> new Sender(Sender.Kind.GOVERNMENT, "Ayuntamiento de Toluca", Optional.empty(),
                Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("FEDERAL, STATE or MUNICIPAL");
    }

    @Test
    void citizensHaveNoLevelAndAName() {
        assertThatThrownBy(() -> new Sender(Sender.Kind.CITIZEN, "Juan López", Optional.empty(),
                Optional.of(Sender.GovernmentLevel.FEDERAL), Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Sender(Sender.Kind.CITIZEN, " ", Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
    }
}
