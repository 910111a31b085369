package mx.ventanilla.correspondence.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurnStateTest {

    @Test
    void followsTheDocumentedLifeCycle() {
        assertThat(TurnState.SENT.canBecome(TurnState.RECEIVED)).isTrue();
        assertThat(TurnState.RECEIVED.canBecome(TurnState.ANSWERED)).isTrue();
        assertThat(TurnState.ANSWERED.canBecome(TurnState.CONCLUDED)).isTrue();
        assertThat(TurnState.ANSWERED.canBecome(TurnState.RETURNED)).isTrue();
        assertThat(TurnState.RETURNED.canBecome(TurnState.ANSWERED)).isTrue();
        assertThat(TurnState.PROPOSED.canBecome(TurnState.SENT)).isTrue();
    }

    @Test
    void cannotSkipReadingOrReopenAConcludedTurn() {
        assertThat(TurnState.SENT.canBecome(TurnState.ANSWERED)).isFalse();
        assertThat(TurnState.CONCLUDED.canBecome(TurnState.RETURNED)).isFalse();
        assertThat(TurnState.CANCELLED.isFinal()).isTrue();
        assertThat(TurnState.ANSWERED.canBecome(TurnState.CANCELLED)).isFalse();
    }

    @Test
    void openTurnsAreTheOnesWaitingOnTheirRecipient() {
        assertThat(TurnState.RETURNED.isOpen()).isTrue();
        assertThat(TurnState.ANSWERED.isOpen()).isFalse();
        assertThat(TurnState.PROPOSED.isOpen()).isFalse();
    }

    @Test
    void onlyKnowledgeTurnsNeedNoResponse() {
        assertThat(TurnInstruction.KNOWLEDGE.expectsResponse()).isFalse();
        assertThat(TurnInstruction.ATTENTION.expectsResponse()).isTrue();
    }
}
