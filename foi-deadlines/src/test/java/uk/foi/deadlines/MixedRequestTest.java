package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import uk.foi.deadlines.calendar.Division;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A request answered partly under FOIA and partly under the EIR (FOIA s39(1), EIR reg 5(1)): each law's parts keep
 * their own clock and the response is due by the earliest. Received Thu 1 June 2023: the 20th working day is Thu 29
 * June (FOIA s10(1), EIR reg 5(2)); 12 July (Northern Ireland) is skipped on the UK-wide calendar (FOIA s10(6)).
 */
class MixedRequestTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());
    static final LocalDate RECEIVED = LocalDate.parse("2023-06-01");

    static RequestTimeline mixed(Regime main) {
        Regime other = main.counterpart().orElseThrow();
        return RequestTimeline.received("r", ClockProfile.of(main), RECEIVED).withPartsUnder(List.of("2"), other);
    }

    @ParameterizedTest(name = "{0} with question 2 under its counterpart, {1}: due {2}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA | nothing more                        | 2023-06-29 | both laws give 20 working days
        FOIA | public interest extension of 20     | 2023-06-29 | FOIA s10(3) extends the FOIA parts only (to Fri 28 July); the EIR part is still due 29 June
        EIR  | complex and voluminous              | 2023-06-29 | EIR reg 7(1) extends the EIR parts only; the FOIA part is due 29 June
        FOIA | both extensions                     | 2023-07-28 | s10(3) +20 and reg 7(1) 40 working days both end Fri 28 July
        FOIA | fees notice 12 June, paid 16 June   | 2023-06-29 | FOIA s10(2) disregards the 5 working days for the FOIA parts (to Thu 6 July); the EIR clock does not wait
        """)
    void theResponseIsDueByTheEarliestClock(Regime main, String what, LocalDate due, String source) {
        RequestTimeline t = mixed(main);
        if (what.contains("public interest") || what.contains("both")) {
            t = t.with(new ClockEvent.ExtendedForPublicInterest(LocalDate.parse("2023-06-20"), WorkingDays.of(20)));
        }
        if (what.contains("complex") || what.contains("both")) {
            t = t.with(new ClockEvent.ExtendedAsComplexAndVoluminous(LocalDate.parse("2023-06-20")));
        }
        if (what.contains("fees")) {
            t = t.with(new ClockEvent.FeesNoticeGiven(LocalDate.parse("2023-06-12")))
                    .with(new ClockEvent.FeeReceived(LocalDate.parse("2023-06-16")));
        }

        Deadline response = CLOCK.responseDue(t, LocalDate.parse("2023-06-21"));

        assertThat(response.due()).as(source).isEqualTo(due);
    }

    @Test
    void theWorkingGivesEachLawsDate() {
        RequestTimeline t = mixed(Regime.FOIA).with(new ClockEvent.ExtendedForPublicInterest(
                LocalDate.parse("2023-06-20"), WorkingDays.of(20)));

        Deadline response = CLOCK.responseDue(t, LocalDate.parse("2023-06-21"));

        assertThat(response.explanation().steps().get(0)).contains("question 2 under EIR", "the rest under FOIA");
        assertThat(response.explanation().steps()).anyMatch(s -> s.startsWith("Under FOIA: Fri 2023-07-28"))
                .anyMatch(s -> s.startsWith("Under EIR: Thu 2023-06-29"))
                .anyMatch(s -> s.startsWith("The earliest is EIR's, Thu 2023-06-29"));
        assertThat(response.explanation().rule()).contains("EIR reg 5(2)");
    }

    /**
     * After the response each law's review and complaint clocks run for its parts; each deadline is the earliest of
     * the laws' that set one. FOIA/EIR: response Thu 22 June 2023, review asked Mon 3 July; UK-wide calendar (12
     * July in Northern Ireland, 7 August in Scotland and 28 August skipped: FOIA s10(6)). FOISA/EISR: response Thu 15 June, early (the time for compliance ended Thu 29
     * June), review asked Mon 3 July; Scottish calendar (7 August skipped).
     */
    @ParameterizedTest(name = "{0} main, question 2 under its counterpart: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | REVIEW_REQUEST_WINDOW | 2023-08-21 | s45 Code part 5 and EIR reg 11(2) both give 40 working days from the response
        FOIA  | REVIEW                | 2023-08-01 | FOIA: the s45 Code's 20 working days (Tue 1 Aug) before EIR reg 11(4)'s 40 (Thu 31 Aug)
        FOIA  | REVIEW_MAXIMUM        | 2023-08-31 | FOIA only: the s45 Code's 40 working days; the EIR has a statutory limit instead
        EIR   | REVIEW                | 2023-08-01 | the FOIA part's 20 working days come first even when the EIR is the main law
        FOISA | REVIEW_REQUEST_WINDOW | 2023-08-11 | EISR reg 16(2): 40 working days from the response (Fri 11 Aug) before FOISA s20(5)(a)'s 40 from the end of the time for compliance
        FOISA | REVIEW                | 2023-07-31 | FOISA s21(1) and EISR reg 16(4): 20 working days
        """)
    void eachDeadlineAfterTheResponseIsTheEarliestOfTheLaws(Regime main, DeadlineKind kind, LocalDate due,
            String source) {
        LocalDate responded = LocalDate.parse(main.isScottish() ? "2023-06-15" : "2023-06-22");
        RequestTimeline t = RequestTimeline.received("r", ClockProfile.of(main).withNation(main.isScottish()
                        ? Division.SCOTLAND : Division.ENGLAND_AND_WALES), RECEIVED)
                .withPartsUnder(List.of("2"), main.counterpart().orElseThrow())
                .with(new ClockEvent.ResponseIssued(responded))
                .with(new ClockEvent.ReviewRequested(LocalDate.parse("2023-07-03")));

        List<DeadlineStatus> deadlines = CLOCK.deadlines(t, LocalDate.parse("2023-07-04"));

        assertThat(deadlines).filteredOn(d -> d.deadline().kind() == kind).singleElement().as(source)
                .satisfies(d -> assertThat(d.deadline().due()).isEqualTo(due))
                .satisfies(d -> assertThat(d.deadline().explanation().steps().get(0))
                        .contains("more than one law", "question 2 under " + main.counterpart().orElseThrow()));
    }

    @Test
    void aDeadlineOnlyOneLawSetsSaysSo() {
        RequestTimeline t = mixed(Regime.FOIA).with(new ClockEvent.ResponseIssued(LocalDate.parse("2023-06-22")))
                .with(new ClockEvent.ReviewRequested(LocalDate.parse("2023-07-03")));

        Deadline maximum = CLOCK.deadlines(t, LocalDate.parse("2023-07-04")).stream()
                .map(DeadlineStatus::deadline).filter(d -> d.kind() == DeadlineKind.REVIEW_MAXIMUM).findFirst()
                .orElseThrow();

        assertThat(maximum.explanation().steps()).contains("EIR sets no such date.")
                .anyMatch(s -> s.startsWith("The earliest is FOIA's, Thu 2023-08-31"));
        assertThat(StatutoryClock.reviewLimits(t)).as("the shorter of each law's, statutory as the EIR's is")
                .isEqualTo(new StatutoryClock.ReviewLimits(WorkingDays.of(20), WorkingDays.of(40), true));
    }

    @Test
    void aPartFollowsItsOwnLawAndASubPartItsPartsUnlessNamed() {
        RequestTimeline t = mixed(Regime.FOIA).withPartsUnder(List.of("3.b"), Regime.EIR);

        assertThat(t.regimeOf("1")).isEqualTo(Regime.FOIA);
        assertThat(t.regimeOf("2")).isEqualTo(Regime.EIR);
        assertThat(t.regimeOf("2.a")).isEqualTo(Regime.EIR);
        assertThat(t.regimeOf("3.a")).isEqualTo(Regime.FOIA);
        assertThat(t.regimeOf("3.b")).isEqualTo(Regime.EIR);
        assertThat(t.withPartsUnder(List.of("2", "3.b"), Regime.FOIA).mixed()).isFalse();
        assertThat(t.withProfile(t.profile().underRegime(Regime.EIR)).mixed()).as("all EIR now").isFalse();
    }

    @Test
    void onlyTheCounterpartAndOnlyItsOwnExtension() {
        RequestTimeline foia = RequestTimeline.received("r", ClockProfile.of(Regime.FOIA), RECEIVED);

        assertThatThrownBy(() -> foia.withPartsUnder(List.of("2"), Regime.FOISA))
                .hasMessageContaining("EIR only, not FOISA");
        assertThatThrownBy(() -> RequestTimeline.received("r", ClockProfile.of(Regime.EIR), RECEIVED)
                .with(new ClockEvent.ExtendedForPublicInterest(LocalDate.parse("2023-06-20"), WorkingDays.of(20))))
                .hasMessageContaining("FOIA s10(3) only");
        assertThat(mixed(Regime.EIR).with(new ClockEvent.ExtendedForPublicInterest(LocalDate.parse("2023-06-20"),
                WorkingDays.of(20))).forRegime(Regime.EIR).events()).as("not an EIR extension")
                .noneMatch(ClockEvent.ExtendedForPublicInterest.class::isInstance);
    }
}
