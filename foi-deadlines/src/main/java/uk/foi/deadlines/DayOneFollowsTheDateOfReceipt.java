package uk.foi.deadlines;

/**
 * Day one is the first working day after the date of receipt: the limit is "the twentieth working day following the
 * date of receipt" (FOIA s10(1); EIR reg 5(2) "after the date of receipt"; FOISA s10(1)), so the day of receipt is
 * never counted, and a request received on a Friday has Monday as day one.
 *
 * <p>Receipt on a non-working day is read two ways (see {@link ReceiptRule}); the authority's policy picks one, and
 * the deadline is flagged as uncertain by one day either way.
 *
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/10">FOIA s10(1)</a>
 */
final class DayOneFollowsTheDateOfReceipt implements ResponseRule {

    @Override
    public void apply(ResponseWorking w) {
        ReceiptRule receiptRule = w.timeline.profile().policy().receiptRule();
        w.dateOfReceipt = w.receivedOn;
        if (w.calendar.isWorkingDay(w.receivedOn)) {
            w.step("Date of receipt " + Explanation.day(w.receivedOn) + " is a working day; day 1 is "
                    + Explanation.day(w.calendar.plusWorkingDays(w.receivedOn, 1)) + ".");
            return;
        }
        w.uncertainByOneDay = true;
        if (receiptRule == ReceiptRule.NEXT_WORKING_DAY) {
            w.dateOfReceipt = w.calendar.plusWorkingDays(w.receivedOn, 1);
            w.step(Explanation.day(w.receivedOn) + " is not a working day; under the authority's next-working-day"
                    + " rule (s45 Code of Practice 2018 para 4.2) the date of receipt is "
                    + Explanation.day(w.dateOfReceipt) + " and day 1 is "
                    + Explanation.day(w.calendar.plusWorkingDays(w.dateOfReceipt, 1)) + ".");
            w.warn("Received on a non-working day: the literal reading (ICO guidance) gives a date one working day"
                    + " earlier.");
        } else {
            w.step(Explanation.day(w.receivedOn) + " is not a working day; on the literal reading (ICO guidance)"
                    + " it is still the date of receipt, and day 1 is "
                    + Explanation.day(w.calendar.plusWorkingDays(w.receivedOn, 1)) + ".");
            w.warn("Received on a non-working day: authorities following the Code of Practice para 4.2 date it"
                    + " to the next working day, giving a date one working day later.");
        }
    }
}
