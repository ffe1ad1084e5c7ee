package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.foi.api.application.RetentionService;
import uk.foi.api.application.Roles;
import uk.foi.api.store.Retention;

/**
 * An authority's retention schedule for finished case files, the run that erases those due, and the record of what
 * it erased (docs/records.md). Admins set the schedule and run it; auditors and admins read the record.
 */
@Controller("/authorities/{id}/retention")
public class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    /**
     * @param yearsAfterLastAction years after the last action on a finished case before its file is destroyed
     * @param yearsAfterRegulator  the same where the Commissioner or a tribunal was involved
     * @param setBy                who set it, or null for the default
     */
    @Serdeable
    public record ScheduleView(int yearsAfterLastAction, int yearsAfterRegulator, @Nullable String setBy) {
    }

    /**
     * @param yearsAfterLastAction years after the last action, 1 to 100
     * @param yearsAfterRegulator  years where the regulator was involved, at least the other, at most 100
     */
    @Serdeable
    public record ScheduleBody(@NotNull Integer yearsAfterLastAction, @NotNull Integer yearsAfterRegulator) {
    }

    /** @param dryRun true to erase nothing and say what would go */
    @Serdeable
    public record RunBody(@Nullable Boolean dryRun) {
    }

    /**
     * @param requestId     the request
     * @param reference     its reference
     * @param rule          the rule that made it due
     * @param dueOn         the day it became due
     * @param erasedAt      when it was erased (on a dry run, now)
     * @param requester     whether the requester's details went
     * @param messages      messages of its correspondence erased
     * @param documents     documents erased (what was located)
     * @param keptPublished released versions kept, being on the disclosure log
     */
    @Serdeable
    public record ErasureView(String requestId, String reference, String rule, LocalDate dueOn, Instant erasedAt,
            boolean requester, int messages, int documents, int keptPublished) {
    }

    /**
     * @param dryRun whether anything was erased
     * @param erased what was (or would be) erased
     */
    @Serdeable
    public record RunView(boolean dryRun, List<ErasureView> erased) {
    }

    /**
     * @param auth a member of the authority's staff
     * @param id   the authority
     * @return its schedule
     */
    @Get
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public ScheduleView get(Authentication auth, @PathVariable String id) {
        return view(retention.schedule(Callers.of(auth).within(id)));
    }

    /**
     * @param auth an admin of the authority
     * @param id   the authority
     * @param body the schedule
     * @return it as saved
     */
    @Put
    @Secured(Roles.ADMIN)
    public ScheduleView put(Authentication auth, @PathVariable String id, @Valid @Body ScheduleBody body) {
        return view(retention.set(Callers.of(auth).within(id), body.yearsAfterLastAction(),
                body.yearsAfterRegulator()));
    }

    /**
     * @param auth an admin of the authority
     * @param id   the authority
     * @param body whether to erase, or only say what would go
     * @return what was erased
     */
    @Post("/run")
    @Secured(Roles.ADMIN)
    public RunView run(Authentication auth, @PathVariable String id, @Valid @Body RunBody body) {
        boolean dryRun = Boolean.TRUE.equals(body.dryRun());
        return new RunView(dryRun, retention.run(Callers.of(auth).within(id), dryRun).stream()
                .map(RetentionController::view).toList());
    }

    /**
     * @param auth an auditor or admin of the authority
     * @param id   the authority
     * @return its latest 500 erasures, newest first
     */
    @Get("/erasures")
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    public List<ErasureView> erasures(Authentication auth, @PathVariable String id) {
        return retention.erasures(Callers.of(auth).within(id)).stream().map(RetentionController::view).toList();
    }

    private static ScheduleView view(RetentionService.Schedule s) {
        return new ScheduleView(s.schedule().yearsAfterLastAction(), s.schedule().yearsAfterRegulator(),
                s.setBy().orElse(null));
    }

    private static ErasureView view(Retention.Erasure e) {
        return new ErasureView(e.requestId().toString(), e.reference(), e.rule(), e.dueOn(), e.erasedAt(),
                e.requester(), e.messages(), e.documents(), e.keptPublished());
    }
}
