package uk.foi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.core.request.Recorded;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestState;
import uk.foi.deadlines.AuthorityPolicy;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.SchoolDays;
import uk.foi.deadlines.WorkingDays;
import uk.foi.deadlines.calendar.Division;

public class EventCodecTest {

    static final EventCodec CODEC = EventCodec.standard();
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(EventCodec.SCHEMA_BASE, "classpath:uk/foi/events/schema/")));
    static List<Recorded> events;

    @BeforeAll
    static void takeRequestsThroughTheirLives() {
        events = EventScenarios.all();
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    static List<Recorded> everyEvent() {
        return events == null ? EventScenarios.all() : events;
    }

    /** @param type a CloudEvents type @return its schema, from the jar */
    public static JsonSchema schemaFor(String type) {
        return SCHEMAS.getSchema(SchemaLocation.of(EventCodec.SCHEMA_BASE + type + ".json"));
    }

    @Test
    void theScenariosEmitEveryEventType() {
        Set<Class<?>> emitted = everyEvent().stream().map(r -> r.event().getClass()).collect(Collectors.toSet());

        Set<Class<?>> typed = Set.copyOf(EventTypes.all().values());
        assertThat(emitted).containsExactlyInAnyOrderElementsOf(typed);
        assertThat(typed).containsExactlyInAnyOrder(RequestEvent.class.getPermittedSubclasses());
        assertThat(emitted).allSatisfy(type -> assertThat(EventTypes.all()).containsKey(EventTypes.of(
                type.asSubclass(RequestEvent.class))));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("everyEvent")
    void everyEventMatchesItsSchemaAndReadsBackEqual(Recorded recorded) throws IOException {
        String json = CODEC.encode(recorded);
        JsonNode tree = JSON.readTree(json);
        String type = tree.get("type").asText();

        Set<ValidationMessage> problems = schemaFor(type).validate(tree);

        assertThat(problems).as(json).isEmpty();
        assertThat(CODEC.decode(json)).isEqualTo(recorded);
        assertThat(tree.get("subject").asText()).isEqualTo(recorded.event().requestId().toString());
        assertThat(tree.get("id").asText()).isEqualTo(recorded.event().eventId().toString());
        assertThat(tree.get("foisequence").asLong()).isEqualTo(recorded.event().sequence());
    }

    @Test
    void theEnvelopeIsCloudEventsAndCarriesTheDeadlinesInForce() throws IOException {
        Recorded received = everyEvent().get(0);
        JsonNode tree = JSON.readTree(CODEC.encode(received));

        assertThat(tree.get("specversion").asText()).isEqualTo("1.0");
        assertThat(tree.get("type").asText()).isEqualTo("uk.foi.request.received.v2");
        assertThat(tree.at("/data/handling/regime").asText()).isEqualTo("FOIA");
        assertThat(tree.at("/data/handling/policy/reviewRequestWindow").asInt()).isEqualTo(40);
        assertThat(tree.get("source").asText()).isEqualTo("/authorities/met-police");
        assertThat(tree.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(tree.get("time").asText()).isEqualTo("2023-11-01T10:00:00Z");
        JsonNode deadline = tree.at("/data/request/deadlines/0");
        assertThat(deadline.get("kind").asText()).isEqualTo("RESPONSE");
        // Received Wed 1 March 2023: 20 working days end on Thu 30 March, not 29, because St Patrick's Day (17 March)
        // is a bank holiday in Northern Ireland and FOIA s10(6) excludes a bank holiday in any part of the UK.
        assertThat(deadline.get("due").asText()).isEqualTo("2023-03-30");
        assertThat(deadline.get("rule").asText()).contains("s10(1)");
    }

    @Test
    void theClockCarriesTheWholeProfileAndEveryDatedFactSoAConsumerCanRecomputeFromTheLastEventAlone()
            throws IOException {
        Recorded received = everyEvent().get(0);
        SchoolDays terms = SchoolDays.parse(
                "term,2023-01-04,2023-03-31\nterm,2023-04-17,2023-07-21\nclosed,2023-05-02\n");
        ClockProfile school = ClockProfile.of(Regime.FOIA).withPolicy(AuthorityPolicy.DEFAULT
                .withReceiptRule(ReceiptRule.NEXT_WORKING_DAY)).withNation(Division.NORTHERN_IRELAND).asSchool(terms);
        RequestTimeline clock = RequestTimeline.received("r-1", school, day(3, 1))
                .with(new ClockEvent.ClarificationSought(day(3, 2)))
                .with(new ClockEvent.ClarificationReceived(day(3, 6)))
                .with(new ClockEvent.FeesNoticeGiven(day(3, 7)))
                .with(new ClockEvent.FeeReceived(day(3, 9)))
                .with(new ClockEvent.ResponseIssued(day(3, 20)));
        RequestState state = received.state();
        Recorded withClock = new Recorded(received.event(), new RequestState(state.reference(), state.regime(),
                state.status(), state.assignee(), state.team(), state.outcome(), state.deadlines(),
                java.util.Optional.of(clock)));
        JsonNode tree = JSON.readTree(CODEC.encode(withClock));

        assertThat(schemaFor("uk.foi.request.received.v2").validate(tree)).isEmpty();
        assertThat(tree.at("/data/request/clock/profile/nation").asText()).isEqualTo("northern-ireland");
        assertThat(tree.at("/data/request/clock/events/4/type").asText()).isEqualTo("FeeReceived");
        RequestTimeline back = CODEC.decode(CODEC.encode(withClock)).state().clock().orElseThrow();
        assertThat(back.events()).isEqualTo(clock.events());
        assertThat(back.profile().policy()).isEqualTo(school.policy());
        assertThat(back.profile().nation()).isEqualTo(Division.NORTHERN_IRELAND);
        assertThat(back.profile().schoolDays().orElseThrow()).hasToString(terms.toString());

        RequestTimeline extended = RequestTimeline.received("r-2", ClockProfile.of(Regime.FOIA), day(3, 1))
                .with(new ClockEvent.ExtendedForPublicInterest(day(3, 20), WorkingDays.of(20)));
        Recorded pit = new Recorded(received.event(), new RequestState(state.reference(), state.regime(),
                state.status(), state.assignee(), state.team(), state.outcome(), state.deadlines(),
                java.util.Optional.of(extended)));
        assertThat(CODEC.decode(CODEC.encode(pit))).isEqualTo(pit);
    }

    @Test
    void anEventWrittenBeforeTheClockWasCarriedStillReads() throws IOException {
        Recorded received = everyEvent().get(0);
        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.encode(received));
        ((ObjectNode) tree.at("/data/request")).remove("clock");

        assertThat(CODEC.decode(tree.toString()).state().clock()).isEmpty();
    }

    /**
     * A wave-1 {@code received.v1} (no {@code handling}) still reads, valid against its own schema, and takes the
     * profile its deadlines were computed from (its state's clock), so a replay of wave-1 events rebuilds the same
     * request whatever the authority's settings are now. Without a clock it reads with no handling; the replay then
     * uses the profile the caller supplies for such histories.
     */
    @Test
    void aWaveOneReceivedEventStillReadsAndKeepsTheProfileItWasHandledUnder() throws IOException {
        Recorded received = everyEvent().get(0);
        ObjectNode v1 = (ObjectNode) JSON.readTree(CODEC.encode(received));
        v1.put("type", "uk.foi.request.received.v1");
        v1.put("dataschema", EventCodec.SCHEMA_BASE + "uk.foi.request.received.v1.json");
        ((ObjectNode) v1.get("data")).remove("handling");

        assertThat(schemaFor("uk.foi.request.received.v1").validate(v1)).isEmpty();
        RequestEvent.RequestReceived read = (RequestEvent.RequestReceived) CODEC.decode(v1.toString()).event();
        assertThat(read).isEqualTo(received.event());
        assertThat(read.handling()).contains(received.state().clock().orElseThrow().profile());

        ((ObjectNode) v1.at("/data/request")).remove("clock");
        RequestEvent.RequestReceived bare = (RequestEvent.RequestReceived) CODEC.decode(v1.toString()).event();
        assertThat(bare.handling()).isEmpty();
        ClockProfile eirAuthorityNow = ClockProfile.of(Regime.EIR).withNation(Division.SCOTLAND);
        assertThat(uk.foi.core.request.FoiRequest.received(bare, eirAuthorityNow).profile())
                .as("a history with no recorded profile is read under the event's own regime")
                .isEqualTo(ClockProfile.of(Regime.FOIA).withNation(Division.SCOTLAND));
    }

    @Test
    void aWaveOnePartDecidedStillReadsWithNoCircumstances() throws IOException {
        Recorded decided = everyEvent().stream().filter(r -> r.event() instanceof RequestEvent.PartDecided)
                .findFirst().orElseThrow();
        ObjectNode v1 = asVersion(decided, 1);
        for (JsonNode d : v1.at("/data/decisions")) {
            ((ObjectNode) d).remove("circumstances");
        }

        assertThat(schemaFor("uk.foi.request.part-decided.v1").validate(v1)).isEmpty();
        assertThat(CODEC.decode(v1.toString())).isEqualTo(decided);
    }

    @Test
    void aPartDecidedV2ReadsWithItsRecordsOnTheProvisionsTheyBelongTo() throws IOException {
        Recorded decided = everyEvent().stream().filter(r -> r.event() instanceof RequestEvent.PartDecided)
                .findFirst().orElseThrow();
        ObjectNode v2 = asVersion(decided, 2);

        assertThat(schemaFor("uk.foi.request.part-decided.v2").validate(v2)).isEmpty();
        assertThat(CODEC.decode(v2.toString())).as("the scenario's decision was itself built from one shared"
                + " record per part, as v2 held it").isEqualTo(decided);
        assertThat(schemaFor("uk.foi.request.part-decided.v3").validate(JSON.readTree(CODEC.encode(decided))))
                .isEmpty();
    }

    /** The event as an older version wrote it: one citations list, reasons, harm and test per decision. */
    private static ObjectNode asVersion(Recorded decided, int version) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.encode(decided));
        tree.put("type", "uk.foi.request.part-decided.v" + version);
        tree.put("dataschema", EventCodec.SCHEMA_BASE + "uk.foi.request.part-decided.v" + version + ".json");
        for (JsonNode node : tree.at("/data/decisions")) {
            ObjectNode d = (ObjectNode) node;
            JsonNode grounds = d.remove("grounds");
            ArrayNode citations = d.putArray("citations");
            String reasons = "";
            for (JsonNode g : grounds) {
                citations.add(g.get("citation").asText());
                reasons = reasons.isEmpty() ? g.get("reasons").asText() : reasons;
                if (g.has("harm")) {
                    d.set("harm", g.get("harm"));
                }
                if (g.has("publicInterest")) {
                    d.set("publicInterest", g.get("publicInterest"));
                }
            }
            d.put("reasons", reasons);
        }
        return tree;
    }

    /** A v3 ground widened in place: both limbs claimed, and a qualified person's opinion for s36. */
    @Test
    void aGroundCarriesBothLimbsAndTheQualifiedPersonsOpinionThroughTheWire() throws IOException {
        Recorded decided = everyEvent().stream().filter(r -> r.event() instanceof RequestEvent.PartDecided)
                .findFirst().orElseThrow();
        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.encode(decided));
        ObjectNode ground = (ObjectNode) tree.at("/data/decisions/0/grounds/0");
        ground.put("harm", "WOULD_OR_WOULD_BE_LIKELY_TO");
        ground.putObject("qualifiedOpinion").put("person", "Chief Executive").put("givenOn", "2023-11-01");

        assertThat(schemaFor("uk.foi.request.part-decided.v3").validate(tree)).isEmpty();
        Recorded read = CODEC.decode(tree.toString());
        uk.foi.exemptions.refusal.Ground first = ((RequestEvent.PartDecided) read.event()).decisions().get(0)
                .grounds().get(0);
        assertThat(first.harm()).contains(uk.foi.exemptions.refusal.HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO);
        assertThat(first.qualifiedOpinion()).contains(new uk.foi.exemptions.refusal.QualifiedOpinion(
                "Chief Executive", java.time.LocalDate.of(2023, 11, 1)));
        assertThat(JSON.readTree(CODEC.encode(read))).as("and writes it back as read").isEqualTo(tree);
    }

    @Test
    void theSchemasAreStrict() throws IOException {
        Recorded decided = everyEvent().stream().filter(r -> r.event() instanceof RequestEvent.PartDecided)
                .findFirst().orElseThrow();
        ObjectNode tree = (ObjectNode) JSON.readTree(CODEC.encode(decided));
        ((ObjectNode) tree.get("data")).put("requesterEmail", "someone@example.org");
        ((ObjectNode) tree.at("/data/decisions/0/grounds/0")).put("citation", "s31");

        Set<ValidationMessage> problems = schemaFor("uk.foi.request.part-decided.v3").validate(tree);

        assertThat(problems).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("requesterEmail"))
                .anyMatch(m -> m.contains("citation"));
    }

    @Test
    void noSchemaHasAPlaceForTheRequestersDetails() throws IOException {
        List<String> fields = new ArrayList<>();
        for (String type : EventTypes.all().keySet()) {
            collectFieldNames(read(type + ".json"), fields);
        }
        collectFieldNames(read("common.json"), fields);

        assertThat(fields).isNotEmpty().noneMatch(f -> f.matches("(?i).*(name|email|phone|address|requester).*"));
    }

    @Test
    void malformedMessagesAreRejectedWithTheReason() throws IOException {
        String good = CODEC.encode(everyEvent().get(0));
        ObjectNode tree = (ObjectNode) JSON.readTree(good);

        assertThatThrownBy(() -> CODEC.decode("{not json")).isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> CODEC.decode(tree.deepCopy().put("specversion", "0.3").toString()))
                .hasMessageStartingWith("specversion must be 1.0");
        assertThatThrownBy(() -> CODEC.decode(tree.deepCopy().put("type", "uk.foi.request.exploded.v1").toString()))
                .hasMessage("unknown event type 'uk.foi.request.exploded.v1'");
        ObjectNode noState = tree.deepCopy();
        ((ObjectNode) noState.get("data")).remove("request");
        assertThatThrownBy(() -> CODEC.decode(noState.toString()))
                .hasMessage("uk.foi.request.received.v2: data.request (the request's state) is missing");
        ObjectNode badDate = tree.deepCopy();
        ((ObjectNode) badDate.get("data")).put("receivedOn", "2023-02-30");
        assertThatThrownBy(() -> CODEC.decode(badDate.toString())).isInstanceOf(EventFormatException.class)
                .hasMessageContaining("receivedOn");
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = EventCodec.class.getResourceAsStream("schema/" + file)) {
            return JSON.readTree(in);
        }
    }

    private static void collectFieldNames(JsonNode node, List<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collectFieldNames(it.next(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectFieldNames(child, out));
        }
    }
}
