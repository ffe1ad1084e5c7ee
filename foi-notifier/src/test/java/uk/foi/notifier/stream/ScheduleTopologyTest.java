package uk.foi.notifier.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestText;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.WorkingDayCalendar;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Weeks of simulated wall-clock time through the notifier's topology. The deadlines come from foi-deadlines via the
 * events (FOIA s10(1): 20 working days, excluding bank holidays in any part of the UK; FOIA s1(3) clarification;
 * s9 fees; the s45 Code of Practice's 20 and 40 working days for internal review; s50 and the Commissioner's
 * six weeks); what is checked here is when staff hear of them.
 */
class ScheduleTopologyTest {

    static final WorkingDayCalendar FOIA = new StatutoryClock(UkCalendars.bundled())
            .calendarFor(ClockProfile.of(Regime.FOIA));

    @TempDir
    Path state;

    NotifierDriver n;

    @AfterEach
    void close() {
        if (n != null) {
            n.close();
        }
    }

    static List<String> lines(List<NotifierDriver.Out> out) {
        return out.stream().map(NotifierDriver.Out::toString).toList();
    }

    @Test
    void easterAndStPatricksDayAreSkippedAndOverdueRepeatsWeekly() {
        // Received Fri 10 Mar 2023: 17 Mar (St Patrick's Day, NI), 7 Apr (Good Friday), 10 Apr (Easter Monday) are
        // not working days, so the 20th working day is Wed 12 Apr.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        FoiRequest r = n.receive(LocalDate.of(2023, 3, 10));
        n.runUntil(LocalDate.of(2023, 3, 13));
        n.handle(r, new Command.Assign(LocalDate.of(2023, 3, 13), "cw.smith", "central-foi"));

        List<NotifierDriver.Out> out = n.runUntil(LocalDate.of(2023, 4, 21));

        assertThat(lines(out)).containsExactly(
                "2023-04-03 response-due-soon.v1 due 2023-04-12 (5 before)",
                "2023-04-11 response-due-soon.v1 due 2023-04-12 (1 before)",
                "2023-04-12 response-due-today.v1 due 2023-04-12",
                "2023-04-13 response-overdue.v1 due 2023-04-12",
                "2023-04-20 response-overdue.v1 due 2023-04-12");
        assertThat(out).allSatisfy(o -> {
            assertThat(o.data("assignee")).isEqualTo("cw.smith");
            assertThat(o.data("team")).isEqualTo("central-foi");
            assertThat(o.data("reference")).isEqualTo(r.reference());
            assertThat(o.data("rule")).contains("s10(1)");
        });
        assertThat(out.stream().map(o -> o.event().get("id").asText()).collect(Collectors.toSet())).hasSize(5);
    }

    @Test
    void christmasAndTheScottishSecondOfJanuaryAreSkipped() {
        // Received Fri 1 Dec 2023: 25 and 26 Dec, 1 Jan and 2 Jan (Scotland) are not working days: due Thu 4 Jan.
        n = new NotifierDriver(state, LocalDate.of(2023, 12, 1));
        n.receive(LocalDate.of(2023, 12, 1));

        List<NotifierDriver.Out> out = n.runUntil(LocalDate.of(2024, 1, 5));

        assertThat(lines(out)).containsExactly(
                "2023-12-22 response-due-soon.v1 due 2024-01-04 (5 before)",
                "2024-01-03 response-due-soon.v1 due 2024-01-04 (1 before)",
                "2024-01-04 response-due-today.v1 due 2024-01-04",
                "2024-01-05 response-overdue.v1 due 2024-01-04");
    }

    @Test
    void aBankHolidayProclaimedMidRequestMovesTheDeadlineAndItsAlerts() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        n.receive(LocalDate.of(2023, 3, 10));
        assertThat(n.runUntil(LocalDate.of(2023, 3, 20))).isEmpty();

        n.holidays.set(withHoliday(n.holidays.get(), "england-and-wales", "2023-03-27", "Proclaimed holiday"));
        List<NotifierDriver.Out> moved = n.runUntil(LocalDate.of(2023, 3, 21));

        assertThat(lines(moved)).containsExactly("2023-03-21 deadline-moved.v1 due 2023-04-13 from 2023-04-12");
        assertThat(moved.get(0).data("reason")).contains("Proclaimed holiday");
        assertThat(lines(n.runUntil(LocalDate.of(2023, 4, 14)))).containsExactly(
                "2023-04-04 response-due-soon.v1 due 2023-04-13 (5 before)",
                "2023-04-12 response-due-soon.v1 due 2023-04-13 (1 before)",
                "2023-04-13 response-due-today.v1 due 2023-04-13",
                "2023-04-14 response-overdue.v1 due 2023-04-13");
    }

    @Test
    void clarificationStopsTheClockAndItsAnswerStartsTwentyNewWorkingDays() {
        // FOIA s1(3): no duty until the clarification arrives; then 20 working days from the day after it.
        n = new NotifierDriver(state, LocalDate.of(2023, 10, 2));
        FoiRequest r = n.receive(LocalDate.of(2023, 10, 2));
        n.runUntil(LocalDate.of(2023, 10, 4));
        r = n.handle(r, new Command.SeekClarification(LocalDate.of(2023, 10, 4), "Which boroughs?"));
        assertThat(n.runUntil(LocalDate.of(2023, 10, 16))).isEmpty();
        n.handle(r, new Command.ReceiveClarification(LocalDate.of(2023, 10, 16), "All of them.", List.of()));

        List<NotifierDriver.Out> out = n.runUntil(LocalDate.of(2023, 11, 14));

        assertThat(lines(out)).containsExactly(
                "2023-11-06 response-due-soon.v1 due 2023-11-13 (5 before)",
                "2023-11-10 response-due-soon.v1 due 2023-11-13 (1 before)",
                "2023-11-13 response-due-today.v1 due 2023-11-13",
                "2023-11-14 response-overdue.v1 due 2023-11-13");
    }

    @Test
    void unansweredClarificationAndUnpaidFeeLapseAfterThreeMonths() {
        n = new NotifierDriver(state, LocalDate.of(2023, 10, 2));
        FoiRequest asked = n.receive(LocalDate.of(2023, 10, 2));
        FoiRequest charged = n.receive(LocalDate.of(2023, 10, 2));
        n.handle(asked, new Command.SeekClarification(LocalDate.of(2023, 10, 2), "Which boroughs?"));
        n.handle(charged, new Command.IssueFeesNotice(LocalDate.of(2023, 10, 2), 4500));

        List<NotifierDriver.Out> out = n.runUntil(LocalDate.of(2024, 1, 10));

        assertThat(out).extracting(NotifierDriver.Out::type).containsExactlyInAnyOrder(
                "uk.foi.deadline.clarification-lapsed.v1", "uk.foi.deadline.fee-lapsed.v1");
        assertThat(out).allSatisfy(o -> assertThat(o.day())
                .isEqualTo(FOIA.workingDayOnOrAfter(LocalDate.parse(o.data("due")).plusDays(1))));
        assertThat(out).allSatisfy(o -> assertThat(LocalDate.parse(o.data("due")))
                .isBetween(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 3)));
    }

    @Test
    void responseOpensTheComplaintWindowThenTheReviewAndTheCommissionersClocksRun() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        FoiRequest r = n.receive(LocalDate.of(2023, 3, 10));
        n.runUntil(LocalDate.of(2023, 3, 20));
        r = n.handle(r, new Command.DecidePart(LocalDate.of(2023, 3, 20), "1",
                List.of(PartDecision.of("1", Outcome.DISCLOSED).answer("1,204 records.").build())));
        r = n.handle(r, new Command.IssueResponse(LocalDate.of(2023, 3, 20)));

        List<NotifierDriver.Out> opened = n.drain();
        assertThat(opened).extracting(NotifierDriver.Out::type).containsExactly(
                "uk.foi.deadline.complaint-window-opened.v1");
        LocalDate windowCloses = LocalDate.parse(opened.get(0).data("due"));
        assertThat(windowCloses).isEqualTo(FOIA.plusWorkingDays(LocalDate.of(2023, 3, 20), 40));

        List<NotifierDriver.Out> window = n.runUntil(windowCloses.minusDays(1));
        assertThat(lines(window)).containsExactly(before(windowCloses, 5) + " complaint-window-closing.v1 due "
                + windowCloses + " (5 before)");

        r = n.handle(r, new Command.RequestReview(n.today(), "The figure seems low."));
        LocalDate reviewDue = FOIA.plusWorkingDays(n.today(), 20);
        LocalDate reviewMax = FOIA.plusWorkingDays(n.today(), 40);
        List<NotifierDriver.Out> review = n.runUntil(FOIA.workingDayOnOrAfter(reviewMax.plusDays(1)));
        LocalDate firstOverdue = FOIA.workingDayOnOrAfter(reviewDue.plusDays(1));
        assertThat(review).extracting(NotifierDriver.Out::toString).startsWith(
                before(reviewDue, 5) + " review-due-soon.v1 due " + reviewDue + " (5 before)",
                before(reviewDue, 1) + " review-due-soon.v1 due " + reviewDue + " (1 before)",
                reviewDue + " review-due-today.v1 due " + reviewDue,
                firstOverdue + " review-overdue.v1 due " + reviewDue);
        assertThat(review).extracting(NotifierDriver.Out::type).contains(
                "uk.foi.deadline.review-maximum-exceeded.v1");
        assertThat(review).filteredOn(o -> o.type().contains("overdue")).extracting(NotifierDriver.Out::day)
                .allSatisfy(day -> assertThat(firstOverdue.until(day).getDays() % 7).isZero());

        n.handle(r, new Command.CompleteReview(n.today(), ReviewResult.UPHELD, "Upheld."));
        LocalDate completed = n.today();
        List<NotifierDriver.Out> ico = n.runUntil(completed.plusWeeks(8));
        assertThat(ico).extracting(NotifierDriver.Out::type).containsExactly(
                "uk.foi.deadline.ico-window-closing.v1", "uk.foi.deadline.ico-window-closed.v1");
        LocalDate icoDue = LocalDate.parse(ico.get(0).data("due"));
        assertThat(icoDue).isBetween(completed.plusWeeks(6).minusDays(1), completed.plusWeeks(6).plusDays(3));
        assertThat(ico.get(0).day()).isEqualTo(before(icoDue, 5));
    }

    @Test
    void duplicateAndOutOfOrderEventsChangeNothing() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        var received = n.office.receive(n.authority, new uk.foi.core.request.Intake(
                uk.foi.core.request.RequestId.random(), LocalDate.of(2023, 3, 10), uk.foi.core.request.Channel.EMAIL,
                "1. Anything."), new uk.foi.core.reference.InMemoryReferenceNumbers());
        var assigned = n.office.handle(received.request(), new Command.Assign(LocalDate.of(2023, 3, 10), "cw.a",
                "team-a"));
        n.send(received);
        n.send(assigned);
        n.send(received);
        n.send(assigned);

        List<NotifierDriver.Out> out = n.runUntil(LocalDate.of(2023, 4, 13));

        assertThat(out).hasSize(4);
        assertThat(out).allSatisfy(o -> assertThat(o.data("assignee")).isEqualTo("cw.a"));
    }

    @Test
    void afterAnOutageOnlyWhatIsStillTrueIsSentOnce() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        n.receive(LocalDate.of(2023, 3, 10));
        n.drain();

        List<NotifierDriver.Out> out = n.jumpTo(LocalDate.of(2023, 4, 28));

        // The warnings whose moment passed are dropped; the overdue alert is sent once, as its latest repeat.
        assertThat(lines(out)).containsExactly("2023-04-28 response-overdue.v1 due 2023-04-12");
        assertThat(out.get(0).data("repeat")).isEqualTo("2");
        assertThat(lines(n.runUntil(LocalDate.of(2023, 5, 5)))).containsExactly(
                "2023-05-04 response-overdue.v1 due 2023-04-12");
    }

    @Test
    void eachTeamGetsOneDigestADayOfWhatFallsDueInTheNextFiveWorkingDays() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 24));
        FoiRequest a = n.receive(LocalDate.of(2023, 3, 10));     // due Wed 12 Apr 2023
        FoiRequest b = n.receive(LocalDate.of(2023, 3, 13));     // due Thu 13 Apr 2023
        n.receive(LocalDate.of(2023, 3, 24));                   // due 25 Apr, and unassigned
        n.handle(a, new Command.Assign(LocalDate.of(2023, 3, 24), "cw.a", "central"));
        n.handle(b, new Command.Assign(LocalDate.of(2023, 3, 24), "cw.b", "central"));

        n.runUntil(LocalDate.of(2023, 4, 6));

        // On Thu 6 Apr the next five working days run to Mon 17 Apr (Good Friday and Easter Monday skipped).
        List<NotifierDriver.Out> sixth = n.digests.stream()
                .filter(d -> d.event().get("data").get("day").asText().equals("2023-04-06")).toList();
        assertThat(sixth).as(n.digests.toString()).hasSize(1);
        assertThat(sixth.get(0).key()).isEqualTo("central");
        assertThat(sixth.get(0).event().get("data").get("items")).extracting(i -> i.get("reference").asText() + " "
                + i.get("due").asText() + " " + i.get("assignee").asText()).containsExactly(
                        a.reference() + " 2023-04-12 cw.a", b.reference() + " 2023-04-13 cw.b");
        assertThat(n.digests).extracting(d -> d.event().get("id").asText()).doesNotHaveDuplicates();
        assertThat(n.digests).extracting(d -> d.key() + " " + d.event().get("data").get("day").asText())
                .doesNotHaveDuplicates();
    }

    @Test
    void ofSeveralWarningsAllDueOnlyTheNearestIsSent() {
        // Received Fri 10 Mar 2023 (due Wed 12 Apr) but logged only on Tue 11 Apr: the 5-day warning (3 Apr) and the
        // 1-day warning (11 Apr) are both due. Wave 1 sent both, the first with a date in the past.
        n = new NotifierDriver(state, LocalDate.of(2023, 4, 11));
        n.receive(LocalDate.of(2023, 3, 10));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(10));

        assertThat(lines(n.drain())).containsExactly("2023-04-11 response-due-soon.v1 due 2023-04-12 (1 before)");
        assertThat(lines(n.runUntil(LocalDate.of(2023, 4, 13)))).containsExactly(
                "2023-04-12 response-due-today.v1 due 2023-04-12",
                "2023-04-13 response-overdue.v1 due 2023-04-12");
    }

    @Test
    void aResponseRecordedAfterItsComplaintWindowClosedSaysOnlyThatItClosed() {
        // Answered on Mon 20 Mar 2023 but recorded on 1 Jun: the 40 working days for a complaint (s45 Code, para 5.7)
        // ended in May. No "opened" and no "closing" (both untrue by now), one "closed".
        n = new NotifierDriver(state, LocalDate.of(2023, 6, 1));
        FoiRequest r = n.receive(LocalDate.of(2023, 3, 10));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(10));
        n.drain();
        r = n.handle(r, new Command.DecidePart(LocalDate.of(2023, 3, 20), "1",
                List.of(PartDecision.of("1", Outcome.DISCLOSED).answer("1,204 records.").build())));
        n.handle(r, new Command.IssueResponse(LocalDate.of(2023, 3, 20)));

        List<NotifierDriver.Out> out = n.drain();
        assertThat(out).extracting(NotifierDriver.Out::type).containsExactly(
                "uk.foi.deadline.complaint-window-closed.v1");
        assertThat(out.get(0).data("due")).isEqualTo(FOIA.plusWorkingDays(LocalDate.of(2023, 3, 20), 40).toString());
        assertThat(n.runUntil(LocalDate.of(2023, 6, 30))).isEmpty();
    }

    @Test
    void anAlertWaitsAMomentForTheAssignmentThatFollowsTheIntake() {
        // A staff tool logs a backdated (so overdue) request and assigns it a second later. If a tick falls between
        // the two, wave 1 sent the overdue alert to the FOI inbox; the alert now waits for the schedule to settle.
        n = new NotifierDriver(state, LocalDate.of(2023, 6, 1));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5).minusSeconds(2));
        FoiRequest r = n.receive(LocalDate.of(2023, 3, 10));
        n.driver.advanceWallClockTime(java.time.Duration.ofSeconds(2)); // a tick, 2 s after the intake
        assertThat(n.drain()).isEmpty();
        n.handle(r, new Command.Assign(LocalDate.of(2023, 6, 1), "cw.smith", "central-foi"));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));

        List<NotifierDriver.Out> out = n.drain();
        assertThat(out).extracting(NotifierDriver.Out::type).containsExactly("uk.foi.deadline.response-overdue.v1");
        assertThat(out.get(0).data("assignee")).isEqualTo("cw.smith");
    }

    @Test
    void unreadableInputGoesToTheDeadLetterTopicByReference() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        n.in.pipeInput("some-key", "{not json".getBytes(StandardCharsets.UTF_8));

        var dead = n.deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("some-key");
        JsonNode letter = json(dead.value());
        assertThat(letter.get("topic").asText()).isEqualTo("foi.request-events");
        assertThat(letter.get("offset").asLong()).isZero();
        assertThat(letter.get("bytes").asInt()).isEqualTo(9);
        assertThat(letter.get("reason").asText()).startsWith("not JSON");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).doesNotContain("{not json");
        assertThat(n.out.isEmpty()).isTrue();
    }

    @Test
    void anOversizedRecordIsDeadLetteredByReferenceAndTheStreamGoesOn() {
        // The reliability run's poison pill: a 1,048,448-byte record, forwarded whole with headers, was too large to
        // send and stopped the stream on every restart. Now only its reference goes, and the next event is applied.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        byte[] huge = new byte[1_048_448];
        java.util.Arrays.fill(huge, (byte) 'x');
        n.in.pipeInput("poison", huge);
        n.receive(LocalDate.of(2023, 3, 10));

        var dead = n.deadLetters.readRecord();
        assertThat(dead.value().length).isLessThan(1_000);
        JsonNode letter = json(dead.value());
        assertThat(letter.get("bytes").asInt()).isEqualTo(1_048_448);
        assertThat(letter.get("reason").asText()).contains("more than the " + NotifierTopology.DEFAULT_MAX_EVENT_BYTES);
        assertThat(n.deadLetters.isEmpty()).isTrue();
        assertThat(lines(n.runUntil(LocalDate.of(2023, 4, 3)))).containsExactly(
                "2023-04-03 response-due-soon.v1 due 2023-04-12 (5 before)");
    }

    @Test
    void theLargestRequestTheApiAcceptsIsAppliedNotDeadLettered() {
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        String part = "1. " + "\u20ac\"".repeat(RequestText.MAX_LENGTH / 2 - 10) + "\n2. x";
        assertThat(part.length()).isLessThanOrEqualTo(RequestText.MAX_LENGTH);
        FoiRequest r = n.receive(n.authority, LocalDate.of(2023, 3, 10), part);

        assertThat(n.lastSentBytes).isBetween(200_000, NotifierTopology.DEFAULT_MAX_EVENT_BYTES);
        assertThat(n.deadLetters.isEmpty()).isTrue();
        assertThat(n.storedScheduleBytes(r)).isPositive();
    }

    @Test
    void aScheduleStaysSmallWhateverTheTextAndHowManyClarificationRounds() {
        // The reliability run's crash loop: a long text and nine clarification rounds grew one schedule (it kept
        // every event's JSON) past Kafka's 1 MB record limit. A schedule now keeps the clock, not the events.
        n = new NotifierDriver(state, LocalDate.of(2023, 1, 9));
        FoiRequest r = n.receive(LocalDate.of(2023, 1, 9));
        LocalDate day = LocalDate.of(2023, 1, 9);
        String longText = "Please include every borough and every month. ".repeat(2_000);
        for (int round = 0; round < 9; round++) {
            day = day.plusDays(1);
            n.runUntil(day);
            r = n.handle(r, new Command.SeekClarification(day, "Which boroughs? " + longText));
            day = day.plusDays(1);
            n.runUntil(day);
            r = n.handle(r, new Command.ReceiveClarification(day, longText, List.of()));
        }
        assertThat(longText.length() * 18).isGreaterThan(1_500_000);
        assertThat(n.storedScheduleBytes(r)).isBetween(1, 8_000);
    }

    @Test
    void anArmedForcesRequestMovesByItsOwnTimeLimitWhenAHolidayIsProclaimed() {
        // SI 2004/3364 reg 5: up to the 60th working day. The wave-1 notifier replayed every request under the
        // standard profile, could not reproduce this date, and left it unmoved.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        Authority mod = new Authority(AuthorityId.of("mod"), "Ministry of Defence",
                ClockProfile.of(Regime.FOIA).withAuthorityType(AuthorityType.ARMED_FORCES),
                CostLimitTier.CENTRAL_GOVERNMENT, ReferenceFormat.of("MOD-{yyyy}-{seq:4}"), n.authority.contact());
        FoiRequest r = n.receive(mod, LocalDate.of(2023, 3, 10));
        LocalDate due = new StatutoryClock(UkCalendars.of(n.holidays.get())).deadlines(r.timeline(),
                        LocalDate.of(2023, 3, 10)).get(0).deadline().due();
        n.runUntil(LocalDate.of(2023, 3, 20));

        n.holidays.set(withHoliday(n.holidays.get(), "england-and-wales", "2023-03-27", "Proclaimed holiday"));
        List<NotifierDriver.Out> moved = n.runUntil(LocalDate.of(2023, 3, 21));

        LocalDate expected = new StatutoryClock(UkCalendars.of(n.holidays.get())).deadlines(r.timeline(),
                LocalDate.of(2023, 3, 21)).get(0).deadline().due();
        assertThat(expected).isAfter(due);
        assertThat(lines(moved)).containsExactly("2023-03-21 deadline-moved.v1 due " + expected + " from " + due);
    }

    static JsonNode json(byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LocalDate before(LocalDate due, int n) {
        return FOIA.plusWorkingDays(due, -n);
    }

    static BankHolidays withHoliday(BankHolidays base, String division, String date, String title) {
        try {
            ObjectNode root = (ObjectNode) Json.MAPPER.readTree(Json.calendar(base));
            ArrayNode events = (ArrayNode) root.get(division).get("events");
            events.addObject().put("title", title).put("date", date);
            return BankHolidays.parse(Json.MAPPER.writeValueAsString(root), "test: " + title);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theWeeklyOverdueRepeatGoesOnceOnItsDayAcrossMidnight() {
        // Due Thu 30 Mar 2023: overdue from Fri 31 Mar; a week on is Good Friday (7 Apr), then Easter Monday, so the
        // repeat goes on Tue 11 Apr, and the one after on Fri 14 Apr. Ticking every five minutes through each midnight
        // (BST), each goes once, on its UK day, never on the evening before.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 1));
        n.receive(LocalDate.of(2023, 3, 1));
        n.runUntil(LocalDate.of(2023, 3, 31));

        List<NotifierDriver.Timed> out = n.tickUntil(LocalDate.of(2023, 4, 15), java.time.Duration.ofMinutes(5));

        assertThat(out).extracting(t -> t.out().type()).containsOnly("uk.foi.deadline.response-overdue.v1");
        assertThat(out).extracting(t -> LocalDate.ofInstant(t.at(), StatutoryClock.UK) + " repeat "
                + t.out().data("repeat")).containsExactly("2023-04-11 repeat 1", "2023-04-14 repeat 2");
        assertThat(out).allSatisfy(t -> assertThat(t.at().atZone(StatutoryClock.UK).toLocalTime())
                .isBefore(java.time.LocalTime.of(0, 10)));
    }

    @Test
    void onTheFirstDayTheDigestWaitsForTheFirstRequests() {
        // A new installation starts at 08:00, after the 07:00 digest time, with no requests; the first requests come
        // at 10:00. Wave 1 counted the day's digest done at the first tick, so the first digest came the next day.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 27));
        n.driver.advanceWallClockTime(java.time.Duration.ofHours(2));
        FoiRequest soon = n.receive(LocalDate.of(2023, 2, 28));    // due Wed 29 Mar 2023

        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));  // the part goes to the team's partition
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));  // which sends the digest
        n.drain();

        assertThat(n.digests).hasSize(1);
        assertThat(n.digests.get(0).event().get("data").get("day").asText()).isEqualTo("2023-03-27");
        assertThat(n.digests.get(0).event().get("data").get("items")).extracting(i -> i.get("reference").asText())
                .containsExactly(soon.reference());
    }

    @Test
    void whatFallsDueTogetherIsSentInChunksEachItsOwnTransaction() {
        // More overdue requests than one chunk (a backlog imported backdated): the tick sends one chunk, the 100 ms
        // punctuation the rest, each request's overdue alert once. Wave 1 sent them all in one punctuation, one
        // transaction: a million would have outlasted the transaction timeout and been sent again and again.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        int requests = ScheduleProcessor.CHUNK + 500;
        for (int i = 0; i < requests; i++) {
            n.receive(LocalDate.of(2023, 1, 9)); // 20 working days ended on Mon 6 Feb 2023
        }
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));      // the tick: the first chunk
        List<NotifierDriver.Out> first = n.drain();
        n.driver.advanceWallClockTime(java.time.Duration.ofMillis(100));     // the next chunk, and the end of the pass
        List<NotifierDriver.Out> rest = n.drain();

        assertThat(first).hasSize(ScheduleProcessor.CHUNK);
        assertThat(rest).hasSize(500);
        assertThat(first).extracting(NotifierDriver.Out::key).doesNotHaveDuplicates().doesNotContainAnyElementsOf(
                rest.stream().map(NotifierDriver.Out::key).toList());
        assertThat(rest).allSatisfy(o -> assertThat(o.toString()).endsWith("response-overdue.v1 due 2023-02-06"));
        n.driver.advanceWallClockTime(java.time.Duration.ofMillis(100));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));
        assertThat(n.drain()).isEmpty();                                       // the weekly repeat waits a week
    }

    @Test
    void aCalendarChangeMovesEverySchedulesInChunksEachItsOwnTransaction() {
        // More schedules than one chunk: the first tick moves one chunk, the 100 ms punctuation the rest; no alert
        // goes with an old date meanwhile, and every schedule is moved once.
        n = new NotifierDriver(state, LocalDate.of(2023, 3, 10));
        int requests = ScheduleProcessor.CHUNK + 500;
        for (int i = 0; i < requests; i++) {
            n.receive(LocalDate.of(2023, 3, 10));
        }
        assertThat(n.runUntil(LocalDate.of(2023, 3, 20))).isEmpty();

        n.holidays.set(withHoliday(n.holidays.get(), "england-and-wales", "2023-03-27", "Proclaimed holiday"));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));      // the tick: the first chunk
        List<NotifierDriver.Out> first = n.drain();
        n.driver.advanceWallClockTime(java.time.Duration.ofMillis(100));     // the next chunk, and the end
        List<NotifierDriver.Out> rest = n.drain();

        assertThat(first).hasSize(ScheduleProcessor.CHUNK);
        assertThat(rest).hasSize(500);
        assertThat(first).extracting(NotifierDriver.Out::key).doesNotContainAnyElementsOf(
                rest.stream().map(NotifierDriver.Out::key).toList());
        assertThat(rest).allSatisfy(o -> assertThat(o.toString()).endsWith("deadline-moved.v1 due 2023-04-13 from "
                + "2023-04-12"));
        n.driver.advanceWallClockTime(java.time.Duration.ofMinutes(5));
        assertThat(n.drain()).isEmpty();
    }
}
