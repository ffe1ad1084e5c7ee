package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session cookie carries who foi-api said the user is, sealed: a change to any part of it ends the session. */
class SessionTest {

    final Session session = new Session(settings("a-key-for-the-test-at-least-32-bytes"), JsonMapper.createDefault());

    static WebSettings settings(String secret) {
        WebSettings s = new WebSettings();
        s.setSessionSecret(secret);
        return s;
    }

    @Test
    void theCookieGivesBackTheUserFoiApiDescribed() {
        String value = session.cookie("h.p.s", "amara", List.of("manager"), "met-police", true,
                Duration.ofHours(1))
                .getValue();

        Session.User user = session.read(value).orElseThrow();

        assertThat(user.token()).isEqualTo("h.p.s");
        assertThat(user.name()).isEqualTo("amara");
        assertThat(user.roles()).containsExactly("manager");
        assertThat(user.authority()).isEqualTo("met-police");
        assertThat(user.provider()).isTrue();
        assertThat(session.genuine(user, user.csrf())).isTrue();
    }

    @Test
    void aChangedRoleATokenSwappedOrAnotherServicesKeyEndsTheSession() {
        String value = session.cookie("h.p.s", "cw", List.of("caseworker"), "met-police", false,
                Duration.ofHours(1))
                .getValue();
        String[] parts = value.split("~");
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder()
                .decode(parts[1])).replace("caseworker", "admin").getBytes());

        assertThat(session.read(parts[0] + "~" + promoted + "~" + parts[2])).isEmpty();
        assertThat(session.read("other.token.here~" + parts[1] + "~" + parts[2])).isEmpty();
        assertThat(new Session(settings("another-key-for-another-instance-32b"), JsonMapper.createDefault())
                .read(value)).isEmpty();
        assertThat(session.read("a.raw.jwt")).as("the old cookie, a bare token").isEmpty();
    }

    @Test
    void anEndedSessionIsNoSession() {
        String value = session.cookie("h.p.s", "cw", List.of("caseworker"), "met-police", false,
                Duration.ofSeconds(-1))
                .getValue();

        assertThat(session.read(value)).isEmpty();
    }
}
