package mx.ventanilla.pwa.views;

import static org.assertj.core.api.Assertions.assertThat;

import mx.ventanilla.pwa.api.PushApi;
import org.junit.jupiter.api.Test;

/** Reading what the browser answered to {@code ventanillaPush.subscribe}. */
class PushAnswerTest {

    @Test
    void aWebPushSubscriptionBecomesAWebPushDevice() {
        PushAnswer answer = PushAnswer.parse("""
                {"outcome":"subscribed","permission":"granted","device":{"deviceId":"d1","label":"Chromium Linux",
                "endpoint":"https://push.example/1","p256dh":"BKey","auth":"secret"}}""");

        assertThat(answer.device()).contains(new PushApi.WebPushDevice("d1", "Chromium Linux",
                "https://push.example/1", "BKey", "secret"));
        assertThat(answer.refused()).isFalse();
        assertThat(answer.mayAskAgain()).isFalse();
    }

    @Test
    void aFirebaseTokenBecomesAnFcmDevice() {
        PushAnswer answer = PushAnswer.parse("""
                {"outcome":"subscribed","permission":"granted","device":{"deviceId":"d2","label":"Chrome Android",
                "fcmToken":"token-abc"}}""");

        assertThat(answer.device()).contains(new PushApi.FcmDevice("d2", "Chrome Android", "token-abc"));
    }

    @Test
    void aRefusalHasNoDeviceAndHidesTheButtonOnceTheBrowserBlocksIt() {
        PushAnswer blocked = PushAnswer.parse("{\"outcome\":\"denied\",\"permission\":\"denied\"}");
        PushAnswer dismissed = PushAnswer.parse("{\"outcome\":\"denied\",\"permission\":\"default\"}");

        assertThat(blocked.refused()).isTrue();
        assertThat(blocked.device()).isEmpty();
        assertThat(blocked.mayAskAgain()).isFalse();
        assertThat(dismissed.refused()).isTrue();
        assertThat(dismissed.mayAskAgain()).isTrue();
    }

    @Test
    void anIncompleteSubscriptionOrGarbageRegistersNothing() {
        assertThat(PushAnswer.parse("""
                {"outcome":"subscribed","permission":"granted","device":{"deviceId":"d3","endpoint":"https://x"}}""")
                .device()).isEmpty();
        assertThat(PushAnswer.parse("""
                {"outcome":"subscribed","permission":"granted","device":{"fcmToken":"token-abc"}}""").device())
                .isEmpty();
        assertThat(PushAnswer.parse("not json").outcome()).isEqualTo("failed");
        assertThat(PushAnswer.parse("null").device()).isEmpty();
        assertThat(PushAnswer.parse("{\"outcome\":\"denied\",\"permission\":\"denied\",\"device\":{\"deviceId\":"
                + "\"d4\",\"fcmToken\":\"t\"}}").device()).isEmpty();
    }
}
