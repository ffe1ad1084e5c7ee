package uk.foi.notifier.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import uk.foi.schedule.Alert;
import uk.foi.schedule.Schedule;

/**
 * Deadline events on the wire: CloudEvents 1.0, structured JSON, like the request events (see docs/events.md).
 * No personal data: the request's reference, owner and dates only.
 */
public final class DeadlineEvents {

    /** The content type of every message. */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    private DeadlineEvents() {
    }

    /**
     * @param s   the request's schedule
     * @param a   the alert
     * @param now when it is emitted
     * @return the event's JSON
     */
    public static byte[] encode(Schedule s, Alert a, Instant now) {
        ObjectNode e = Json.MAPPER.createObjectNode();
        e.put("specversion", "1.0");
        e.put("id", a.id(s.requestId()).toString());
        e.put("source", "/authorities/" + s.authority() + "/notifier");
        e.put("type", a.kind().eventType());
        e.put("subject", s.requestId());
        e.put("time", now.toString());
        e.put("datacontenttype", "application/json");
        e.put("authority", s.authority());
        ObjectNode data = e.putObject("data");
        data.put("requestId", s.requestId());
        data.put("reference", s.reference());
        data.put("regime", s.regime().name());
        data.put("status", s.status().name());
        s.assignee().ifPresent(v -> data.put("assignee", v));
        s.team().ifPresent(v -> data.put("team", v));
        data.put("alert", a.kind().name());
        data.put("urgent", a.kind().urgent());
        data.put("deadline", a.deadline().name());
        data.put("due", a.due().toString());
        data.put("fireOn", a.fireOn().toString());
        if (a.lead() > 0) {
            data.put(a.kind().name().endsWith("OVERDUE") ? "repeat" : "workingDaysBefore", a.lead());
        }
        a.movedFrom().ifPresent(v -> data.put("from", v.toString()));
        a.reason().ifPresent(v -> data.put("reason", v));
        s.deadlines().stream().filter(d -> d.kind() == a.deadline()).findFirst()
                .ifPresent(d -> data.put("rule", d.rule()));
        try {
            return Json.MAPPER.writeValueAsBytes(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
