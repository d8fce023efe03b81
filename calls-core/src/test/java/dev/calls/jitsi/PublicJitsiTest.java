package dev.calls.jitsi;

import static dev.calls.jitsi.Joins.ALICE;
import static dev.calls.jitsi.Joins.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.JoinInfo;
import org.junit.jupiter.api.Test;

class PublicJitsiTest {

    @Test
    void joinThenNoTokenAndDeploymentUrls() {
        JoinInfo info = new PublicJitsi("jitsi.example.org").join(Joins.group(ALICE, true));

        assertThat(info.provider()).isEqualTo("public");
        assertThat(info.jwt()).isNull();
        assertThat(info.expiresAt()).isNull();
        assertThat(info.room()).isEqualTo(ROOM);
        assertThat(info.url()).isEqualTo("https://jitsi.example.org/" + ROOM);
        assertThat(info.scriptUrl()).isEqualTo("https://jitsi.example.org/external_api.js");
    }

    @Test
    void meetJitSiThenDefaultDomain() {
        assertThat(PublicJitsi.meetJitSi().roomUrl(ROOM)).isEqualTo("https://meet.jit.si/" + ROOM);
    }

    @Test
    void constructWithUrlInsteadOfHostThenError() {
        assertThatThrownBy(() -> new PublicJitsi("https://meet.jit.si")).hasMessageContaining("bare host name");
    }
}
