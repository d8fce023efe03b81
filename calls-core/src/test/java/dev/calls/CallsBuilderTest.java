package dev.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.testing.EngineFixture;
import dev.calls.testing.TestUsers;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;

class CallsBuilderTest {

    @Test
    void buildWhenNothingButAUserDirectoryThenTheDocumentedDefaults() {
        try (Calls calls = Calls.builder().userDirectory(new TestUsers()).build()) {
            CallsConfig config = calls.config();

            assertThat(config.ringTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(config.maxCallDuration()).isEqualTo(Duration.ofHours(8));
            assertThat(config.presenceTimeout()).isEqualTo(Duration.ofMinutes(5));
            assertThat(config.idleTimeout()).isEqualTo(Duration.ofMinutes(3));
            assertThat(config.maxGroupSize()).isEqualTo(16);
            assertThat(config.startsPerMinute()).isEqualTo(20);
            assertThat(config.ringOfflineUsers()).isFalse();
            assertThat(config.roomPrefix()).isEqualTo("calls");
        }
    }

    @Test
    void settingsWhenAConfigBuiltWithoutAPushNotifierThenRingingOfflineUsersStillFollowsTheNotifier() {
        CallsConfig bound = CallsConfig.builder().ringTimeout(Duration.ofSeconds(40)).build();
        dev.calls.testing.RecordingPushNotifier phones = new dev.calls.testing.RecordingPushNotifier();

        try (Calls withPush = Calls.builder().userDirectory(new TestUsers()).settings(bound).pushNotifier(phones)
                .build();
                Calls turnedOff = Calls.builder().userDirectory(new TestUsers()).settings(bound).pushNotifier(phones)
                        .ringOfflineUsers(false).build()) {
            assertThat(withPush.config().ringTimeout()).isEqualTo(Duration.ofSeconds(40));
            assertThat(withPush.config().ringOfflineUsers()).isTrue();
            assertThat(turnedOff.config().ringOfflineUsers()).isFalse();
        }
    }

    @Test
    void buildWhenNoUserDirectoryThenRefusedNamingIt() {
        assertThatThrownBy(() -> Calls.builder().build()).hasMessageContaining("userDirectory");
        assertThatThrownBy(() -> Calls.builder().userDirectory(null)).hasMessageContaining("userDirectory");
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("ringTimeout", (UnaryOperator<CallsBuilder>) b -> b.ringTimeout(Duration.ofSeconds(4))),
                Arguments.of("ringTimeout", (UnaryOperator<CallsBuilder>) b -> b.ringTimeout(Duration.ofSeconds(181))),
                Arguments.of("presenceTimeout",
                        (UnaryOperator<CallsBuilder>) b -> b.presenceTimeout(Duration.ofSeconds(9))),
                Arguments.of("idleTimeout", (UnaryOperator<CallsBuilder>) b -> b.idleTimeout(Duration.ofSeconds(9))),
                Arguments.of("maxGroupSize", (UnaryOperator<CallsBuilder>) b -> b.maxGroupSize(0)),
                Arguments.of("startsPerMinute", (UnaryOperator<CallsBuilder>) b -> b.startsPerMinute(0)),
                Arguments.of("roomPrefix", (UnaryOperator<CallsBuilder>) b -> b.roomPrefix("Bad Prefix")),
                Arguments.of("sweepInterval", (UnaryOperator<CallsBuilder>) b -> b.sweepInterval(Duration.ZERO)),
                Arguments.of("presenceFlushInterval",
                        (UnaryOperator<CallsBuilder>) b -> b.presenceFlushInterval(Duration.ofHours(1))),
                Arguments.of("maxCallDuration",
                        (UnaryOperator<CallsBuilder>) b -> b.maxCallDuration(Duration.ofSeconds(59))),
                Arguments.of("ringOfflineUsers", (UnaryOperator<CallsBuilder>) b -> b.ringOfflineUsers(true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void buildWhenASettingIsOutOfRangeThenInvalidSettingNamingIt(String setting, UnaryOperator<CallsBuilder> bad) {
        assertThatThrownBy(() -> new EngineFixture(bad)).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(setting)
                .satisfies(e -> assertThat(((InvalidSettingException) e).setting()).isEqualTo(setting));
    }

    @Test
    void settingsWhenGivenAsOneRecordThenTheEngineRunsWithThem() {
        CallsConfig wanted = CallsConfig.builder().ringTimeout(Duration.ofSeconds(45)).maxGroupSize(3)
                .announceCallPresence(true).build();
        try (EngineFixture f = new EngineFixture(b -> b.settings(wanted))) {
            assertThat(f.calls.config()).isEqualTo(wanted);
        }
    }

    @Test
    void buildWhenRoomPrefixIsSetThenRoomsUseIt() {
        try (EngineFixture f = new EngineFixture(b -> b.roomPrefix("acme-support")).online("alice", "bob")) {
            Call call = f.calls.start(EngineFixture.acme("alice"), java.util.List.of("bob"), MediaType.AUDIO);

            assertThat(call.room()).startsWith("acme-support-").matches("[a-z0-9-]+");
        }
    }
}
