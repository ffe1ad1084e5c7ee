package uk.foi.events.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.foi.core.request.Status;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;
import uk.foi.events.EventCodec;
import uk.foi.events.EventCodecTest;
import uk.foi.events.EventFormatException;

/**
 * Deadline events as typed records: each type matches its JSON Schema, reads back equal, and reads what wave 1 wrote
 * as untyped JSON; a malformed one is refused with the field named.
 */
class DeadlineEventCodecTest {

    static final DeadlineEventCodec CODEC = new DeadlineEventCodec();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2023-04-13T07:00:00Z");
    static final String REQUEST = "6f1c1f53-3c6e-4d8a-9a57-1e0c1a2b3c4d";

    static DeadlineAlert alert(AlertKind kind) {
        DeadlineKind deadline = kind.deadline() == null ? DeadlineKind.RESPONSE : kind.deadline();
        boolean moved = kind == AlertKind.DEADLINE_MOVED;
        int lead = kind.name().endsWith("SOON") || kind.name().endsWith("CLOSING") ? 5
                : kind.name().endsWith("OVERDUE") ? 2 : 0;
        return new DeadlineAlert(UUID.nameUUIDFromBytes(kind.name().getBytes(StandardCharsets.UTF_8)), NOW,
                "met-police", REQUEST, "01/FOI/23/000123", Regime.FOIA, Status.IN_PROGRESS, Optional.of("cw.smith"),
                Optional.of("central-foi"), kind, deadline, LocalDate.of(2023, 4, 12), LocalDate.of(2023, 4, 13), lead,
                moved ? Optional.of(LocalDate.of(2023, 4, 11)) : Optional.empty(),
                moved ? Optional.of("bank holidays changed: Coronation bank holiday, 8 May 2023") : Optional.empty(),
                Optional.of("FOIA s10(1): 20 working days"));
    }

    static TeamDigest digest() {
        return TeamDigest.of(NOW, "central-foi", LocalDate.of(2023, 4, 6), List.of(
                new TeamDigest.Item(REQUEST, "01/FOI/23/000124", DeadlineKind.REVIEW, LocalDate.of(2023, 4, 13),
                        "s45 Code 5.4", Optional.empty()),
                new TeamDigest.Item(REQUEST, "01/FOI/23/000123", DeadlineKind.RESPONSE, LocalDate.of(2023, 4, 12),
                        "FOIA s10(1)", Optional.of("cw.smith"))));
    }

    static List<String> problems(byte[] bytes) throws Exception {
        JsonNode tree = JSON.readTree(bytes);
        return EventCodecTest.schemaFor(tree.get("type").asText()).validate(tree).stream()
                .map(Object::toString).toList();
    }

    @ParameterizedTest
    @EnumSource(AlertKind.class)
    void everyAlertMatchesItsSchemaAndReadsBackEqual(AlertKind kind) throws Exception {
        DeadlineAlert alert = alert(kind);
        byte[] bytes = CODEC.encode(alert);

        assertThat(problems(bytes)).isEmpty();
        assertThat(CODEC.decode(bytes)).isEqualTo(alert);
        assertThat(JSON.readTree(bytes).get("data").get("urgent").asBoolean()).isEqualTo(kind.urgent());
    }

    @Test
    void aDigestMatchesItsSchemaReadsBackEqualAndListsTheEarliestFirst() throws Exception {
        byte[] bytes = CODEC.encode(digest());

        assertThat(problems(bytes)).isEmpty();
        TeamDigest back = (TeamDigest) CODEC.decode(bytes);
        assertThat(back).isEqualTo(digest());
        assertThat(back.items()).extracting(TeamDigest.Item::reference)
                .containsExactly("01/FOI/23/000123", "01/FOI/23/000124");
        assertThat(back.mailed()).isTrue();
        assertThat(back.id()).isEqualTo(TeamDigest.of(NOW.plusSeconds(60), "central-foi", LocalDate.of(2023, 4, 6),
                List.of()).id());
    }

    @Test
    void whatWaveOneWroteStillReads() {
        // as the notifier's untyped encoder wrote it: no dataschema, the lead under its own name
        String wave1 = """
                {"specversion":"1.0","id":"0b5c3a52-8b0a-3f7e-9a35-6c0f1a7e0b11",
                 "source":"/authorities/met-police/notifier","type":"uk.foi.deadline.response-due-soon.v1",
                 "subject":"%s","time":"2023-04-03T07:00:00.000Z","datacontenttype":"application/json",
                 "authority":"met-police","data":{"requestId":"%s","reference":"01/FOI/23/000123",
                 "regime":"FOIA","status":"RECEIVED","alert":"RESPONSE_DUE_SOON","urgent":false,
                 "deadline":"RESPONSE","due":"2023-04-12","fireOn":"2023-04-03","workingDaysBefore":5,
                 "rule":"FOIA s10(1)"}}""".formatted(REQUEST, REQUEST);

        DeadlineAlert a = (DeadlineAlert) CODEC.decode(wave1.getBytes(StandardCharsets.UTF_8));

        assertThat(a.alert()).isEqualTo(AlertKind.RESPONSE_DUE_SOON);
        assertThat(a.lead()).isEqualTo(5);
        assertThat(a.assignee()).isEmpty();
        assertThat(a.mailed()).isFalse();
    }

    @Test
    void aMalformedEventIsRefusedWithTheFieldNamed() {
        ObjectNode tree = CODEC.tree(alert(AlertKind.RESPONSE_OVERDUE));
        ((ObjectNode) tree.get("data")).remove("due");
        assertThatThrownBy(() -> CODEC.decode(tree.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessage("data.due: missing or empty");

        ObjectNode badDate = CODEC.tree(alert(AlertKind.RESPONSE_OVERDUE));
        ((ObjectNode) badDate.get("data")).put("fireOn", "13/04/2023");
        assertThatThrownBy(() -> CODEC.decode(badDate.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("data.fireOn: \"13/04/2023\" cannot be read");

        ObjectNode request = CODEC.tree(alert(AlertKind.RESPONSE_OVERDUE)).put("type", "uk.foi.request.received.v2");
        assertThatThrownBy(() -> CODEC.decode(request.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessage("type: uk.foi.request.received.v2 is not a deadline event type");

        assertThatThrownBy(() -> CODEC.decode("{\"specversion\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EventFormatException.class).hasMessageStartingWith("not JSON");
    }

    @Test
    void theSchemasAreStrict() throws Exception {
        ObjectNode extra = CODEC.tree(alert(AlertKind.RESPONSE_DUE_TODAY));
        ((ObjectNode) extra.get("data")).put("requesterEmail", "someone@example.org");
        assertThat(problems(extra.toString().getBytes(StandardCharsets.UTF_8))).isNotEmpty();

        ObjectNode moveWithoutFrom = CODEC.tree(alert(AlertKind.DEADLINE_MOVED));
        ((ObjectNode) moveWithoutFrom.get("data")).remove("from");
        assertThat(problems(moveWithoutFrom.toString().getBytes(StandardCharsets.UTF_8))).isNotEmpty();

        ObjectNode wrongUrgency = CODEC.tree(alert(AlertKind.RESPONSE_DUE_SOON));
        ((ObjectNode) wrongUrgency.get("data")).put("urgent", true);
        assertThat(problems(wrongUrgency.toString().getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void theCatalogueHasASchemaPerType() {
        for (AlertKind k : AlertKind.values()) {
            assertThat(AlertKind.ofType(k.eventType())).contains(k);
            assertThat(DeadlineEventCodec.class.getResource("/uk/foi/events/schema/" + k.eventType() + ".json"))
                    .as(k.eventType()).isNotNull();
        }
        assertThat(EventCodec.SCHEMA_BASE).endsWith("/events/");
    }
}
