package uk.foi.deadlines;

/**
 * The public interest extension is capped by the Code. Where a qualified exemption needs the public interest weighed,
 * FOIA s10(3) allows such further time as is reasonable, but the refusal notice saying so, with an estimate of the
 * date, must still go within the 20 working days (s17(1)-(2)). The s45 Code of Practice (2018, paras 4.5-4.7) expects
 * no more than 20 further working days, and one extension only; anything longer must be exceptional and justified.
 * The engine accepts a longer extension but warns.
 *
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/10">FOIA s10(3)</a>
 * @see <a href="https://www.legislation.gov.uk/ukpga/2000/36/section/17">FOIA s17(2)</a>
 * @see <a href="https://www.gov.uk/government/publications/freedom-of-information-code-of-practice">s45 Code of
 *      Practice (2018)</a>
 */
final class PitExtensionIsCappedByTheCode implements ResponseRule {

    /** The Code's normal maximum of further working days. */
    static final WorkingDays CODE_MAXIMUM = WorkingDays.of(20);

    @Override
    public void apply(ResponseWorking w) {
        WorkingDays total = WorkingDays.of(0);
        int count = 0;
        for (ClockEvent.ExtendedForPublicInterest extension : w.timeline.all(ClockEvent.ExtendedForPublicInterest.class)) {
            if (extension.on().isAfter(w.due)) {
                w.warn("FOIA s17(1)-(2): the notice extending time had to be given by " + w.due + "; it was given "
                        + extension.on() + ", so the response was already late.");
            }
            w.due = w.calendar.plusWorkingDays(w.due, extension.further().count());
            total = total.plus(extension.further());
            count++;
            w.basis = Basis.PRACTICE;
            w.rule = w.rule + "; extended under FOIA s10(3) to consider the public interest";
            w.step("Public interest extension told " + Explanation.day(extension.on()) + ": "
                    + extension.further().count() + " further working days (FOIA s10(3)), to " + Explanation.day(w.due)
                    + ".");
        }
        if (total.compareTo(CODE_MAXIMUM) > 0) {
            w.warn("Extended by " + total.count() + " working days in all: the Code of Practice (paras 4.5-4.7) expects"
                    + " no more than 20 further working days; a longer extension must be exceptional and justified.");
        }
        if (count > 1) {
            w.warn("Extended " + count + " times: the Code of Practice expects one extension only.");
        }
    }
}
