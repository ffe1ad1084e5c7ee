package uk.foi.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.foi.core.request.RequestEvent;

/**
 * The CloudEvents {@code type} of each request event: {@code uk.foi.request.<name>.v<n>}. The version changes when
 * a change would break a reader of the previous version (a field removed, renamed, retyped, or newly required, as the
 * schemas refuse fields they do not list); the codec writes the newest version and still reads every older one. Each
 * type has a JSON Schema, {@code uk/foi/events/schema/<type>.json}.
 */
public final class EventTypes {

    /** The prefix every type shares. */
    public static final String PREFIX = "uk.foi.request.";

    private static final Map<Class<? extends RequestEvent>, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, Class<? extends RequestEvent>> CLASSES = new LinkedHashMap<>();

    static {
        add(RequestEvent.RequestReceived.class, "received", 2);
        add(RequestEvent.RequestAcknowledged.class, "acknowledged");
        add(RequestEvent.RequestAssigned.class, "assigned");
        add(RequestEvent.ClarificationSought.class, "clarification-sought");
        add(RequestEvent.ClarificationReceived.class, "clarification-received");
        add(RequestEvent.FeesNoticeIssued.class, "fees-notice-issued");
        add(RequestEvent.FeePaid.class, "fee-paid");
        add(RequestEvent.DeadlineExtended.class, "deadline-extended");
        add(RequestEvent.PartDecided.class, "part-decided", 3);
        add(RequestEvent.ResponseIssued.class, "response-issued");
        add(RequestEvent.ReviewRequested.class, "review-requested");
        add(RequestEvent.ReviewCompleted.class, "review-completed", 2);
        add(RequestEvent.IcoComplaintLodged.class, "ico-complaint-lodged");
        add(RequestEvent.DecisionNoticeReceived.class, "decision-notice-received", 2);
        add(RequestEvent.DecisionNoticeComplied.class, "decision-notice-complied");
        add(RequestEvent.TribunalAppealLodged.class, "tribunal-appeal-lodged");
        add(RequestEvent.RequestWithdrawn.class, "withdrawn");
        add(RequestEvent.RequestLapsed.class, "lapsed");
        add(RequestEvent.RequestClosed.class, "closed");
        add(RequestEvent.HandlingChanged.class, "handling-changed");
        add(RequestEvent.PartsRerouted.class, "parts-rerouted");
        add(RequestEvent.ResponsePublished.class, "published");
        add(RequestEvent.PublicationWithdrawn.class, "publication-withdrawn");
        add(RequestEvent.CommandRefused.class, "command-refused");
    }

    private EventTypes() {
    }

    private static void add(Class<? extends RequestEvent> type, String name) {
        add(type, name, 1);
    }

    /** Registers every version up to the newest, which is the one written. */
    private static void add(Class<? extends RequestEvent> type, String name, int newest) {
        for (int v = 1; v <= newest; v++) {
            CLASSES.put(PREFIX + name + ".v" + v, type);
        }
        NAMES.put(type, PREFIX + name + ".v" + newest);
    }

    /**
     * @param event an event's class
     * @return its CloudEvents type
     * @throws IllegalArgumentException if the class has no type (a new event without a wire name)
     */
    public static String of(Class<? extends RequestEvent> event) {
        String name = NAMES.get(event);
        if (name == null) {
            throw new IllegalArgumentException(event.getSimpleName() + " has no wire type");
        }
        return name;
    }

    /**
     * @param type a CloudEvents type
     * @return the event class, if the type is one of ours
     */
    public static Optional<Class<? extends RequestEvent>> classOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }

    /** @return every type read, older versions included, in the order of a request's life */
    public static Map<String, Class<? extends RequestEvent>> all() {
        return java.util.Collections.unmodifiableMap(CLASSES);
    }
}
