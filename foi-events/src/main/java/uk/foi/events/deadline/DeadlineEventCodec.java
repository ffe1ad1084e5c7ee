package uk.foi.events.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import uk.foi.core.request.Status;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;
import uk.foi.events.EventCodec;
import uk.foi.events.EventFormatException;

/**
 * Writes and reads deadline events as CloudEvents 1.0 structured JSON, like the request events ({@link EventCodec}):
 * {@code specversion}, {@code id}, {@code source}, {@code type}, {@code subject}, {@code time},
 * {@code datacontenttype} {@code application/json}, {@code dataschema}, {@code authority} (alerts only) and
 * {@code data}. The field names are those wave 1 wrote as untyped JSON, so a reader of those still reads these.
 * Readers ignore fields they do not know. Thread-safe.
 */
public final class DeadlineEventCodec {

    /** The content type of a structured-mode message. */
    public static final String CONTENT_TYPE = EventCodec.CONTENT_TYPE;
    /** Where a digest says it comes from. */
    static final String DIGEST_SOURCE = "/notifier/digests";

    private final ObjectMapper mapper = JsonMapper.builder().build();

    /**
     * @param event an alert or a digest
     * @return its JSON
     */
    public byte[] encode(DeadlineEvent event) {
        try {
            return mapper.writeValueAsBytes(tree(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param event an alert or a digest
     * @return its JSON tree
     */
    public ObjectNode tree(DeadlineEvent event) {
        ObjectNode e = mapper.createObjectNode();
        e.put("specversion", EventCodec.SPEC_VERSION);
        e.put("id", event.id().toString());
        e.put("source", event instanceof DeadlineAlert a ? "/authorities/" + a.authority() + "/notifier"
                : DIGEST_SOURCE);
        e.put("type", event.type());
        e.put("subject", event.subject());
        e.put("time", event.time().toString());
        e.put("datacontenttype", "application/json");
        e.put("dataschema", EventCodec.SCHEMA_BASE + event.type() + ".json");
        if (event instanceof DeadlineAlert a) {
            e.put("authority", a.authority());
            ObjectNode data = e.putObject("data");
            data.put("requestId", a.requestId());
            data.put("reference", a.reference());
            data.put("regime", a.regime().name());
            data.put("status", a.status().name());
            a.assignee().ifPresent(v -> data.put("assignee", v));
            a.team().ifPresent(v -> data.put("team", v));
            data.put("alert", a.alert().name());
            data.put("urgent", a.alert().urgent());
            data.put("deadline", a.deadline().name());
            data.put("due", a.due().toString());
            data.put("fireOn", a.fireOn().toString());
            if (a.lead() > 0) {
                data.put(a.alert().repeats() ? "repeat" : "workingDaysBefore", a.lead());
            }
            a.from().ifPresent(v -> data.put("from", v.toString()));
            a.reason().ifPresent(v -> data.put("reason", v));
            a.rule().ifPresent(v -> data.put("rule", v));
        } else if (event instanceof TeamDigest d) {
            ObjectNode data = e.putObject("data");
            data.put("team", d.team());
            data.put("day", d.day().toString());
            ArrayNode items = data.putArray("items");
            d.items().forEach(i -> items.add(item(i)));
        }
        return e;
    }

    /**
     * @param item a digest item
     * @return its JSON, as in a digest's {@code data.items}
     */
    public ObjectNode item(TeamDigest.Item item) {
        ObjectNode i = mapper.createObjectNode();
        i.put("requestId", item.requestId());
        i.put("reference", item.reference());
        i.put("deadline", item.deadline().name());
        i.put("due", item.due().toString());
        i.put("rule", item.rule());
        item.assignee().ifPresent(v -> i.put("assignee", v));
        return i;
    }

    /**
     * @param json a digest item's JSON
     * @param path where it is, for the error message
     * @return the item
     * @throws EventFormatException if it is not one
     */
    public TeamDigest.Item item(JsonNode json, String path) {
        Fields f = new Fields(json, path);
        return new TeamDigest.Item(f.text("requestId"), f.text("reference"),
                f.parse("deadline", DeadlineKind::valueOf), f.parse("due", LocalDate::parse), f.text("rule"),
                f.optional("assignee"));
    }

    /**
     * Reads a deadline event.
     *
     * @param bytes the message
     * @return the event
     * @throws EventFormatException naming the field, if it is not a deadline event this codec can read
     */
    public DeadlineEvent decode(byte[] bytes) {
        JsonNode e;
        try {
            e = mapper.readTree(bytes);
        } catch (JsonProcessingException ex) {
            throw new EventFormatException("not JSON: " + ex.getOriginalMessage(), ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (e == null || !e.isObject()) {
            throw new EventFormatException("not a JSON object", null);
        }
        Fields env = new Fields(e, "");
        if (!EventCodec.SPEC_VERSION.equals(env.text("specversion"))) {
            throw new EventFormatException("specversion: " + e.get("specversion") + " is not "
                    + EventCodec.SPEC_VERSION, null);
        }
        String type = env.text("type");
        UUID id = env.parse("id", UUID::fromString);
        Instant time = env.parse("time", Instant::parse);
        JsonNode data = e.get("data");
        if (data == null || !data.isObject()) {
            throw new EventFormatException("data: missing or not an object", null);
        }
        Fields d = new Fields(data, "data.");
        if (TeamDigest.TYPE.equals(type)) {
            JsonNode items = data.get("items");
            if (items == null || !items.isArray()) {
                throw new EventFormatException("data.items: missing or not an array", null);
            }
            List<TeamDigest.Item> list = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                list.add(item(items.get(i), "data.items[" + i + "]."));
            }
            return new TeamDigest(id, time, d.text("team"), d.parse("day", LocalDate::parse), list);
        }
        AlertKind kind = AlertKind.ofType(type).orElseThrow(() -> new EventFormatException("type: " + type
                + " is not a deadline event type", null));
        int lead = data.has("repeat") ? d.parse("repeat", Integer::parseInt)
                : data.has("workingDaysBefore") ? d.parse("workingDaysBefore", Integer::parseInt) : 0;
        return new DeadlineAlert(id, time, env.text("authority"), d.text("requestId"), d.text("reference"),
                d.parse("regime", Regime::valueOf), d.parse("status", Status::valueOf), d.optional("assignee"),
                d.optional("team"), kind, d.parse("deadline", DeadlineKind::valueOf), d.parse("due", LocalDate::parse),
                d.parse("fireOn", LocalDate::parse), lead, d.optional("from").map(v -> d.parse("from",
                        LocalDate::parse)), d.optional("reason"), d.optional("rule"));
    }

    /** Reads the fields of one object, naming the path of any that is missing or malformed. */
    private record Fields(JsonNode node, String path) {
        String text(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull() || !v.isValueNode() || v.asText().isEmpty()) {
                throw new EventFormatException(path + name + ": missing or empty", null);
            }
            return v.asText();
        }

        Optional<String> optional(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? Optional.empty() : Optional.of(text(name));
        }

        <T> T parse(String name, Function<String, T> parser) {
            String v = text(name);
            try {
                return parser.apply(v);
            } catch (RuntimeException ex) {
                throw new EventFormatException(path + name + ": \"" + abbreviate(v) + "\" cannot be read ("
                        + ex.getClass().getSimpleName() + ")", ex);
            }
        }

        private static String abbreviate(String v) {
            return v.length() <= 40 ? v : v.substring(0, 40) + "...";
        }
    }
}
