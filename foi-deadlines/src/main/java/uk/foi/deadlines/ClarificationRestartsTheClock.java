package uk.foi.deadlines;

import java.util.List;

/**
 * Clarification restarts the clock. Where the authority reasonably needs more detail to find the information and has
 * said so, it need not comply until the detail arrives (FOIA s1(3)); the date of receipt becomes the day the
 * clarification is received (FOIA s10(6)(b)), so the 20 working days run afresh from then: a restart, not a pause.
 * The same holds under EIR reg 9(4) and FOISA s1(3) with s10(1)(b).
 *
 * <p>While clarification is awaited the response date is not running; the engine shows the date it would be if the
 * clarification arrived today.
 *
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/1">FOIA s1(3)</a>
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/10">FOIA s10(6)</a>
 */
final class ClarificationRestartsTheClock implements ResponseRule {

    @Override
    public void apply(ResponseWorking w) {
        w.receivedOn = w.timeline.receivedOn();
        w.step("Request received " + Explanation.day(w.receivedOn) + ".");
        List<ClockEvent> events = w.timeline.events();
        for (ClockEvent event : events) {
            if (event instanceof ClockEvent.ClarificationSought sought) {
                w.step("Clarification sought " + Explanation.day(sought.on()) + " (" + section(w.regime())
                        + "): the authority need not comply until it arrives.");
            } else if (event instanceof ClockEvent.ClarificationReceived received) {
                w.receivedOn = received.on();
                w.step("Clarification received " + Explanation.day(received.on())
                        + ": the time for compliance runs afresh from it (a restart, not a pause).");
            }
        }
        if (countsToToday(w.timeline)) {
            w.receivedOn = w.today.isAfter(w.receivedOn) ? w.today : w.receivedOn;
            w.step("Still awaiting clarification: the date below assumes it arrives " + Explanation.day(w.receivedOn)
                    + ".");
        }
    }

    /**
     * @param timeline a request under one law
     * @return true while a clarification is awaited: the date then assumes it arrives on the day of assessing
     */
    static boolean countsToToday(RequestTimeline timeline) {
        return timeline.awaiting(ClockEvent.ClarificationSought.class, ClockEvent.ClarificationReceived.class)
                .isPresent();
    }

    private static String section(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA s1(3)";
            case EIR -> "EIR reg 9";
            case FOISA -> "FOISA s1(3)";
            case EISR -> "EISR reg 9";
            case SAR -> "UK GDPR Art 12";
        };
    }
}
