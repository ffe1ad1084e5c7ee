package uk.foi.deadlines;

import java.time.LocalDate;

/**
 * Under the EIR and EISR a request that is complex and voluminous may take up to 40 working days instead of 20
 * (EIR reg 7(1), EISR reg 7(1)); the requester must be told within the first 20 (reg 7(3)). FOIA and FOISA have no
 * such extension.
 *
 * @see <a href="https://www.legislation.gov.uk/uksi/2004/3391/regulation/7">EIR reg 7</a>
 */
final class ComplexAndVoluminousRequestsGetFortyDays implements ResponseRule {

    @Override
    public void apply(ResponseWorking w) {
        w.timeline.first(ClockEvent.ExtendedAsComplexAndVoluminous.class).ifPresent(extended -> {
            LocalDate twentieth = w.calendar.plusWorkingDays(w.dateOfReceipt, 20);
            w.limit = WorkingDays.of(40);
            w.rule = w.regime() + " reg 7(1): complex and voluminous, no later than 40 working days after the date"
                    + " of receipt";
            w.step("Requester told " + Explanation.day(extended.on()) + " that the request is complex and"
                    + " voluminous: the limit becomes 40 working days (reg 7(1)).");
            if (extended.on().isAfter(twentieth)) {
                w.warn("The reg 7(3) notice had to be given within 20 working days (by " + twentieth
                        + "); it was given " + extended.on() + ".");
            }
        });
    }
}
