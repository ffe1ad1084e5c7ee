package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.foi.api.retention.RetentionRun;
import uk.foi.api.store.Retention;
import uk.foi.core.records.RetentionSchedule;

/**
 * An authority's retention schedule (s46 Code of Practice on records management; UK GDPR Art. 5(1)(e), storage
 * limitation), the erasures it has made, and a run on demand (the nightly run is {@link RetentionRun}'s).
 */
@Singleton
public class RetentionService {

    private final RetentionRun run;
    private final RequestService requests;
    private final Retention.Schedules schedules;
    private final Retention.Erasures erasures;
    private final Transactions tx;
    private final Clock clock;

    RetentionService(RetentionRun run, RequestService requests, Retention.Schedules schedules,
            Retention.Erasures erasures, Transactions tx, Clock clock) {
        this.run = run;
        this.requests = requests;
        this.schedules = schedules;
        this.erasures = erasures;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The schedule in force, and who set it.
     *
     * @param schedule the schedule: the one an admin set, else the default
     * @param setBy    the admin who set it, if one did
     */
    public record Schedule(RetentionSchedule schedule, Optional<String> setBy) {
    }

    /** @param caller a member of the authority's staff @return its schedule */
    public Schedule schedule(Caller caller) {
        return tx.read(() -> new Schedule(run.scheduleOf(caller.authority()),
                schedules.findById(caller.authority().value()).map(Retention.Schedule::updatedBy)));
    }

    /**
     * @param caller               an admin of the authority
     * @param yearsAfterLastAction years a case file is kept after the last action on it
     * @param yearsAfterRegulator  years it is kept after a decision of the Commissioner
     * @return the schedule as saved
     * @throws Refused.Invalid naming the field if the schedule is not one the Code allows
     */
    public Schedule set(Caller caller, int yearsAfterLastAction, int yearsAfterRegulator) {
        try {
            new RetentionSchedule(yearsAfterLastAction, yearsAfterRegulator);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().replaceFirst(":.*", "");
            throw new Refused.Invalid(field, e.getMessage().substring(field.length() + 2));
        }
        tx.run(() -> schedules.put(caller.authority().value(), yearsAfterLastAction, yearsAfterRegulator,
                caller.name(), clock.instant()));
        return schedule(caller);
    }

    /**
     * @param caller an admin of the authority
     * @param dryRun true to erase nothing and record nothing
     * @return what was (or would be) erased today
     */
    public List<Retention.Erasure> run(Caller caller, boolean dryRun) {
        return run.run(requests.authorityOf(caller), dryRun);
    }

    /** @param caller an auditor or admin @return the authority's latest erasures, newest first */
    public List<Retention.Erasure> erasures(Caller caller) {
        return tx.read(() -> erasures.latest(caller.authority().value()));
    }
}
