package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.foi.core.authority.Authority;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;

/**
 * The regime is chosen per request and can be changed per request, within the regimes the authority is subject to.
 * Sources: FOIA s39(1) (environmental information is exempt under FOIA and goes to the EIR); EIR reg 5(1)-(2) (20
 * working days) and reg 7(1) (40 for complex and voluminous requests); FOIA s8(1)(a) (FOIA requests are in writing;
 * the EIR accept oral ones); SI 2004/3364 (the special FOIA time limits, made under FOIA s10(4)-(5), which the EIR
 * do not have); FOISA s39(2) and EISR reg 5 for Scotland.
 *
 * <p>Dates: received Tue 2 May 2023; the coronation (8 May) and the spring bank holiday (29 May) are not working
 * days. 20 working days end Thu 1 June; 40 end Thu 29 June.
 */
class RegimePerRequestTest {

    static final LocalDate RECEIVED = LocalDate.of(2023, 5, 2);
    static final LocalDate DAY_20 = LocalDate.of(2023, 6, 1);
    static final LocalDate DAY_40 = LocalDate.of(2023, 6, 29);

    final MutableClock clock = MutableClock.on(LocalDate.of(2023, 5, 10));
    final FoiOffice office = office(clock);

    FoiOffice.Handled receive(Authority authority, Channel channel, Optional<Regime> regime) {
        return office.receive(authority, new Intake(RequestId.random(), RECEIVED, channel, "Air quality readings",
                regime), new InMemoryReferenceNumbers());
    }

    static LocalDate responseDue(FoiOffice office, FoiRequest request) {
        return office.deadlines(request).stream().filter(d -> d.deadline().kind() == DeadlineKind.RESPONSE)
                .map(d -> d.deadline().due()).findFirst().orElseThrow();
    }

    @Test
    void anFoiaAuthorityLogsAnEnvironmentalRequestUnderTheEirAndRecordsTheProfileInTheEvent() {
        FoiOffice.Handled h = receive(metPolice(), Channel.TELEPHONE, Optional.of(Regime.EIR));

        RequestEvent.RequestReceived event = (RequestEvent.RequestReceived) h.event();
        assertThat(event.regime()).isEqualTo(Regime.EIR);
        assertThat(event.handling()).contains(metPolice().clock().underRegime(Regime.EIR));
        assertThat(h.request().profile().regime()).isEqualTo(Regime.EIR);
        assertThat(responseDue(office, h.request())).as("EIR reg 5(2)").isEqualTo(DAY_20);
    }

    @Test
    void intakeWithoutARegimeUsesTheAuthoritysMainOne() {
        assertThat(receive(metPolice(), Channel.EMAIL, Optional.empty()).request().profile().regime())
                .isEqualTo(Regime.FOIA);
    }

    @Test
    void aRegimeTheAuthorityIsNotSubjectToIsRefusedAtIntake() {
        assertThatThrownBy(() -> receive(metPolice(), Channel.EMAIL, Optional.of(Regime.FOISA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regime FOISA is not one Metropolitan Police Service is subject to");
        Authority foiaOnly = metPolice().withRegimes(java.util.Set.of(Regime.FOIA));
        assertThatThrownBy(() -> receive(foiaOnly, Channel.EMAIL, Optional.of(Regime.EIR)))
                .hasMessageContaining("regime EIR is not one");
    }

    @Test
    void anAuthorityCannotDeclareARegimeBesideItsMainOneThatIsNotItsCounterpart() {
        Authority met = metPolice();
        assertThatThrownBy(() -> met.withRegimes(java.util.Set.of(Regime.FOIA, Regime.EISR)))
                .hasMessageContaining("EISR cannot be handled beside FOIA");
        assertThatThrownBy(() -> met.withRegimes(java.util.Set.of(Regime.EIR)))
                .hasMessageContaining("must include the main regime FOIA");
    }

    @Test
    void reRoutingKeepsTheDateOfReceiptAndCountsUnderTheNewRegimeFromThen() {
        FoiRequest foia = receive(metPolice(), Channel.EMAIL, Optional.empty()).request();

        FoiOffice.Handled rerouted = office.handle(foia, new Command.ChangeHandling(LocalDate.of(2023, 5, 9),
                foia.profile().underRegime(Regime.EIR), "Emissions data: environmental information (FOIA s39)"));

        assertThat(rerouted.event()).isInstanceOfSatisfying(RequestEvent.HandlingChanged.class, e -> {
            assertThat(e.handling().regime()).isEqualTo(Regime.EIR);
            assertThat(e.reason()).contains("s39");
        });
        FoiRequest eir = rerouted.request();
        assertThat(eir.receivedOn()).isEqualTo(RECEIVED);
        assertThat(eir.timeline().receivedOn()).isEqualTo(RECEIVED);
        assertThat(rerouted.recorded().state().regime()).isEqualTo(Regime.EIR);

        FoiOffice.Handled extended = office.handle(eir, new Command.ExtendDeadline(LocalDate.of(2023, 5, 10),
                WorkingDays.of(0), List.of()));
        assertThat(extended.event()).isInstanceOfSatisfying(RequestEvent.DeadlineExtended.class,
                e -> assertThat(e.extension()).isEqualTo(RequestEvent.Extension.COMPLEX_AND_VOLUMINOUS));
        assertThat(responseDue(office, extended.request())).as("EIR reg 7(1): 40 working days from receipt")
                .isEqualTo(DAY_40);
    }

    @Test
    void reRoutingGoesToTheCounterpartOnly() {
        FoiRequest foia = receive(metPolice(), Channel.EMAIL, Optional.empty()).request();

        FoiOffice.Handled h = office.handle(foia, new Command.ChangeHandling(LocalDate.of(2023, 5, 9),
                ClockProfile.of(Regime.FOISA), "wrong jurisdiction"));

        assertThat(h.refused()).isTrue();
        assertThat(((RequestEvent.CommandRefused) h.event()).reason())
                .isEqualTo("a request under FOIA can be re-routed to EIR only, not FOISA (FOIA s39 / EIR reg 5;"
                        + " FOISA s39(2) / EISR reg 5)");
        assertThat(h.request().profile()).isEqualTo(foia.profile());
    }

    @Test
    void aChangeThatChangesNothingOrGivesNoReasonIsRefused() {
        FoiRequest foia = receive(metPolice(), Channel.EMAIL, Optional.empty()).request();

        assertThat(office.handle(foia, new Command.ChangeHandling(LocalDate.of(2023, 5, 9), foia.profile(),
                "again")).refused()).isTrue();
        assertThat(office.handle(foia, new Command.ChangeHandling(LocalDate.of(2023, 5, 9),
                foia.profile().underRegime(Regime.EIR), " ")).refused()).isTrue();
    }

    @Test
    void aPublicInterestExtensionCannotBeCarriedIntoTheEir() {
        FoiRequest foia = receive(metPolice(), Channel.EMAIL, Optional.empty()).request();
        FoiRequest extended = office.handle(foia, new Command.ExtendDeadline(LocalDate.of(2023, 5, 9),
                WorkingDays.of(20), List.of(Citation.parse("FOIA s31(1)(a)")))).request();
        assertThat(extended.status()).isEqualTo(Status.EXTENDED);

        FoiOffice.Handled h = office.handle(extended, new Command.ChangeHandling(LocalDate.of(2023, 5, 10),
                extended.profile().underRegime(Regime.EIR), "environmental after all"));

        assertThat(h.refused()).isTrue();
        assertThat(((RequestEvent.CommandRefused) h.event()).reason())
                .contains("a public interest extension exists under FOIA s10(3) only");
    }

    @Test
    void theSpecialFoiaTimeLimitsDoNotFollowARequestIntoTheEir() {
        ClockProfile armedForces = ClockProfile.of(Regime.FOIA).withAuthorityType(AuthorityType.ARMED_FORCES);

        assertThat(armedForces.underRegime(Regime.EIR).authorityType()).isEqualTo(AuthorityType.STANDARD);
        assertThat(armedForces.underRegime(Regime.FOIA)).isSameAs(armedForces);
    }

    /**
     * The armed forces' 60 working days (SI 2004/3364 reg 4, made under FOIA s10(4)) apply under FOIA only: a request
     * re-routed to the EIR loses them, and one re-routed back to FOIA has them again, with its own nation and policy.
     */
    @Test
    void aRequestReroutedBackToFoiaHasTheAuthoritysSpecialTimeLimitAgain() {
        Authority forces = new Authority(metPolice().id(), "Armed Forces", metPolice().clock()
                .withAuthorityType(AuthorityType.ARMED_FORCES), metPolice().costLimit(), metPolice().referenceFormat(),
                metPolice().contact());
        ClockProfile received = forces.clock().withPolicy(forces.clock().policy());
        ClockProfile underEir = forces.rerouted(received, Regime.EIR);

        assertThat(underEir.authorityType()).isEqualTo(AuthorityType.STANDARD);
        assertThat(forces.rerouted(underEir, Regime.FOIA)).isEqualTo(received);
        assertThat(metPolice().rerouted(metPolice().clock().underRegime(Regime.EIR), Regime.FOIA).authorityType())
                .isEqualTo(AuthorityType.STANDARD);
    }

    @Test
    void theHistoryReplaysToTheSameRequestWhateverTheAuthorityIsNow() {
        List<RequestEvent> events = new ArrayList<>();
        FoiOffice.Handled h = receive(metPolice(), Channel.EMAIL, Optional.empty());
        events.add(h.event());
        FoiOffice.Handled rerouted = office.handle(h.request(), new Command.ChangeHandling(LocalDate.of(2023, 5, 9),
                h.request().profile().underRegime(Regime.EIR), "environmental information (FOIA s39)"));
        events.add(rerouted.event());

        ClockProfile authorityNow = ClockProfile.of(Regime.FOISA);
        FoiRequest replayed = FoiRequest.replay(authorityNow, events);

        assertThat(replayed).isEqualTo(rerouted.request());
        List<DeadlineStatus> now = office.deadlines(replayed);
        assertThat(now).isEqualTo(office.deadlines(rerouted.request()));
    }
}
