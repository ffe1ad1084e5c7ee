package uk.foi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.deadlines.ClockEvent.ClarificationReceived;
import uk.foi.deadlines.ClockEvent.ClarificationSought;
import uk.foi.deadlines.ClockEvent.ExtendedAsComplexAndVoluminous;
import uk.foi.deadlines.ClockEvent.ExtendedForPublicInterest;
import uk.foi.deadlines.ClockEvent.FeeReceived;
import uk.foi.deadlines.ClockEvent.FeesNoticeGiven;

/**
 * The response date, rule by rule. Every expected date was counted independently (a day-by-day count over
 * {@code ../shared/data/uk-bank-holidays.json}), and each row names its source.
 */
class ResponseDueTest {

    static final StatutoryClock CLOCK = new StatutoryClock(UkCalendars.bundled());
    static final LocalDate TUE_2023_05_02 = LocalDate.parse("2023-05-02");
    static final LocalDate FAR_FUTURE = LocalDate.parse("2030-01-01");

    static Deadline due(Regime regime, String received, ClockEvent... events) {
        RequestTimeline timeline = RequestTimeline.received("R1", ClockProfile.of(regime), LocalDate.parse(received));
        for (ClockEvent event : events) {
            timeline = timeline.with(event);
        }
        return CLOCK.responseDue(timeline, FAR_FUTURE);
    }

    @ParameterizedTest(name = "{0} received {1} -> {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | 2023-05-02 | 2023-06-01 | s10(1): day 1 is the first working day after receipt; Coronation 2023-05-08 and 29 May skipped
        FOIA  | 2018-03-07 | 2018-04-09 | seed 000 (MPS 2018030000340): NI's St Patrick's substitute 2018-03-19, Good Friday, Easter Monday skipped
        FOIA  | 2023-05-05 | 2023-06-06 | s10(1): Friday receipt, Monday is not day 1 because 8 May (Coronation) is a bank holiday
        FOIA  | 2023-05-06 | 2023-06-06 | ICO literal reading: Saturday receipt; day 1 is the first working day after it
        FOIA  | 2023-12-20 | 2024-01-23 | s10(6): Christmas Day, Boxing Day, New Year and Scotland's 2 January skipped
        FOIA  | 2023-12-22 | 2024-01-25 | s10(6): Christmas-New Year, 2 January (Scotland) is non-working under FOIA too
        FOISA | 2023-12-22 | 2024-01-25 | FOISA s73: Scottish holidays include 2 January
        FOIA  | 2026-03-10 | 2026-04-10 | s10(6) and LTT47: 17 March (NI only) is non-working for every FOIA authority
        FOISA | 2026-03-10 | 2026-04-08 | FOISA s73: 17 March and Easter Monday are Scottish working days
        FOIA  | 2026-04-01 | 2026-05-01 | s10(6): Good Friday and Easter Monday
        FOISA | 2026-04-01 | 2026-04-30 | FOISA s73: Easter Monday is a working day in Scotland
        FOIA  | 2026-07-06 | 2026-08-05 | s10(6): 13 July (NI, 12th at a weekend) and 3 August (Scotland) both skipped
        FOISA | 2026-07-06 | 2026-08-04 | FOISA s73: only the Scottish August Monday is skipped
        FOIA  | 2026-08-20 | 2026-09-18 | s10(6): 31 August (E&W and NI summer holiday)
        FOISA | 2026-08-20 | 2026-09-17 | FOISA s73: the last Monday of August is a Scottish working day
        FOIA  | 2026-11-20 | 2026-12-21 | s10(6): St Andrew's Day 30 November (Scotland only) is non-working under FOIA
        FOIA  | 2022-09-05 | 2022-10-04 | one-off: the state funeral 2022-09-19
        FOIA  | 2023-04-20 | 2023-05-22 | one-off: the Coronation 2023-05-08 and the early May holiday 2023-05-01
        FOIA  | 2026-06-01 | 2026-06-30 | one-off: Scotland's 2026-06-15 is non-working under FOIA everywhere
        FOISA | 2026-06-01 | 2026-06-30 | one-off: Scotland's 2026-06-15 under FOISA
        EIR   | 2023-05-02 | 2023-06-01 | EIR reg 5(2): 20 working days, same calendar as FOIA (reg 2(1))
        EISR  | 2026-03-10 | 2026-04-08 | EISR reg 5(2)(a): 20 working days on the Scottish calendar
        """)
    void twentiethWorkingDayAfterTheDateOfReceipt(Regime regime, String received, String expected, String source) {
        Deadline deadline = due(regime, received);

        assertThat(deadline.due()).as(source).isEqualTo(LocalDate.parse(expected));
        assertThat(deadline.basis()).isEqualTo(Basis.STATUTE);
        assertThat(deadline.explanation().rule()).contains(regime == Regime.FOIA ? "s10(1)" : regime.name());
    }

    @Test
    void stPatricksDayIsSkippedUnderFoiaButCountedUnderFoisa() {
        Deadline foia = due(Regime.FOIA, "2026-03-10");
        Deadline foisa = due(Regime.FOISA, "2026-03-10");

        assertThat(foia.explanation().holidaysSkipped()).extracting(day -> day.date().toString())
                .contains("2026-03-17", "2026-04-03", "2026-04-06");
        assertThat(foisa.explanation().holidaysSkipped()).extracting(day -> day.date().toString())
                .containsExactly("2026-04-03");
    }

    @Test
    void nonWorkingDayReceiptIsFlaggedEitherWay() {
        RequestTimeline saturday = RequestTimeline.received("R1", ClockProfile.of(Regime.FOIA),
                LocalDate.parse("2023-05-06"));
        RequestTimeline nextWorkingDay = new RequestTimeline("R1", ClockProfile.of(Regime.FOIA)
                .withPolicy(AuthorityPolicy.DEFAULT.withReceiptRule(ReceiptRule.NEXT_WORKING_DAY)), saturday.events());

        Deadline literal = CLOCK.responseDue(saturday, FAR_FUTURE);
        Deadline shifted = CLOCK.responseDue(nextWorkingDay, FAR_FUTURE);

        // Code of Practice para 4.2: Saturday 6th -> date of receipt Tuesday 9th (8th is the Coronation) -> 7 June.
        assertThat(literal.due()).isEqualTo("2023-06-06");
        assertThat(shifted.due()).isEqualTo("2023-06-07");
        assertThat(literal.uncertainByOneDay()).isTrue();
        assertThat(shifted.uncertainByOneDay()).isTrue();
        assertThat(due(Regime.FOIA, "2023-05-05").uncertainByOneDay()).isFalse();
    }

    @Test
    void clarificationRestartsTheTwentyDays() {
        // FOIA s1(3), s10(6)(b): 20 working days after the clarification arrives, not the request.
        Deadline deadline = due(Regime.FOIA, "2023-05-02",
                new ClarificationSought(LocalDate.parse("2023-05-04")),
                new ClarificationReceived(LocalDate.parse("2023-05-15")));

        assertThat(deadline.due()).isEqualTo("2023-06-13");
        assertThat(deadline.explanation().steps()).anyMatch(step -> step.contains("afresh"));
    }

    @Test
    void feesNoticePausesWithBothEndsInclusive() {
        // FOIA s10(2): 4 working days ran (3, 4, 5, 9 May); 10-24 May disregarded; 16 remain after the 24th.
        Deadline deadline = due(Regime.FOIA, "2023-05-02",
                new FeesNoticeGiven(LocalDate.parse("2023-05-10")),
                new FeeReceived(LocalDate.parse("2023-05-24")));

        assertThat(deadline.due()).isEqualTo("2023-06-16");
    }

    @Test
    void feesNoticeSpanningABankHolidayDisregardsOnlyWorkingDays() {
        // Notice Fri 26 May 2023, paid Tue 30 May (29 May is the spring holiday): paused 26, 30 May.
        // Before the notice: 3-5, 9-12, 15-19, 22-25 May = 16 days (8 May is the Coronation); 4 remain after
        // 30 May: 31 May, 1, 2 and 5 June.
        Deadline deadline = due(Regime.FOIA, "2023-05-02",
                new FeesNoticeGiven(LocalDate.parse("2023-05-26")),
                new FeeReceived(LocalDate.parse("2023-05-30")));

        assertThat(deadline.due()).isEqualTo("2023-06-05");
        assertThat(deadline.explanation().holidaysSkipped()).extracting(d -> d.date().toString())
                .contains("2023-05-29");
    }

    @Test
    void feesNoticeAfterTheDeadlineStopsNothing() {
        Deadline deadline = due(Regime.FOIA, "2023-05-02",
                new FeesNoticeGiven(LocalDate.parse("2023-06-05")),
                new FeeReceived(LocalDate.parse("2023-06-09")));

        assertThat(deadline.due()).isEqualTo("2023-06-01");
        assertThat(deadline.explanation().warnings()).anyMatch(w -> w.contains("stops nothing"));
    }

    @Test
    void eirChargeDoesNotPauseTheClock() {
        Deadline deadline = due(Regime.EIR, "2023-05-02",
                new FeesNoticeGiven(LocalDate.parse("2023-05-10")),
                new FeeReceived(LocalDate.parse("2023-05-24")));

        assertThat(deadline.due()).isEqualTo("2023-06-01");
        assertThat(deadline.explanation().steps()).anyMatch(s -> s.contains("no statutory pause"));
    }

    @Test
    void pitExtensionAddsFurtherWorkingDaysAndWarnsPastTheCode() {
        Deadline twenty = due(Regime.FOIA, "2023-05-02",
                new ExtendedForPublicInterest(LocalDate.parse("2023-05-30"), WorkingDays.of(20)));
        Deadline thirty = due(Regime.FOIA, "2023-05-02",
                new ExtendedForPublicInterest(LocalDate.parse("2023-05-30"), WorkingDays.of(30)));

        assertThat(twenty.due()).isEqualTo("2023-06-29");
        assertThat(twenty.explanation().warnings()).isEmpty();
        assertThat(thirty.explanation().warnings()).anyMatch(w -> w.contains("no more than 20 further"));
    }

    @Test
    void pitExtensionNoticeAfterTheDeadlineIsWarned() {
        Deadline deadline = due(Regime.FOIA, "2023-05-02",
                new ExtendedForPublicInterest(LocalDate.parse("2023-06-05"), WorkingDays.of(10)));

        assertThat(deadline.explanation().warnings()).anyMatch(w -> w.contains("already late"));
    }

    @Test
    void pitExtensionIsRefusedOutsideFoia() {
        assertThatThrownBy(() -> due(Regime.FOISA, "2023-05-02",
                new ExtendedForPublicInterest(LocalDate.parse("2023-05-10"), WorkingDays.of(10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FOIA s10(3) only");
    }

    @Test
    void eirComplexAndVoluminousGetsForty() {
        Deadline deadline = due(Regime.EIR, "2023-05-02",
                new ExtendedAsComplexAndVoluminous(LocalDate.parse("2023-05-20")));

        assertThat(deadline.due()).isEqualTo("2023-06-29");
        assertThat(deadline.explanation().rule()).contains("reg 7(1)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ARCHIVES     | 2023-06-15 | SI 2004/3364 reg 4: the 30th working day
        ARMED_FORCES | 2023-07-28 | SI 2004/3364 reg 5: no later than the 60th working day
        OVERSEAS     | 2023-07-28 | SI 2004/3364 reg 6: no later than the 60th working day
        """)
    void specialTimeLimits(AuthorityType type, String expected, String source) {
        RequestTimeline timeline = RequestTimeline.received("R1", ClockProfile.of(Regime.FOIA).withAuthorityType(type),
                TUE_2023_05_02);

        assertThat(CLOCK.responseDue(timeline, FAR_FUTURE).due()).as(source).isEqualTo(expected);
    }

    @Test
    void schoolGetsTheEarlierOfTwentySchoolDaysAndSixtyWorkingDays() {
        // Summer term to 21 July 2023 with half term 29 May - 2 June: 20 school days after 2 May end 7 June.
        // The autumn term starts late (2 October), so from 20 July the 60th working day (16 October) comes first.
        SchoolDays terms = SchoolDays.parse("""
                term,2023-04-17,2023-05-26
                term,2023-06-05,2023-07-21
                term,2023-10-02,2023-12-20
                """);
        RequestTimeline inTerm = RequestTimeline.received("R1", ClockProfile.of(Regime.FOIA).asSchool(terms),
                TUE_2023_05_02);
        // Received at the start of the summer holiday: the 60th working day comes first.
        RequestTimeline inHoliday = RequestTimeline.received("R2", ClockProfile.of(Regime.FOIA).asSchool(terms),
                LocalDate.parse("2023-07-20"));

        assertThat(CLOCK.responseDue(inTerm, FAR_FUTURE).due()).isEqualTo("2023-06-07");
        assertThat(CLOCK.responseDue(inHoliday, FAR_FUTURE).due()).isEqualTo("2023-10-16");
    }

    @Test
    void schoolWithoutEnoughTermDatesIsAClearError() {
        SchoolDays terms = SchoolDays.parse("term,2023-04-17,2023-05-10");
        RequestTimeline timeline = RequestTimeline.received("R1", ClockProfile.of(Regime.FOIA).asSchool(terms),
                TUE_2023_05_02);

        assertThatThrownBy(() -> CLOCK.responseDue(timeline, FAR_FUTURE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("term dates end 2023-05-10");
    }

    @Test
    void specialTimeLimitsExistUnderFoiaOnly() {
        assertThatThrownBy(() -> ClockProfile.of(Regime.FOISA).withAuthorityType(AuthorityType.ARCHIVES))
                .hasMessageContaining("FOIA only");
    }

    @Test
    void explanationShowsTheWorking() {
        String text = due(Regime.FOIA, "2018-03-07").render();

        assertThat(text)
                .contains("response due: Mon 2018-04-09 (statute)")
                .contains("Rule: FOIA s10(1)")
                .contains("https://www.legislation.gov.uk/ukpga/2000/36/section/10")
                .contains("day 1 is Thu 2018-03-08")
                .contains("2018-03-19 St Patrick’s Day (bank holiday in northern-ireland)")
                .contains("2018-03-30 Good Friday")
                .contains("Calendar version: ");
    }

    @Test
    void provisionalYearsAreFlagged() {
        Deadline deadline = due(Regime.FOIA, "2031-03-03");

        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.explanation().warnings()).anyMatch(w -> w.contains("projected by rule"));
    }

    /**
     * Whether the response date moves with the day it is assessed on: only while the requester is awaited, a
     * clarification (FOIA s1(3): the count restarts when it comes) or, where the law pauses for one, a fee (FOIA
     * s10(2); EIR reg 8 has no pause). Where it does not move, two days three months apart give the same date.
     */
    @ParameterizedTest(name = "{0}, {1} -> moves: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        FOIA  | received               | false | s10(1): fixed by the day of receipt
        FOIA  | clarification sought   | true  | s1(3): the count restarts when it comes
        FOIA  | clarification received | false | s10(6)(b): restarted on the day it came
        FOIA  | fees notice            | true  | s10(2): paused until the fee is paid
        FOIA  | fee paid               | false | s10(2): the pause has ended
        FOISA | fees notice            | true  | FOISA s10(2): paused until the fee is paid
        EIR   | fees notice            | false | EIR reg 8: a charge does not pause the clock
        EIR   | clarification sought   | true  | EIR reg 9(4): the count restarts when it comes
        """)
    void theResponseDateMovesWithTheDayOnlyWhileTheRequesterIsAwaited(Regime regime, String history, boolean moves,
            String source) {
        RequestTimeline t = RequestTimeline.received("R1", ClockProfile.of(regime), TUE_2023_05_02);
        switch (history) {
            case "clarification sought" -> t = t.with(new ClarificationSought(LocalDate.parse("2023-05-03")));
            case "clarification received" -> t = t.with(new ClarificationSought(LocalDate.parse("2023-05-03")))
                    .with(new ClarificationReceived(LocalDate.parse("2023-05-10")));
            case "fees notice" -> t = t.with(new FeesNoticeGiven(LocalDate.parse("2023-05-04")));
            case "fee paid" -> t = t.with(new FeesNoticeGiven(LocalDate.parse("2023-05-04")))
                    .with(new FeeReceived(LocalDate.parse("2023-05-12")));
            default -> {
            }
        }

        boolean differs = !CLOCK.responseDue(t, LocalDate.parse("2023-06-01")).due()
                .equals(CLOCK.responseDue(t, LocalDate.parse("2023-09-01")).due());

        assertThat(CLOCK.responseDueMovesWithTheDay(t)).as(source).isEqualTo(moves);
        assertThat(differs).as("the dates on two days: " + source).isEqualTo(moves);
    }
}
