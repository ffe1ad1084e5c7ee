package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A fees notice pauses the clock. The working days from the day the authority gives a fees notice to the day it
 * receives the fee, both included, are disregarded in counting the time for compliance (FOIA s10(2); FOISA s10(2)):
 * a pause, not a restart. A notice given after the time for compliance has ended stops nothing (FOIA s9(1): the notice
 * is given "within the period" for compliance); the counting step warns when that happens.
 *
 * <p>Under the EIR and EISR (reg 8) there is no statutory pause. Whether ICO practice allows one is unverified, so
 * the engine does not pause: that gives the earlier, safe date, and the explanation says so.
 *
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/10">FOIA s10(2)</a>
 * @see <a href="https://www.legislation.gov.uk/asp/2002/13/section/10">FOISA s10(2)</a>
 */
final class FeesNoticePausesTheClock implements ResponseRule {

    @Override
    public void apply(ResponseWorking w) {
        String section = section(w.regime());
        LocalDate notice = null;
        for (ClockEvent event : w.timeline.events()) {
            if (event instanceof ClockEvent.FeesNoticeGiven given) {
                notice = given.on();
            } else if (event instanceof ClockEvent.FeeReceived paid && notice != null) {
                pause(w, section, notice, Optional.of(paid.on()));
                notice = null;
            }
        }
        if (notice != null) {
            pause(w, section, notice, Optional.empty());
        }
    }

    /** @return the section that pauses the clock for a fee, or null where the law has no pause (EIR reg 8) */
    private static String section(Regime regime) {
        return switch (regime) {
            case FOIA -> "FOIA s10(2)";
            case FOISA -> "FOISA s10(2)";
            default -> null;
        };
    }

    /**
     * @param timeline a request under one law
     * @return true while a fee is awaited under a law that pauses the clock for it: the pause then runs to the day of
     *         assessing (true also where the notice came before a clarification restarted the count, which it does
     *         not pause: the date is then merely judged on the day, never wrong)
     */
    static boolean countsToToday(RequestTimeline timeline) {
        return section(timeline.profile().regime()) != null
                && timeline.awaiting(ClockEvent.FeesNoticeGiven.class, ClockEvent.FeeReceived.class).isPresent();
    }

    private static void pause(ResponseWorking w, String section, LocalDate notice, Optional<LocalDate> paid) {
        if (section == null) {
            w.step("Fees notice " + Explanation.day(notice) + ": " + w.regime() + " reg 8 has no statutory pause, so the"
                    + " clock keeps running (the earlier, safe reading).");
            return;
        }
        if (notice.isBefore(w.receivedOn)) {
            w.step("Fees notice " + Explanation.day(notice) + " came before the clock restarted on "
                    + Explanation.day(w.receivedOn) + "; it does not pause the new count.");
            return;
        }
        LocalDate until = paid.orElse(w.today.isBefore(notice) ? notice : w.today);
        String why = section + ": fees notice given " + Explanation.day(notice) + ", " + (paid.isPresent()
                ? "fee received " + Explanation.day(until)
                : "fee not yet received (the date below assumes it arrives " + Explanation.day(until) + ")");
        w.stops.add(new ResponseWorking.Stop(notice, until, why));
    }
}
