package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Every command in every status: the legal ones happen and lead where the table says, the illegal ones are refused as
 * events and change nothing. The table is written out here independently of {@link Lifecycle}; sources: FOIA ss1(3),
 * 9, 10(3), 17, 50, 57 and the s45 Code of Practice part 5 (internal review); publishing on the disclosure log
 * (s19, the publication scheme) needs a response to publish.
 */
class LifecycleTest {

    /** command | statuses it may be given in | status it leads to ({@code same} = unchanged). */
    static final String TABLE = """
            Acknowledge          | RECEIVED                                                   | IN_PROGRESS
            Assign               | RECEIVED AWAITING_CLARIFICATION AWAITING_FEE IN_PROGRESS EXTENDED RESPONDED REVIEW_REQUESTED REVIEW_COMPLETED ICO_COMPLAINT DECISION_NOTICE TRIBUNAL_APPEAL | same
            SeekClarification    | RECEIVED IN_PROGRESS                                       | AWAITING_CLARIFICATION
            ReceiveClarification | AWAITING_CLARIFICATION                                     | IN_PROGRESS
            IssueFeesNotice      | RECEIVED IN_PROGRESS                                       | AWAITING_FEE
            ReceiveFee           | AWAITING_FEE                                               | IN_PROGRESS
            ExtendDeadline       | RECEIVED IN_PROGRESS EXTENDED                              | EXTENDED
            DecidePart           | RECEIVED IN_PROGRESS                                       | IN_PROGRESS
            IssueResponse        | IN_PROGRESS EXTENDED                                       | RESPONDED
            Withdraw             | RECEIVED AWAITING_CLARIFICATION AWAITING_FEE IN_PROGRESS EXTENDED | WITHDRAWN
            Lapse                | AWAITING_CLARIFICATION AWAITING_FEE                        | LAPSED
            RequestReview        | RESPONDED                                                  | REVIEW_REQUESTED
            CompleteReview       | REVIEW_REQUESTED                                           | REVIEW_COMPLETED
            LodgeIcoComplaint    | RESPONDED REVIEW_REQUESTED REVIEW_COMPLETED                | ICO_COMPLAINT
            RecordDecisionNotice | ICO_COMPLAINT                                              | DECISION_NOTICE
            AppealToTribunal     | DECISION_NOTICE                                            | TRIBUNAL_APPEAL
            ComplyWithDecisionNotice | DECISION_NOTICE TRIBUNAL_APPEAL                        | same
            Close                | RESPONDED REVIEW_COMPLETED DECISION_NOTICE TRIBUNAL_APPEAL | CLOSED
            Publish              | RESPONDED REVIEW_REQUESTED REVIEW_COMPLETED ICO_COMPLAINT DECISION_NOTICE TRIBUNAL_APPEAL CLOSED | same
            Unpublish            | RESPONDED REVIEW_REQUESTED REVIEW_COMPLETED ICO_COMPLAINT DECISION_NOTICE TRIBUNAL_APPEAL CLOSED | same
            ReroutePart          | RECEIVED AWAITING_CLARIFICATION AWAITING_FEE IN_PROGRESS EXTENDED | same
            ChangeHandling       | RECEIVED AWAITING_CLARIFICATION AWAITING_FEE IN_PROGRESS EXTENDED RESPONDED REVIEW_REQUESTED REVIEW_COMPLETED ICO_COMPLAINT DECISION_NOTICE TRIBUNAL_APPEAL | same
            """;

    static final LocalDate RECEIVED = LocalDate.of(2023, 5, 2);
    static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

    static Map<String, Map<Status, Status>> expected() {
        Map<String, Map<Status, Status>> out = new LinkedHashMap<>();
        for (String row : TABLE.strip().split("\n")) {
            String[] cells = row.split("\\|");
            Map<Status, Status> legal = new EnumMap<>(Status.class);
            for (String from : cells[1].trim().split("\\s+")) {
                Status f = Status.valueOf(from);
                legal.put(f, cells[2].trim().equals("same") ? f : Status.valueOf(cells[2].trim()));
            }
            out.put(cells[0].trim(), legal);
        }
        // DecidePart after an extension keeps the request extended.
        out.get("DecidePart").put(Status.EXTENDED, Status.EXTENDED);
        return out;
    }

    static Stream<Arguments> everyStatusAndCommand() {
        List<Arguments> out = new ArrayList<>();
        for (Status status : Status.values()) {
            for (String command : expected().keySet()) {
                out.add(Arguments.of(status, command));
            }
        }
        return out.stream();
    }

    @Test
    void theTableCoversEveryCommand() {
        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Command.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
    }

    @ParameterizedTest(name = "{1} while {0}")
    @MethodSource("everyStatusAndCommand")
    void theOfficeCarriesOutLegalCommandsAndRefusesTheRest(Status status, String commandName) {
        MutableClock clock = MutableClock.on(TODAY);
        FoiOffice office = office(clock);
        FoiRequest request = reach(office, status);
        assertThat(request.status()).isEqualTo(status);
        Command command = sample(commandName, request);
        Optional<Status> legal = Optional.ofNullable(expected().get(commandName).get(status));

        FoiOffice.Handled handled = office.handle(request, command);

        assertThat(Lifecycle.next(status, command.getClass())).isEqualTo(legal);
        assertThat(handled.event().sequence()).isEqualTo(request.version() + 1);
        if (legal.isPresent()) {
            assertThat(handled.refused()).as("%s refused: %s", commandName, handled.event()).isFalse();
            assertThat(handled.request().status()).isEqualTo(legal.get());
        } else {
            RequestEvent.CommandRefused refused = (RequestEvent.CommandRefused) handled.event();
            assertThat(refused.reason()).startsWith(commandName + " is not possible while the request is " + status);
            assertThat(refused.status()).isEqualTo(status);
            assertThat(handled.request()).usingRecursiveComparison().ignoringFields("version").isEqualTo(request);
            assertThat(handled.request().version()).isEqualTo(request.version() + 1);
        }
    }

    /** A one-part request brought to a status by the shortest legal path, with dates that keep every rule happy. */
    static FoiRequest reach(FoiOffice office, Status status) {
        FoiRequest r = receive(office, metPolice(), RECEIVED, "1. Please send me the LFR policy.");
        Command decide = new Command.DecidePart(day(5, 4), "1", List.of(PartDecision.of("1", Outcome.DISCLOSED)
                .answer("Attached.").build()));
        List<Command> responded = List.of(new Command.Acknowledge(day(5, 3)), decide,
                new Command.IssueResponse(day(5, 5)), new Command.Publish(day(5, 5), "1. The LFR policy."));
        List<Command> path = switch (status) {
            case RECEIVED -> List.of();
            case AWAITING_CLARIFICATION -> List.of(new Command.SeekClarification(day(5, 3), "Which policy?"));
            case AWAITING_FEE -> List.of(new Command.IssueFeesNotice(day(5, 3), 1_000));
            case IN_PROGRESS -> List.of(new Command.Acknowledge(day(5, 3)), decide);
            case EXTENDED -> List.of(new Command.Acknowledge(day(5, 3)), decide, extend(day(5, 10)));
            case RESPONDED -> responded;
            case REVIEW_REQUESTED -> concat(responded, new Command.RequestReview(day(5, 10), "More, please"));
            case REVIEW_COMPLETED -> concat(responded, new Command.RequestReview(day(5, 10), "More, please"),
                    new Command.CompleteReview(day(5, 20), ReviewResult.UPHELD, "Right first time"));
            case ICO_COMPLAINT -> concat(responded, new Command.LodgeIcoComplaint(day(6, 1), "IC-1"));
            case DECISION_NOTICE -> concat(responded, new Command.LodgeIcoComplaint(day(6, 1), "IC-1"), notice());
            case TRIBUNAL_APPEAL -> concat(responded, new Command.LodgeIcoComplaint(day(6, 1), "IC-1"), notice(),
                    new Command.AppealToTribunal(day(7, 10), "requester"));
            case WITHDRAWN -> List.of(new Command.Withdraw(day(5, 3), "No longer needed"));
            case LAPSED -> List.of(new Command.SeekClarification(day(5, 3), "Which policy?"),
                    new Command.Lapse(day(8, 31)));
            case CLOSED -> concat(responded, new Command.Close(day(7, 31), "Complaint window passed"));
        };
        return run(office, r, path);
    }

    /** A command of the named kind that breaks no rule but the lifecycle. */
    static Command sample(String name, FoiRequest request) {
        LocalDate on = TODAY;
        return switch (name) {
            case "Acknowledge" -> new Command.Acknowledge(on);
            case "Assign" -> new Command.Assign(on, "jpowell", "foi-team-1");
            case "SeekClarification" -> new Command.SeekClarification(on, "Which policy?");
            case "ReceiveClarification" -> new Command.ReceiveClarification(on, "The 2023 one", List.of());
            case "IssueFeesNotice" -> new Command.IssueFeesNotice(on, 1_000);
            case "ReceiveFee" -> new Command.ReceiveFee(on);
            // Given within the response time, which the clock stops keep open in these states.
            case "ExtendDeadline" -> extend(request.statusSince().isAfter(day(5, 10)) ? request.statusSince()
                    : day(5, 10));
            case "DecidePart" -> new Command.DecidePart(on, "1", List.of(PartDecision.of("1", Outcome.NOT_HELD)
                    .build()));
            case "IssueResponse" -> new Command.IssueResponse(on);
            case "Withdraw" -> new Command.Withdraw(on, "");
            case "Lapse" -> new Command.Lapse(on);
            case "RequestReview" -> new Command.RequestReview(on, "");
            case "CompleteReview" -> new Command.CompleteReview(on, ReviewResult.PARTLY_UPHELD, "Some released");
            case "LodgeIcoComplaint" -> new Command.LodgeIcoComplaint(on, "IC-2");
            case "RecordDecisionNotice" -> new Command.RecordDecisionNotice(on, "IC-2-DN",
                    DecisionNoticeResult.COMPLAINT_UPHELD);
            case "AppealToTribunal" -> new Command.AppealToTribunal(on, "authority");
            case "ReroutePart" -> new Command.ReroutePart(on, List.of("1"), uk.foi.deadlines.Regime.EIR,
                    "It asks about emissions");
            case "ComplyWithDecisionNotice" -> new Command.ComplyWithDecisionNotice(on, "Information released");
            case "Close" -> new Command.Close(on, "done");
            case "Publish" -> new Command.Publish(on, "1. A live facial recognition policy.");
            case "Unpublish" -> new Command.Unpublish(on, "a name was left in");
            case "ChangeHandling" -> new Command.ChangeHandling(on, request.profile().withPolicy(
                    request.profile().policy().withReceiptRule(uk.foi.deadlines.ReceiptRule.NEXT_WORKING_DAY)),
                    "the authority's settings of 1 June applied to open requests");
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A notice upholding the complaint and requiring steps, so that compliance can be recorded against it. */
    static Command.RecordDecisionNotice notice() {
        return new Command.RecordDecisionNotice(day(7, 1), "IC-1-DN", DecisionNoticeResult.COMPLAINT_UPHELD,
                Optional.of(day(8, 14)));
    }

    static Command.ExtendDeadline extend(LocalDate on) {
        return new Command.ExtendDeadline(on, WorkingDays.of(20), List.of(Citation.parse("FOIA s31(1)(a)")));
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    static List<Command> concat(List<Command> first, Command... more) {
        List<Command> out = new ArrayList<>(first);
        out.addAll(List.of(more));
        return out;
    }
}
