package uk.foi.events;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.Recorded;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.RequestState;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * Writes and reads request events as CloudEvents 1.0 structured JSON (the JSON event format, content type
 * {@code application/cloudevents+json}). The envelope holds the header: {@code id} (the event id), {@code source}
 * ({@code /authorities/<id>}), {@code type} (see {@link EventTypes}), {@code subject} (the request id), {@code time}
 * (when it was recorded), {@code datacontenttype} {@code application/json}, {@code dataschema}, and two extension
 * attributes, {@code authority} and {@code foisequence} (the event's position in the request's history, for ordering
 * and dropping duplicates). {@code data} holds the event's own fields and, under {@code request}, the request's state
 * after it with the deadlines then in force. Nothing in it identifies the requester.
 *
 * <p>Thread-safe. Readers ignore fields they do not know, so adding an optional field does not break them.
 */
public final class EventCodec {

    /** The CloudEvents version written and accepted. */
    public static final String SPEC_VERSION = "1.0";
    /** Where the schemas say they live; {@code .invalid} (RFC 2606) because they are resolved from the jar. */
    public static final String SCHEMA_BASE = "https://schemas.foi.invalid/events/";
    /** The content type of a structured-mode message. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private final ObjectMapper mapper;

    private EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @return the codec */
    public static EventCodec standard() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule()).addModule(new Jdk8Module()).addModule(domainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                // Only record components go on the wire, never derived isX() methods such as
                // PublicInterestRecord.isComplete().
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .build();
        return new EventCodec(mapper);
    }

    /**
     * The Jackson module for the domain types events carry (citations, ids, working days, a request's clock), for a
     * consumer that stores them in its own JSON, as the notifier does its schedules.
     *
     * @return a new module
     */
    public static SimpleModule domainModule() {
        SimpleModule domain = new SimpleModule("foi-domain");
        scalar(domain, Citation.class, Citation::toString, Citation::parse);
        scalar(domain, RequestId.class, RequestId::toString, RequestId::parse);
        scalar(domain, AuthorityId.class, AuthorityId::value, AuthorityId::of);
        domain.addSerializer(WorkingDays.class, new StdScalarSerializer<>(WorkingDays.class) {
            @Override
            public void serialize(WorkingDays value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeNumber(value.count());
            }
        });
        domain.addDeserializer(WorkingDays.class, new StdScalarDeserializer<>(WorkingDays.class) {
            @Override
            public WorkingDays deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return WorkingDays.of(p.getValueAsInt());
            }
        });
        ClockJson.register(domain);
        return domain;
    }

    private static <T> void scalar(SimpleModule module, Class<T> type, Function<T, String> write,
            Function<String, T> read) {
        module.addSerializer(type, new StdScalarSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(write.apply(value));
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return read.apply(text);
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(text, type, e.getMessage());
                }
            }
        });
    }

    /**
     * @param recorded an event and the request's state after it
     * @return the CloudEvent as a JSON tree
     */
    public ObjectNode toTree(Recorded recorded) {
        Objects.requireNonNull(recorded, "recorded");
        RequestEvent event = recorded.event();
        RequestEvent.Metadata meta = event.meta();
        String type = EventTypes.of(event.getClass());
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("specversion", SPEC_VERSION);
        envelope.put("id", meta.eventId().toString());
        envelope.put("source", "/authorities/" + meta.authority().value());
        envelope.put("type", type);
        envelope.put("subject", meta.requestId().toString());
        envelope.put("time", meta.occurredAt().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("dataschema", SCHEMA_BASE + type + ".json");
        envelope.put("authority", meta.authority().value());
        envelope.put("foisequence", meta.sequence());
        ObjectNode data = mapper.valueToTree(event);
        data.remove("meta");
        data.set("request", mapper.valueToTree(recorded.state()));
        envelope.set("data", data);
        return envelope;
    }

    /**
     * @param recorded an event and the request's state after it
     * @return the CloudEvent as JSON text
     */
    public String encode(Recorded recorded) {
        try {
            return mapper.writeValueAsString(toTree(recorded));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written", e);
        }
    }

    /**
     * @param recorded an event and the request's state after it
     * @return the CloudEvent as UTF-8 JSON
     */
    public byte[] encodeBytes(Recorded recorded) {
        return encode(recorded).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a CloudEvent written by {@link #encode}.
     *
     * @param json the CloudEvent
     * @return the event and the state it carried
     * @throws EventFormatException if it is not valid JSON, not CloudEvents 1.0, of an unknown type, or its data does
     *                              not make a valid event; the message says which
     */
    public Recorded decode(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new EventFormatException("a CloudEvent is a JSON object", null);
        }
        if (!SPEC_VERSION.equals(text(root, "specversion"))) {
            throw new EventFormatException("specversion must be " + SPEC_VERSION + ", not "
                    + root.path("specversion"), null);
        }
        String type = text(root, "type");
        Class<? extends RequestEvent> eventClass = EventTypes.classOf(type).orElseThrow(
                () -> new EventFormatException("unknown event type '" + type + "'", null));
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new EventFormatException(type + ": data must be a JSON object", null);
        }
        try {
            RequestEvent.Metadata meta = new RequestEvent.Metadata(UUID.fromString(text(root, "id")),
                    RequestId.parse(text(root, "subject")), AuthorityId.of(text(root, "authority")),
                    root.path("foisequence").asLong(0), Instant.parse(text(root, "time")));
            ObjectNode fields = ((ObjectNode) data).deepCopy();
            JsonNode state = fields.remove("request");
            if (state == null) {
                throw new EventFormatException(type + ": data.request (the request's state) is missing", null);
            }
            fields.set("meta", mapper.valueToTree(meta));
            upcast(type, fields, state);
            RequestEvent event = mapper.treeToValue(fields, eventClass);
            return new Recorded(event, mapper.treeToValue(state, RequestState.class));
        } catch (JsonProcessingException e) {
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                    ? " (at data" + m.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                            : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining()) + ")"
                    : "";
            throw new EventFormatException(type + ": " + e.getOriginalMessage() + where, e);
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            if (e instanceof EventFormatException known) {
                throw known;
            }
            throw new EventFormatException(type + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json UTF-8 JSON
     * @return the event
     * @throws EventFormatException as {@link #decode(String)}
     */
    public Recorded decode(byte[] json) {
        return decode(new String(json, StandardCharsets.UTF_8));
    }

    /**
     * Brings an older version's fields to the current shape. {@code received.v1} has no {@code handling}; the profile
     * its request was handled under is the one its state's clock was computed from, where that was written.
     * {@code part-decided.v1} has no {@code circumstances}: none were recorded. {@code part-decided.v1} and
     * {@code .v2} record citations, reasons, harm and a public interest test once per decision; they become one
     * ground per citation, the part's records placed on the provisions they belong to by the bundled catalogue
     * ({@link Ground#share}), so that nothing recorded is lost. {@code review-completed.v1} re-decided no part;
     * {@code decision-notice-received.v1} recorded no steps date (its {@code stepsBy} reads as empty).
     */
    private void upcast(String type, ObjectNode fields, JsonNode state) throws JsonProcessingException {
        boolean v1 = type.equals(EventTypes.PREFIX + "part-decided.v1");
        if ((v1 || type.equals(EventTypes.PREFIX + "part-decided.v2"))
                && fields.get("decisions") instanceof ArrayNode decisions) {
            for (JsonNode decision : decisions) {
                if (decision instanceof ObjectNode d) {
                    if (v1 && !d.has("circumstances")) {
                        d.putArray("circumstances");
                    }
                    d.set("grounds", mapper.valueToTree(sharedGrounds(d)));
                }
            }
        }
        if (type.equals(EventTypes.PREFIX + "review-completed.v1") && !fields.has("decisions")) {
            fields.putArray("decisions");
        }
        if (type.equals(EventTypes.PREFIX + "received.v1") && !fields.has("handling")) {
            JsonNode profile = state.path("clock").path("profile");
            if (profile.isObject()) {
                fields.set("handling", profile);
            }
        }
    }

    /** Reads and removes a 0.1 decision's citations, reasons, harm and public interest test, as grounds. */
    private List<Ground> sharedGrounds(ObjectNode d) throws JsonProcessingException {
        List<Citation> cited = new ArrayList<>();
        for (JsonNode c : d.path("citations")) {
            cited.add(Citation.parse(c.asText()));
        }
        String reasons = d.path("reasons").asText("");
        JsonNode harm = d.get("harm");
        JsonNode test = d.get("publicInterest");
        Optional<HarmLikelihood> likelihood = harm == null || harm.isNull() ? Optional.empty()
                : Optional.of(mapper.treeToValue(harm, HarmLikelihood.class));
        Optional<PublicInterestRecord> publicInterest = test == null || test.isNull() ? Optional.empty()
                : Optional.of(mapper.treeToValue(test, PublicInterestRecord.class));
        d.remove(List.of("citations", "reasons", "harm", "publicInterest"));
        return Ground.share(cited, reasons, likelihood, publicInterest, Catalogue.bundled());
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new EventFormatException("the CloudEvent's '" + field + "' must be a string", null);
        }
        return node.asText();
    }
}
