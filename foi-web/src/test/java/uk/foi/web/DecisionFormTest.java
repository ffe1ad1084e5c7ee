package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.foi.web.api.Wire;

/** The decision form starts from what was decided: each provision in its own row, with its own records. */
class DecisionFormTest {

    @Test
    void aPartsDecisionFillsItsFormProvisionByProvision() {
        Wire.Decision decided = new Wire.Decision("2.a", "NEITHER_CONFIRM_NOR_DENY", null, List.of(
                new Wire.Ground("FOIA s23(5)", "Security bodies.", null, null, "whether a security body took part", null),
                new Wire.Ground("FOIA s24(2)", "National security.", null, new Wire.PublicInterest(
                        List.of("Transparency", "Accountability"), List.of("National security"), "Favours NCND."),
                        "whether a security body took part", null),
                new Wire.Ground("FOIA s36(2)(c)", "Conduct of affairs.", "WOULD_OR_WOULD_BE_LIKELY_TO", null, null,
                        new Wire.QualifiedOpinion("the Chief Constable", LocalDate.of(2026, 10, 30)))));
        Wire.Request request = new Wire.Request(UUID.randomUUID(), "01.FOI.26.000001", "FOIA", "IN_PROGRESS",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), "EMAIL", null, null, "2. a) The unit.",
                List.of(), List.of(decided), null, null, null, 3, List.of());

        Map<String, String> values = RequestPages.decided(request);

        assertThat(values).containsEntry("p2-a-outcome", "NEITHER_CONFIRM_NOR_DENY").containsEntry("p2-a-answer", "")
                .containsEntry("p2-a-g0-citation", "FOIA s23(5)")
                .containsEntry("p2-a-g0-ncndScope", "whether a security body took part")
                .containsEntry("p2-a-g1-reasons", "National security.")
                .containsEntry("p2-a-g1-forDisclosure", "Transparency\nAccountability")
                .containsEntry("p2-a-g1-publicInterest", "Transparency\nAccountability")
                .containsEntry("p2-a-g1-conclusion", "Favours NCND.")
                .containsEntry("p2-a-g2-harm", "WOULD_OR_WOULD_BE_LIKELY_TO")
                .containsEntry("p2-a-g2-qualifiedOpinion", "the Chief Constable")
                .containsEntry("p2-a-g2-opinionGivenOn", "2026-10-30").containsEntry("p2-a-g0-qualifiedOpinion", "")
                .doesNotContainKey("p2-a-g0-forDisclosure").doesNotContainKey("p2-a-g3-citation")
                .containsEntry("p2-a-rows", "3");
    }

    @Test
    void theQualifiedPersonsOpinionGoesToTheApiOnlyWhenGivenAndAnUnreadableDateIsLeftForTheApiToName() {
        Map<String, Object> given = RequestPages.ground(Map.of("g0-citation", "FOIA s36(2)(c)",
                "g0-qualifiedOpinion", " the Chief Constable ", "g0-opinionGivenOn", "2026-10-30"), "g0-");
        Map<String, Object> none = RequestPages.ground(Map.of("g0-citation", "FOIA s31(1)(a)"), "g0-");
        Map<String, Object> badDate = RequestPages.ground(Map.of("g0-citation", "FOIA s36(2)(c)",
                "g0-qualifiedOpinion", "the Chief Constable", "g0-opinionGivenOn", "30th October"), "g0-");

        assertThat(given.get("qualifiedOpinion")).isEqualTo(Map.of("person", "the Chief Constable",
                "givenOn", "2026-10-30"));
        assertThat(none).doesNotContainKey("qualifiedOpinion");
        assertThat(((Map<?, ?>) badDate.get("qualifiedOpinion")).get("givenOn")).as("the API names it").isNull();
    }

    @Test
    void aDecisionOnMoreProvisionsThanTheFormStartsWithShowsThemAll() {
        List<Wire.Ground> five = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(i -> new Wire.Ground(
                "FOIA s3" + i, "Reason " + i, null, null, null, null)).toList();
        Wire.Request request = new Wire.Request(UUID.randomUUID(), "01.FOI.26.000001", "FOIA", "IN_PROGRESS",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2), "EMAIL", null, null, "1. All of it.",
                List.of(), List.of(new Wire.Decision("1", "WITHHELD", null, five)), null, null, null, 3, List.of());

        Map<String, String> values = RequestPages.decided(request);

        assertThat(values).containsEntry("p1-rows", "5").containsEntry("p1-g4-citation", "FOIA s35");
        assertThat(RequestPages.groundRows(values.get("p1-rows"))).isEqualTo(5);
        assertThat(RequestPages.groundRows("99")).as("bounded").isEqualTo(RequestPages.MAX_GROUND_ROWS);
        assertThat(RequestPages.groundRows("junk")).isEqualTo(RequestPages.GROUND_ROWS);
    }
}
