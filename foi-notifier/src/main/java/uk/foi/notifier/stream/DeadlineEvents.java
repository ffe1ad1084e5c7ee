package uk.foi.notifier.stream;

import java.time.Instant;
import uk.foi.events.deadline.DeadlineAlert;
import uk.foi.events.deadline.DeadlineEventCodec;
import uk.foi.schedule.Alert;
import uk.foi.schedule.Schedule;

/**
 * Deadline events on the wire: typed {@link DeadlineAlert}s written by foi-events' {@link DeadlineEventCodec}
 * (CloudEvents 1.0, structured JSON, a JSON Schema per type; see docs/events.md). No personal data: the request's
 * reference, owner and dates only.
 */
final class DeadlineEvents {

    /** The content type of every message. */
    static final String CONTENT_TYPE = DeadlineEventCodec.CONTENT_TYPE;
    static final DeadlineEventCodec CODEC = new DeadlineEventCodec();

    private DeadlineEvents() {
    }

    /**
     * @param s   the request's schedule
     * @param a   the alert
     * @param now when it is emitted
     * @return the event
     */
    static DeadlineAlert of(Schedule s, Alert a, Instant now) {
        return new DeadlineAlert(a.id(s.requestId()), now, s.authority(), s.requestId(), s.reference(), s.regime(),
                s.status(), s.assignee(), s.team(), a.kind(), a.deadline(), a.due(), a.fireOn(), a.lead(),
                a.movedFrom(), a.reason(), s.deadlines().stream().filter(d -> d.kind() == a.deadline())
                        .findFirst().map(d -> d.rule()));
    }

    /**
     * @param s   the request's schedule
     * @param a   the alert
     * @param now when it is emitted
     * @return the event's JSON
     */
    static byte[] encode(Schedule s, Alert a, Instant now) {
        return CODEC.encode(of(s, a, now));
    }
}
