package org.example.foiuser;

import java.time.Clock;
import java.time.LocalDate;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Deadline;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.events.EventCodec;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.RefusalCheck;

/** What another team's service does with the toolkit: the README's example, compiled and tested here. */
public final class DueDates {

    private DueDates() {
    }

    /**
     * The response deadline of a FOIA request, with its working.
     *
     * @param received the date of receipt
     * @return the deadline
     */
    public static Deadline responseDue(LocalDate received) {
        // README:begin
        StatutoryClock clock = new StatutoryClock(UkCalendars.bundled());
        RequestTimeline request = RequestTimeline.received("01.FOI.23.033513", ClockProfile.of(Regime.FOIA),
                received);
        Deadline due = clock.responseDue(request, received);   // due.due(), due.render(): the working
        // README:end
        return due;
    }

    /**
     * Logs a request with the domain and returns its first event as the CloudEvent the services put on Kafka.
     *
     * @param received the date of receipt
     * @param clock    the clock the office reads today from
     * @return the CloudEvent's JSON
     */
    public static String logAndEncode(LocalDate received, Clock clock) {
        // README:begin office
        Authority authority = new Authority(AuthorityId.of("met-police"), "Metropolitan Police Service",
                ClockProfile.of(Regime.FOIA), CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("01.FOI.{yy}.{seq:6}"),
                new Authority.Contact("foi@met.police.example", "PO Box 313, Sidcup DA15 0HH", "FOI Manager"));
        FoiOffice office = new FoiOffice(new StatutoryClock(UkCalendars.bundled()), RefusalCheck.standard(),
                Catalogue.bundled(), clock);
        FoiOffice.Handled logged = office.receive(authority, new Intake(RequestId.random(), received,
                Channel.EMAIL, "1. How many drones does the force own?"), new InMemoryReferenceNumbers());
        String cloudEvent = EventCodec.standard().encode(logged.recorded());   // what foi-api publishes
        // README:end office
        return cloudEvent;
    }
}
