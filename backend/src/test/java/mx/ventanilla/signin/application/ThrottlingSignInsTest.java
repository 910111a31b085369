package mx.ventanilla.signin.application;

import java.time.Duration;
import java.time.Instant;

import mx.ventanilla.signin.InMemorySignInAttempts;
import mx.ventanilla.signin.MutableClock;
import mx.ventanilla.signin.model.SignInThrottledException;
import mx.ventanilla.signin.model.ThrottlePolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottlingSignInsTest {

    private static final String HOME = "198.51.100.7";
    private static final String CAFE = "203.0.113.9";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T16:00:00Z"));
    private final ThrottlingSignIns throttle = new ThrottlingSignIns(new InMemorySignInAttempts(),
            new ThrottlePolicy(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)));

    @Test
    void theLimitOfFailuresLocksTheUsernameOutFromAnyAddressUntilTheLockoutEnds() {
        fail("ana", HOME, 3);

        assertThatThrownBy(() -> throttle.refuseIfLockedOut("ana", CAFE, clock.instant()))
                .isInstanceOf(SignInThrottledException.class)
                .hasMessageContaining("Try again after 2026-03-02T16:10:00Z");
        clock.advance(Duration.ofMinutes(10));
        assertThatCode(() -> throttle.refuseIfLockedOut("ana", CAFE, clock.instant())).doesNotThrowAnyException();
    }

    @Test
    void failuresBelowTheLimitDoNotLock() {
        fail("ana", HOME, 2);

        assertThatCode(() -> throttle.refuseIfLockedOut("ana", HOME, clock.instant())).doesNotThrowAnyException();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("ana", HOME, 2);
        clock.advance(Duration.ofMinutes(16));
        fail("ana", HOME, 2);

        assertThatCode(() -> throttle.refuseIfLockedOut("ana", HOME, clock.instant())).doesNotThrowAnyException();
    }

    @Test
    void aSuccessfulSignInForgetsTheUsernamesFailures() {
        fail("ana", HOME, 2);
        throttle.recordSuccess("ana");
        fail("ana", HOME, 2);

        assertThatCode(() -> throttle.refuseIfLockedOut("ana", HOME, clock.instant())).doesNotThrowAnyException();
    }

    @Test
    void manyUsernamesFailingFromOneAddressLockTheAddressOut() {
        fail("ana", CAFE, 1);
        fail("beto", CAFE, 2);
        fail("carla", CAFE, 2);

        assertThatThrownBy(() -> throttle.refuseIfLockedOut("daniel", CAFE, clock.instant()))
                .isInstanceOf(SignInThrottledException.class);
        assertThatCode(() -> throttle.refuseIfLockedOut("daniel", HOME, clock.instant())).doesNotThrowAnyException();
    }

    @Test
    void usernamesAreThrottledRegardlessOfCase() {
        fail("Ana", HOME, 3);

        assertThatThrownBy(() -> throttle.refuseIfLockedOut("ana", HOME, clock.instant()))
                .isInstanceOf(SignInThrottledException.class);
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address, clock.instant());
        }
    }
}
