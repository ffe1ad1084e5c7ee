package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/** foi-api's problem+json turned into the errors a form shows, each beside its field. */
class ProblemsTest {

    private static FoiApi.Reply<Object> reply(int status, Wire.Problem p) {
        return new FoiApi.Reply<>(status, null, p, null);
    }

    @Test
    void aFieldOfADecisionIsShownBesideThatQuestionsField() {
        Wire.Problem p = new Wire.Problem("Bad Request", 400, null, List.of(
                new Wire.FieldError("decisions[0].citations[1]", "not a provision: FOIA s99"),
                new Wire.FieldError("decisions[0].somethingElse", "wrong")), null, null);

        List<Pages.FormError> errors = RequestPages.problems(reply(400, p), Map.of("decisions[0].", "p2-"),
                Set.of("p2-citations", "p2-reasons"));

        assertThat(errors).containsExactly(new Pages.FormError("p2-citations", "not a provision: FOIA s99"),
                new Pages.FormError("", "decisions[0].somethingElse: wrong"));
    }

    @Test
    void aFieldOfOneProvisionIsShownBesideThatProvision() {
        Wire.Problem p = new Wire.Problem("Bad Request", 400, null, List.of(
                new Wire.FieldError("decisions[0].grounds[1].publicInterest", "FOIA s40(3A)(a) is absolute"),
                new Wire.FieldError("decisions[0].outcome", "required")), null, null);
        Map<String, String> prefixes = new java.util.LinkedHashMap<>();
        prefixes.put("decisions[0].grounds[1].", "p2-g2-");
        prefixes.put("decisions[0].", "p2-");

        List<Pages.FormError> errors = RequestPages.problems(reply(400, p), prefixes,
                Set.of("p2-outcome", "p2-g2-publicInterest"));

        assertThat(errors).as("the second ground sent was the form's third row").containsExactly(
                new Pages.FormError("p2-g2-publicInterest", "FOIA s40(3A)(a) is absolute"),
                new Pages.FormError("p2-outcome", "required"));
    }

    @Test
    void theRequestersFieldsAreTheIntakeFormsOwn() {
        Wire.Problem p = new Wire.Problem("Bad Request", 400, null,
                List.of(new Wire.FieldError("requester.email", "must be a well-formed email address"),
                        new Wire.FieldError("requester.name", "must not be blank"),
                        new Wire.FieldError("requester", "a requester needs an address for correspondence")),
                null, null);

        assertThat(RequestPages.problems(reply(400, p), NewRequestPages.REQUESTER_FIELDS, Set.of("name", "email")))
                .containsExactly(new Pages.FormError("email", "must be a well-formed email address"),
                        new Pages.FormError("name", "must not be blank"),
                        new Pages.FormError("email", "a requester needs an address for correspondence"));
    }

    @Test
    void aRefusalListsItsSection17Findings() {
        Wire.Problem p = new Wire.Problem("IssueResponse refused", 422, "the response is not a valid refusal notice",
                null, List.of("part 2: no reasons (s17(1)(c))"), null);

        assertThat(RequestPages.problems(reply(422, p), Map.of(), Set.of())).extracting(Pages.FormError::message)
                .containsExactly("the response is not a valid refusal notice", "part 2: no reasons (s17(1)(c))");
    }

    @Test
    void aChangeMadeMeanwhileSaysSoInsteadOfOverwritingIt() {
        assertThat(RequestPages.problems(reply(412, null), Map.of(), Set.of())).singleElement()
                .extracting(Pages.FormError::message).asString().startsWith("Someone else changed this request");
    }
}
