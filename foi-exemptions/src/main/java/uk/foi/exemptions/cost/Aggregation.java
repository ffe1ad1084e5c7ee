package uk.foi.exemptions.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * Aggregating requests for the cost limit: FOIA s12(4) and SI 2004/3244 reg 5. The estimated costs of two or more
 * requests may be added together where they come from one person, or from people who appear to act in concert or in
 * a campaign, relate to any extent to the same or similar information, and are received within any period of 60
 * consecutive working days. Who counts as acting together and what is similar are judgements the caller makes: this
 * class is given those requests and finds the 60-working-day window that aggregates the highest cost.
 * https://www.legislation.gov.uk/uksi/2004/3244/regulation/5
 */
public final class Aggregation {

    /** The consecutive working days within which requests may be aggregated (reg 5(2)). */
    public static final int WINDOW_WORKING_DAYS = 60;

    /**
     * A request that may be aggregated.
     *
     * @param reference the request's reference
     * @param received  the date it was received
     * @param costPence its own estimated cost in pence
     */
    public record Candidate(String reference, LocalDate received, long costPence) {
        /** Checks the fields. */
        public Candidate {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(received, "received");
            if (costPence < 0) {
                throw new IllegalArgumentException("negative cost for " + reference);
            }
        }
    }

    /**
     * The requests aggregated and their total.
     *
     * @param requests   the requests in the window, oldest first
     * @param totalPence their total estimated cost
     * @param first      the first working day of the window
     * @param last       the last working day of the window
     */
    public record Window(List<Candidate> requests, long totalPence, LocalDate first, LocalDate last) {
        /** Copies the list. */
        public Window {
            requests = List.copyOf(requests);
        }

        /**
         * @param tier the authority's limit
         * @return true if the aggregated cost exceeds it
         */
        public boolean exceeds(CostLimitTier tier) {
            return totalPence > tier.limitPence();
        }
    }

    private final WorkingDayCalendar calendar;

    /** @param calendar the regime's working-day calendar (FOIA s10(6)); not null */
    public Aggregation(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Finds the window of 60 consecutive working days that contains {@code request} and aggregates the highest cost.
     * A request received on a non-working day counts from the next working day.
     *
     * @param request the request being estimated
     * @param others  earlier or later requests from the same person or people acting together, for similar
     *                information
     * @return the best window; at least the request itself
     */
    public Window bestWindowFor(Candidate request, List<Candidate> others) {
        Objects.requireNonNull(request, "request");
        List<Candidate> all = new ArrayList<>(others);
        all.add(request);
        all.sort(Comparator.comparing(Candidate::received));
        // each request counts from its first working day; worked out once, not once per window
        List<LocalDate> days = all.stream().map(c -> calendar.workingDayOnOrAfter(c.received())).toList();
        LocalDate anchor = calendar.workingDayOnOrAfter(request.received());
        Window best = null;
        for (LocalDate first : days) {
            if (first.isAfter(anchor)) {
                break;
            }
            LocalDate last = calendar.plusWorkingDays(first, WINDOW_WORKING_DAYS - 1);
            if (last.isBefore(anchor)) {
                continue;
            }
            List<Candidate> inside = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (!days.get(i).isBefore(first) && !days.get(i).isAfter(last)) {
                    inside.add(all.get(i));
                }
            }
            long total = inside.stream().mapToLong(Candidate::costPence).sum();
            if (best == null || total > best.totalPence()) {
                best = new Window(inside, total, first, last);
            }
        }
        return best;
    }
}
