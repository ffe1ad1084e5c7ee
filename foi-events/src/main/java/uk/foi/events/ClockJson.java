package uk.foi.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.foi.deadlines.AuthorityPolicy;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.SchoolDays;
import uk.foi.deadlines.WorkingDays;
import uk.foi.deadlines.calendar.Division;

/**
 * The JSON of a request's clock ({@link RequestTimeline}): its profile and its dated clock events, small and of
 * bounded shape (a type and a date each), so that every event can carry it and a consumer can recompute the dates
 * from the last event alone. Schema: {@code common.json#/$defs/clock}.
 *
 * <pre>{@code
 * {"requestId": "…",
 *  "profile": {"regime": "FOIA", "authorityType": "STANDARD", "nation": "england-and-wales",
 *              "policy": {"receiptRule": "LITERAL", "reviewRequestWindow": 40, "reviewTarget": 20,
 *                         "reviewMaximum": 40, "regulatorWindow": "P42D"},
 *              "schoolTerms": "term,2026-09-02,2026-10-23\n…"},
 *  "events": [{"type": "RequestReceived", "on": "2026-11-20"},
 *             {"type": "ExtendedForPublicInterest", "on": "2026-12-10", "further": 20}]}
 * }</pre>
 */
final class ClockJson {

    /** Each clock event type by its wire name, with how to make it from a date (and, for one, a number of days). */
    private static final Map<String, BiFunction<LocalDate, JsonNode, ClockEvent>> READERS = Map.ofEntries(
            Map.entry("RequestReceived", (on, n) -> new ClockEvent.RequestReceived(on)),
            Map.entry("ClarificationSought", (on, n) -> new ClockEvent.ClarificationSought(on)),
            Map.entry("ClarificationReceived", (on, n) -> new ClockEvent.ClarificationReceived(on)),
            Map.entry("FeesNoticeGiven", (on, n) -> new ClockEvent.FeesNoticeGiven(on)),
            Map.entry("FeeReceived", (on, n) -> new ClockEvent.FeeReceived(on)),
            Map.entry("ExtendedForPublicInterest", (on, n) -> new ClockEvent.ExtendedForPublicInterest(on,
                    WorkingDays.of(required(n, "further").intValue()))),
            Map.entry("ExtendedAsComplexAndVoluminous", (on, n) -> new ClockEvent.ExtendedAsComplexAndVoluminous(on)),
            Map.entry("SubjectAccessExtended", (on, n) -> new ClockEvent.SubjectAccessExtended(on)),
            Map.entry("ResponseIssued", (on, n) -> new ClockEvent.ResponseIssued(on)),
            Map.entry("ReviewRequested", (on, n) -> new ClockEvent.ReviewRequested(on)),
            Map.entry("ReviewCompleted", (on, n) -> new ClockEvent.ReviewCompleted(on)),
            Map.entry("ComplaintToRegulator", (on, n) -> new ClockEvent.ComplaintToRegulator(on)),
            Map.entry("DecisionNoticeServed", (on, n) -> new ClockEvent.DecisionNoticeServed(on,
                    Optional.ofNullable(n.get("stepsBy")).map(JsonNode::asText).map(LocalDate::parse))),
            Map.entry("AppealLodged", (on, n) -> new ClockEvent.AppealLodged(on)),
            Map.entry("DecisionNoticeComplied", (on, n) -> new ClockEvent.DecisionNoticeComplied(on)));

    private ClockJson() {
    }

    /** @param module gets the serializers and deserializers of {@link RequestTimeline} and {@link ClockProfile} */
    static void register(SimpleModule module) {
        asTree(module, ClockProfile.class, ClockJson::writeProfile, ClockJson::readProfile, "a clock profile");
        asTree(module, RequestTimeline.class, ClockJson::write, ClockJson::read, "a request clock");
    }

    /** Writes a value with a generator. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    /**
     * Registers a type written by hand and read from its JSON tree; a tree the reader refuses is a mapping error
     * naming what was expected.
     */
    private static <T> void asTree(SimpleModule module, Class<T> type, Writer<T> writer,
            java.util.function.Function<JsonNode, T> reader, String what) {
        module.addSerializer(type, new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                writer.write(value, gen);
            }
        });
        module.addDeserializer(type, new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = p.readValueAsTree();
                try {
                    return reader.apply(node);
                } catch (RuntimeException e) {
                    throw ctxt.weirdStringException(String.valueOf(node), type, "not " + what + ": " + e.getMessage());
                }
            }
        });
    }

    private static void write(RequestTimeline t, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("requestId", t.requestId());
        gen.writeFieldName("profile");
        writeProfile(t.profile(), gen);
        gen.writeArrayFieldStart("events");
        for (ClockEvent e : t.events()) {
            gen.writeStartObject();
            gen.writeStringField("type", e.getClass().getSimpleName());
            gen.writeStringField("on", e.on().toString());
            if (e instanceof ClockEvent.ExtendedForPublicInterest pit) {
                gen.writeNumberField("further", pit.further().count());
            }
            if (e instanceof ClockEvent.DecisionNoticeServed notice && notice.stepsBy().isPresent()) {
                gen.writeStringField("stepsBy", notice.stepsBy().get().toString());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (t.mixed()) {
            gen.writeObjectFieldStart("partRegimes");
            for (Map.Entry<String, Regime> part : t.partRegimes().entrySet()) {
                gen.writeStringField(part.getKey(), part.getValue().name());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void writeProfile(ClockProfile profile, JsonGenerator gen) throws IOException {
        AuthorityPolicy policy = profile.policy();
        gen.writeStartObject();
        gen.writeStringField("regime", profile.regime().name());
        gen.writeStringField("authorityType", profile.authorityType().name());
        gen.writeStringField("nation", profile.nation().feedKey());
        gen.writeObjectFieldStart("policy");
        gen.writeStringField("receiptRule", policy.receiptRule().name());
        gen.writeNumberField("reviewRequestWindow", policy.reviewRequestWindow().count());
        gen.writeNumberField("reviewTarget", policy.reviewTarget().count());
        gen.writeNumberField("reviewMaximum", policy.reviewMaximum().count());
        gen.writeStringField("regulatorWindow", policy.regulatorWindow().toString());
        gen.writeEndObject();
        if (profile.schoolDays().isPresent()) {
            gen.writeStringField("schoolTerms", profile.schoolDays().get().toString());
        }
        gen.writeEndObject();
    }

    private static RequestTimeline read(JsonNode node) {
        ClockProfile profile = readProfile(required(node, "profile"));
        List<ClockEvent> events = new ArrayList<>();
        for (JsonNode e : required(node, "events")) {
            String type = required(e, "type").asText();
            var reader = READERS.get(type);
            if (reader == null) {
                throw new IllegalArgumentException("unknown clock event type '" + type + "'");
            }
            events.add(reader.apply(LocalDate.parse(required(e, "on").asText()), e));
        }
        Map<String, Regime> parts = new java.util.TreeMap<>();
        node.path("partRegimes").fields().forEachRemaining(f -> parts.put(f.getKey(), Regime.valueOf(f.getValue()
                .asText())));
        return new RequestTimeline(required(node, "requestId").asText(), profile, events, parts);
    }

    private static ClockProfile readProfile(JsonNode p) {
        JsonNode policy = required(p, "policy");
        AuthorityPolicy authorityPolicy = new AuthorityPolicy(
                ReceiptRule.valueOf(required(policy, "receiptRule").asText()),
                WorkingDays.of(required(policy, "reviewRequestWindow").intValue()),
                WorkingDays.of(required(policy, "reviewTarget").intValue()),
                WorkingDays.of(required(policy, "reviewMaximum").intValue()),
                Period.parse(required(policy, "regulatorWindow").asText()));
        Optional<SchoolDays> terms = Optional.ofNullable(p.get("schoolTerms")).map(JsonNode::asText)
                .map(SchoolDays::parse);
        return new ClockProfile(Regime.valueOf(required(p, "regime").asText()),
                AuthorityType.valueOf(required(p, "authorityType").asText()),
                Division.parse(required(p, "nation").asText()), authorityPolicy, terms);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value;
    }
}
