package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.foi.core.fixtures.CoreFixtures.authority;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

class FoiOfficeTest {

    static final LocalDate TUE_2023_05_02 = LocalDate.of(2023, 5, 2);
    static final LocalDate THU_2023_06_01 = LocalDate.of(2023, 6, 1);

    final MutableClock clock = MutableClock.on(LocalDate.of(2023, 5, 10));
    final FoiOffice office = office(clock);

    static PartDecision withheldUnderS31(String label) {
        return PartDecision.of(label, Outcome.WITHHELD).citing("FOIA s31(1)(a)")
                .sharedReasons("Disclosure would show where cameras are not deployed.")
                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(new PublicInterestRecord(List.of("Transparency about surveillance"),
                        List.of("Criminals could avoid detection"), "The balance favours withholding."))
                .build();
    }

    @Test
    void receiptGivesTheNextGapFreeReferenceAndTheResponseDeadline() {
        InMemoryReferenceNumbers numbers = new InMemoryReferenceNumbers();
        FoiOffice.Handled first = office.receive(metPolice(), new Intake(RequestId.random(), TUE_2023_05_02,
                Channel.EMAIL, "1. One\n2. Two"), numbers);
        FoiOffice.Handled second = office.receive(metPolice(), new Intake(RequestId.random(), TUE_2023_05_02,
                Channel.WEB_FORM, "Another"), numbers);

        assertThat(first.request().reference()).isEqualTo("01.FOI.23.000001");
        assertThat(second.request().reference()).isEqualTo("01.FOI.23.000002");
        assertThat(first.event()).isInstanceOf(RequestEvent.RequestReceived.class);
        assertThat(first.event().sequence()).isEqualTo(1);
        // FOIA s10(1): 20 working days from the day after receipt; the coronation (8 May) and spring (29 May) bank
        // holidays are skipped.
        assertThat(first.recorded().state().deadlines()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.RESPONSE);
            assertThat(d.due()).isEqualTo(THU_2023_06_01);
            assertThat(d.state()).isEqualTo(DeadlineStatus.State.RUNNING);
        });
    }

    @Test
    void oralRequestsAreValidUnderTheEirButNotUnderFoia() {
        Intake byPhone = new Intake(RequestId.random(), TUE_2023_05_02, Channel.TELEPHONE, "Air quality data");

        assertThatThrownBy(() -> office.receive(metPolice(), byPhone, new InMemoryReferenceNumbers()))
                .hasMessageContaining("s8(1)(a) needs a request in writing");
        assertThat(office.receive(authority(Regime.EIR), byPhone, new InMemoryReferenceNumbers()).request()
                .status()).isEqualTo(Status.RECEIVED);
    }

    @Test
    void aRequestDatedInTheFutureIsNotLogged() {
        Intake tomorrow = new Intake(RequestId.random(), LocalDate.of(2023, 5, 11), Channel.EMAIL, "Text");

        assertThatThrownBy(() -> office.receive(metPolice(), tomorrow, new InMemoryReferenceNumbers()))
                .hasMessage("receivedOn 2023-05-11 is after today (2023-05-10)");
    }

    @Test
    void clarificationStopsTheClockAndItsArrivalStartsTwentyNewDays() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Your policy");
        r = run(office, r, List.of(new Command.SeekClarification(LocalDate.of(2023, 5, 3), "Which policy?")));

        assertThat(office.deadlines(r).get(0).state()).isEqualTo(DeadlineStatus.State.PAUSED);
        assertThat(office.deadlines(r)).extracting(d -> d.deadline().kind())
                .contains(DeadlineKind.CLARIFICATION_LAPSE);

        r = run(office, r, List.of(new Command.ReceiveClarification(LocalDate.of(2023, 5, 9), "The LFR policy",
                List.of("1"))));

        // FOIA s1(3), s10(6): the 20 days run from the day after the clarification arrived (9 May 2023).
        assertThat(office.deadlines(r).get(0).deadline().due()).isEqualTo(LocalDate.of(2023, 6, 7));
        assertThat(r.text().part("1").orElseThrow().clarifications()).extracting(Clarification::text)
                .containsExactly("The LFR policy");
    }

    @Test
    void aResponseWithAnIncompleteRefusalIsBlockedWithTheSection17Findings() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Camera locations");
        PartDecision bare = PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s31(1)(a)").build();
        r = run(office, r, List.of(new Command.DecidePart(LocalDate.of(2023, 5, 9), "1", List.of(bare))));

        FoiOffice.Handled handled = office.handle(r, new Command.IssueResponse(LocalDate.of(2023, 5, 10)));

        assertThat(handled.refused()).isTrue();
        RequestEvent.CommandRefused refused = (RequestEvent.CommandRefused) handled.event();
        assertThat(refused.reason()).contains("not a valid refusal notice");
        assertThat(refused.findings()).anyMatch(f -> f.contains("ERROR") && f.contains("s17(1)(c)"));
        assertThat(refused.findings()).anyMatch(f -> f.contains("s17(3)"));
        assertThat(handled.request().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(handled.request().response()).isEmpty();
    }

    @Test
    void aValidRefusalIsIssuedWithItsWarningsAndTheDerivedOutcome() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Camera locations\n2. Budget");
        r = run(office, r, List.of(
                new Command.DecidePart(LocalDate.of(2023, 5, 9), "1", List.of(withheldUnderS31("1"))),
                new Command.DecidePart(LocalDate.of(2023, 5, 9), "2", List.of(PartDecision.of("2", Outcome.DISCLOSED).answer("£1.2m").build()))));

        FoiOffice.Handled handled = office.handle(r, new Command.IssueResponse(LocalDate.of(2023, 5, 10)));

        assertThat(handled.refused()).isFalse();
        RequestEvent.ResponseIssued issued = (RequestEvent.ResponseIssued) handled.event();
        assertThat(issued.outcome()).isEqualTo(OverallOutcome.PARTIALLY_WITHHELD);
        assertThat(issued.cited()).containsExactly(Citation.parse("FOIA s31(1)(a)"));
        assertThat(handled.request().status()).isEqualTo(Status.RESPONDED);
        // Responded in time: the response deadline is met; the complaint window (40 working days) is open.
        assertThat(handled.recorded().state().deadlines()).extracting(DeadlineInForce::kind, DeadlineInForce::state)
                .contains(org.assertj.core.groups.Tuple.tuple(DeadlineKind.RESPONSE, DeadlineStatus.State.MET),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.REVIEW_REQUEST_WINDOW,
                                DeadlineStatus.State.RUNNING));
    }

    @Test
    void aResponseMustAnswerEveryPart() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A\n2. B\na. B's detail\n3. C");
        r = run(office, r, List.of(new Command.DecidePart(LocalDate.of(2023, 5, 9), "2.a",
                List.of(PartDecision.of("2.a", Outcome.NOT_HELD).build()))));

        RequestEvent.CommandRefused refused = (RequestEvent.CommandRefused) office.handle(r,
                new Command.IssueResponse(LocalDate.of(2023, 5, 10))).event();

        // 2 counts as decided because its only sub-part is.
        assertThat(refused.reason()).isEqualTo("no decision yet for parts 1, 3");
    }

    @Test
    void publicInterestExtensionsFollowSections10And17() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Camera locations");
        LocalDate on = LocalDate.of(2023, 5, 9);

        assertThat(reason(office.handle(r, new Command.ExtendDeadline(on, WorkingDays.of(20), List.of()))))
                .contains("s17(2)(b)");
        assertThat(reason(office.handle(r, new Command.ExtendDeadline(on, WorkingDays.of(20),
                List.of(Citation.parse("FOIA s41(1)")))))).contains("no public interest test");
        FoiOffice.Handled extended = office.handle(r, new Command.ExtendDeadline(on, WorkingDays.of(20),
                List.of(Citation.parse("FOIA s31(1)(a)"))));
        assertThat(extended.refused()).isFalse();
        assertThat(extended.request().status()).isEqualTo(Status.EXTENDED);
        assertThat(office.deadlines(extended.request()).get(0).deadline().due()).isEqualTo(LocalDate.of(2023, 6, 29));

        clock.setDay(LocalDate.of(2023, 6, 5));
        assertThat(reason(office.handle(r, new Command.ExtendDeadline(LocalDate.of(2023, 6, 2), WorkingDays.of(20),
                List.of(Citation.parse("FOIA s31(1)(a)")))))).contains("after the response was due on 2023-06-01");
    }

    @Test
    void foisaHasNoExtensionAndTheEirExtendOnceForComplexity() {
        FoiRequest scottish = receive(office, authority(Regime.FOISA), TUE_2023_05_02, "1. Minutes");
        FoiRequest environmental = receive(office, authority(Regime.EIR), TUE_2023_05_02, "1. Air quality");
        Command.ExtendDeadline extend = new Command.ExtendDeadline(LocalDate.of(2023, 5, 9), WorkingDays.of(20),
                List.of());

        assertThat(reason(office.handle(scottish, extend))).isEqualTo("FOISA has no extension of the time for"
                + " compliance");
        FoiOffice.Handled once = office.handle(environmental, extend);
        assertThat(((RequestEvent.DeadlineExtended) once.event()).extension())
                .isEqualTo(RequestEvent.Extension.COMPLEX_AND_VOLUMINOUS);
        assertThat(office.deadlines(once.request()).get(0).deadline().due()).isEqualTo(LocalDate.of(2023, 6, 29));
        assertThat(reason(office.handle(once.request(), extend))).contains("taken once");
        clock.setDay(LocalDate.of(2023, 6, 5));
        assertThat(reason(office.handle(environmental, new Command.ExtendDeadline(LocalDate.of(2023, 6, 2),
                WorkingDays.of(20), List.of())))).contains("EIR reg 7(3) requires it within the time for compliance");
    }

    @Test
    void aRequestLapsesOnlyAfterTheThreeMonths() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Your policy");
        r = run(office, r, List.of(new Command.IssueFeesNotice(LocalDate.of(2023, 5, 3), 4_500)));

        clock.setDay(LocalDate.of(2023, 8, 2));
        assertThat(reason(office.handle(r, new Command.Lapse(LocalDate.of(2023, 8, 2)))))
                .isEqualTo("the request cannot lapse until after 2023-08-02 (fee lapses)");
        clock.setDay(LocalDate.of(2023, 8, 3));
        FoiOffice.Handled lapsed = office.handle(r, new Command.Lapse(LocalDate.of(2023, 8, 3)));
        assertThat(((RequestEvent.RequestLapsed) lapsed.event()).lapsed()).isEqualTo(DeadlineKind.FEE_LAPSE);
        assertThat(lapsed.recorded().state().deadlines()).isEmpty();
    }

    @Test
    void datesMustBePossible() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. Your policy");

        assertThat(reason(office.handle(r, new Command.Acknowledge(LocalDate.of(2023, 5, 11)))))
                .isEqualTo("Acknowledge is dated 2023-05-11, after today (2023-05-10)");
        assertThat(reason(office.handle(r, new Command.Acknowledge(LocalDate.of(2023, 5, 1)))))
                .isEqualTo("Acknowledge is dated 2023-05-01, before the request became RECEIVED on 2023-05-02");
    }

    @Test
    void commandsMustSayWhatTheyRecord() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A");
        LocalDate on = LocalDate.of(2023, 5, 3);

        assertThat(reason(office.handle(r, new Command.Assign(on, " ", "lfr"))))
                .isEqualTo("Assign needs an assignee and a team");
        assertThat(reason(office.handle(r, new Command.SeekClarification(on, ""))))
                .isEqualTo("SeekClarification needs the question put to the requester (FOIA s1(3))");
        assertThat(reason(office.handle(r, new Command.IssueFeesNotice(on, 0))))
                .isEqualTo("IssueFeesNotice needs a fee above nothing (FOIA s9(1))");
    }

    /** The disclosure log publishes a response only when staff do, in the wording they edited (UK GDPR art 5(1)(c)). */
    @Test
    void aResponseIsPublishedOnlyByStaffInTheWordingTheyGaveWithItsPartsKept() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02,
                "1. Camera locations\n2. Budget\nYours sincerely,\nAlex Example");
        LocalDate on = LocalDate.of(2023, 5, 9);
        r = run(office, r, List.of(new Command.DecidePart(on, "1", List.of(withheldUnderS31("1"))),
                new Command.DecidePart(on, "2", List.of(PartDecision.of("2", Outcome.DISCLOSED)
                        .answer("£1.2m").build())),
                new Command.IssueResponse(on)));
        assertThat(r.publication()).isEmpty();
        assertThat(r.asPublished()).isEmpty();

        assertThat(reason(office.handle(r, new Command.Publish(on, "1. Camera locations"))))
                .isEqualTo("the published wording must keep the request's parts, so each answer sits under its"
                        + " question: the request has parts 1, 2; the wording given has parts 1");
        assertThat(reason(office.handle(r, new Command.Publish(on, " "))))
                .isEqualTo("Publish needs the request's wording as it is to be published");
        assertThat(reason(office.handle(r, new Command.Unpublish(on, "a name"))))
                .startsWith("Unpublish needs a published response");

        FoiRequest published = run(office, r, List.of(new Command.Publish(on, "1. Camera locations\n2. Budget")));
        assertThat(published.status()).isEqualTo(Status.RESPONDED);
        assertThat(published.publication()).contains(new FoiRequest.Publication(on, "1. Camera locations\n2. Budget"));
        FoiRequest asPublished = published.asPublished().orElseThrow();
        assertThat(asPublished.text().asReceived()).doesNotContain("Alex");
        assertThat(asPublished.allDecisions()).isEqualTo(published.allDecisions());

        FoiRequest withdrawn = run(office, published, List.of(new Command.Unpublish(on, "a name was left in")));
        assertThat(withdrawn.publication()).isEmpty();
        assertThat(withdrawn.status()).isEqualTo(Status.RESPONDED);
        assertThat(reason(office.handle(receive(office, metPolice(), TUE_2023_05_02, "1. A"),
                new Command.Publish(on, "1. A")))).startsWith("Publish is not possible while the request is RECEIVED");
    }

    /** A subject access request is the requester's own personal data: never published (UK GDPR art 15). */
    @Test
    void aSubjectAccessRequestIsNeverPublished() {
        FoiRequest r = receive(office, authority(Regime.SAR), TUE_2023_05_02, "1. My records");
        LocalDate on = LocalDate.of(2023, 5, 9);
        r = run(office, r, List.of(new Command.DecidePart(on, "1", List.of(PartDecision.of("1",
                Outcome.DISCLOSED).answer("Enclosed").build())), new Command.IssueResponse(on)));

        assertThat(reason(office.handle(r, new Command.Publish(on, "1. My records"))))
                .startsWith("a subject access request is the requester's own personal data and is never published");
    }

    @Test
    void decisionsMustNameAPartOfTheRequest() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A\n2. B");

        assertThat(reason(office.handle(r, new Command.DecidePart(LocalDate.of(2023, 5, 9), "3",
                List.of(PartDecision.of("3", Outcome.NOT_HELD).build())))))
                .isEqualTo("the request has no part 3; its parts are 1, 2 and * for the whole request");
    }

    @Test
    void aLateReviewRequestIsRecordedAsOutsideTheWindow() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A");
        r = run(office, r, List.of(new Command.DecidePart(LocalDate.of(2023, 5, 9), "1",
                List.of(PartDecision.of("1", Outcome.DISCLOSED).build())),
                new Command.IssueResponse(LocalDate.of(2023, 5, 10))));
        clock.setDay(LocalDate.of(2023, 8, 1));

        RequestEvent.ReviewRequested late = (RequestEvent.ReviewRequested) office.handle(r,
                new Command.RequestReview(LocalDate.of(2023, 8, 1), "Too little")).event();

        // 40 working days from the day after 10 May 2023 end on 6 July 2023 (29 May skipped).
        assertThat(late.withinWindow()).isFalse();
    }

    @Test
    void eventsReplayToTheSameRequestAndTheirIdsAreStable() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A\n2. B");
        List<RequestEvent> events = new ArrayList<>();
        FoiOffice.Handled h = office.receive(metPolice(), new Intake(r.id(), TUE_2023_05_02, Channel.EMAIL,
                "1. A\n2. B"), new InMemoryReferenceNumbers());
        events.add(h.event());
        FoiRequest current = h.request();
        for (Command c : List.<Command>of(new Command.Assign(LocalDate.of(2023, 5, 3), "jpowell", "lfr"),
                new Command.Acknowledge(LocalDate.of(2023, 5, 1)),
                new Command.DecidePart(LocalDate.of(2023, 5, 9), "1", List.of(withheldUnderS31("1"))),
                new Command.DecidePart(LocalDate.of(2023, 5, 9), "2",
                        List.of(PartDecision.of("2", Outcome.NOT_HELD).build())),
                new Command.IssueResponse(LocalDate.of(2023, 5, 10)))) {
            h = office.handle(current, c);
            events.add(h.event());
            current = h.request();
        }

        assertThat(events).extracting(RequestEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events.get(2)).isInstanceOf(RequestEvent.CommandRefused.class);
        assertThat(FoiRequest.replay(metPolice().clock(), events)).isEqualTo(current);
        assertThat(events.get(3).eventId()).isEqualTo(RequestEvent.Metadata.of(r.id(), metPolice().id(), 4,
                clock.instant()).eventId());
        assertThat(current.assignee()).contains("jpowell");
        assertThat(current.response().orElseThrow().outcome()).isEqualTo(OverallOutcome.WITHHELD_IN_FULL);
    }

    @Test
    void anEventOutOfSequenceIsNotApplied() {
        FoiRequest r = receive(office, metPolice(), TUE_2023_05_02, "1. A");
        RequestEvent skipped = new RequestEvent.RequestAcknowledged(RequestEvent.Metadata.of(r.id(), r.authority(), 3,
                clock.instant()), LocalDate.of(2023, 5, 3));

        assertThatThrownBy(() -> r.apply(skipped)).hasMessage("event 3 does not follow version 1");
    }

    static String reason(FoiOffice.Handled handled) {
        assertThat(handled.refused()).as("expected a refusal, got %s", handled.event()).isTrue();
        return ((RequestEvent.CommandRefused) handled.event()).reason();
    }
}
