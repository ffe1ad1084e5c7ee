package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.core.request.Command;
import uk.foi.core.request.Lifecycle;

/** The lifecycle's forms: shown exactly where foi-core allows their command, and typed values sent as foi-api wants. */
class CommandFormsTest {

    /** Each form against foi-core's {@link Lifecycle} table, so the page never offers what the API would refuse. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"clarification-request, SeekClarification", "clarification, ReceiveClarification",
        "fees-notice, IssueFeesNotice", "fee-payment, ReceiveFee", "regime, ChangeHandling",
        "part-regime, ReroutePart", "lapse, Lapse",
        "withdrawal, Withdraw", "review-request, RequestReview", "review-result, CompleteReview",
        "ico-complaint, LodgeIcoComplaint", "decision-notice, RecordDecisionNotice",
        "tribunal-appeal, AppealToTribunal", "compliance, ComplyWithDecisionNotice", "closure, Close"})
    void eachFormIsShownWhereTheLifecycleAllowsItsCommand(String path, String command) throws Exception {
        Class<? extends Command> type = Class.forName(Command.class.getName() + "$" + command)
                .asSubclass(Command.class);

        assertThat(CommandForms.named(path).orElseThrow().statuses()).containsExactlyInAnyOrderElementsOf(
                Lifecycle.allowedFrom(type).stream().map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void onlyAManagerRecordsTheReviewsResult() {
        assertThat(CommandForms.forStatus("REVIEW_REQUESTED", false)).extracting(CommandForms::command)
                .doesNotContain("review-result").contains("ico-complaint");
        assertThat(CommandForms.forStatus("REVIEW_REQUESTED", true)).extracting(CommandForms::command)
                .contains("review-result");
        assertThat(CommandForms.forStatus("CLOSED", true)).isEmpty();
    }

    @Test
    void poundsAreSentInPenceAndDatesAsIsoDays() {
        List<Pages.FormError> errors = new ArrayList<>();
        Map<String, Object> body = CommandForms.named("fees-notice").orElseThrow()
                .body(Map.of("amountPence", "£1,025.50", "on", "2026-11-20"), errors);

        assertThat(errors).isEmpty();
        assertThat(body).containsEntry("amountPence", 102_550L).containsEntry("on", "2026-11-20");
        assertThat(CommandForms.named("fee-payment").orElseThrow().body(Map.of("on", " "), errors))
                .doesNotContainKey("on");
    }

    @Test
    void whatCannotBeSentIsShownBesideItsField() {
        List<Pages.FormError> errors = new ArrayList<>();
        CommandForms.named("fees-notice").orElseThrow().body(Map.of("amountPence", "ten pounds", "on", "20/11"),
                errors);
        CommandForms.named("decision-notice").orElseThrow().body(Map.of("noticeReference", "IC-1"), errors);

        assertThat(errors).containsExactly(
                new Pages.FormError("fees-notice-amountPence", "Enter the fee in pounds, for example 25.50"),
                new Pages.FormError("fees-notice-on", "Enter the date as year-month-day, for example 2026-11-20"),
                new Pages.FormError("decision-notice-result", "Choose what the Commissioner decided"));
    }

    /** The steps' date is the notice's own (FOIA s50(4)): blank means the notice requires none, not today. */
    @Test
    void aDecisionNoticeSendsItsStepsDateOnlyWhenGiven() {
        CommandForms notice = CommandForms.named("decision-notice").orElseThrow();
        List<Pages.FormError> errors = new ArrayList<>();

        Map<String, Object> withSteps = notice.body(Map.of("noticeReference", "IC-1", "result", "COMPLAINT_UPHELD",
                "stepsBy", "2026-12-31"), errors);
        Map<String, Object> without = notice.body(Map.of("noticeReference", "IC-1", "result", "COMPLAINT_NOT_UPHELD",
                "stepsBy", ""), errors);

        assertThat(errors).isEmpty();
        assertThat(withSteps).containsEntry("stepsBy", "2026-12-31");
        assertThat(without).doesNotContainKey("stepsBy");
    }

    @Test
    void aClarificationNamesThePartsItExplains() {
        assertThat(CommandForms.named("clarification").orElseThrow().body(Map.of("text", "2019 to 2021",
                "parts", "2, 3 4"), new ArrayList<>())).containsEntry("parts", List.of("2", "3", "4"))
                .containsEntry("text", "2019 to 2021");
    }
}
