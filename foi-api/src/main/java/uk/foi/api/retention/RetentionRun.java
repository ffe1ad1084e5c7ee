package uk.foi.api.retention;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.application.Transactions;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.Requests;
import uk.foi.api.store.Retention;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.records.RetentionSchedule;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.StatutoryClock;

/**
 * Destroys the personal data of finished case files once the authority's retention schedule says they are due
 * (foi-core {@link RetentionSchedule}; docs/records.md): the requester's name and addresses, the correspondence with
 * its attachments, and the records located — what was located, and any version to release that was not published
 * (a version on the disclosure log is public and stays). The request itself, its events (which hold no requester's
 * details) and so its statistics stay. Each erasure is its own transaction with the request locked, and is recorded:
 * which request, by which rule, what went. Runs nightly ({@code FOI_RETENTION_CRON}), or when an admin asks.
 */
@Singleton
public class RetentionRun {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);
    private static final int PAGE = 200;
    /** The most case files one run erases for an authority; the next run carries on. */
    static final int MAX_PER_RUN = 10_000;

    private final Authorities authorities;
    private final Requests store;
    private final Retention.Schedules schedules;
    private final Retention.Erasures erasures;
    private final Transactions tx;
    private final Clock clock;
    private final boolean nightly;

    RetentionRun(Authorities authorities, Requests store, Retention.Schedules schedules,
            Retention.Erasures erasures, Transactions tx, Clock clock,
            @Value("${foi.retention.enabled:true}") boolean nightly) {
        this.authorities = authorities;
        this.store = store;
        this.schedules = schedules;
        this.erasures = erasures;
        this.tx = tx;
        this.clock = clock;
        this.nightly = nightly;
    }

    /**
     * @param authority an authority
     * @return its schedule: the one its admin set, else the default
     */
    public RetentionSchedule scheduleOf(AuthorityId authority) {
        return schedules.findById(authority.value())
                .map(s -> new RetentionSchedule(s.yearsAfterLastAction(), s.yearsAfterRegulator()))
                .orElse(RetentionSchedule.DEFAULT);
    }

    /** Every authority's due case files, each night. */
    @Scheduled(cron = "${foi.retention.cron:0 15 2 * * *}")
    void everyNight() {
        if (!nightly) {
            return;
        }
        for (Authority authority : authorities.all()) {
            try {
                int erased = run(authority, false).size();
                if (erased > 0) {
                    LOG.info("retention: {} case files of {} erased", erased, authority.id().value());
                }
            } catch (RuntimeException e) {
                LOG.warn("retention: the run for {} stopped; the next run carries on: {}", authority.id().value(),
                        e.toString());
            }
        }
    }

    /**
     * Erases every case file of an authority that is due today, or (a dry run) says which would be.
     *
     * @param authority the authority
     * @param dryRun    true to erase nothing and record nothing
     * @return what was (or would be) erased, a record per request
     */
    public List<Retention.Erasure> run(Authority authority, boolean dryRun) {
        LocalDate today = LocalDate.now(clock.withZone(StatutoryClock.UK));
        RetentionSchedule schedule = scheduleOf(authority.id());
        LocalDate receivedBefore = today.minusYears(schedule.yearsAfterLastAction()).plusDays(1);
        List<Retention.Erasure> done = new ArrayList<>();
        UUID after = new UUID(0, 0);
        while (done.size() < MAX_PER_RUN) {
            UUID from = after;
            List<UUID> page = tx.read(() -> erasures.candidates(authority.id().value(), receivedBefore, from,
                    PAGE));
            for (UUID id : page) {
                Optional<Retention.Erasure> erased = dryRun
                        ? tx.read(() -> eraseIfDue(authority, schedule, id, today, true))
                        : tx.write(() -> eraseIfDue(authority, schedule, id, today, false));
                erased.ifPresent(done::add);
            }
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1);
        }
        return done;
    }

    private Optional<Retention.Erasure> eraseIfDue(Authority authority, RetentionSchedule schedule,
            UUID id, LocalDate today, boolean dryRun) {
        if (!dryRun && erasures.lock(id).isEmpty()) {
            return Optional.empty();
        }
        FoiRequest request = store.load(new RequestId(id), authority).orElseThrow();
        Optional<RetentionSchedule.Due> due = schedule.dueFor(request).filter(d -> !d.on().isAfter(today));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        if (!dryRun) {
            erasures.lockCorrespondence(id);
        }
        boolean published = request.publication().isPresent();
        int messages = erasures.messagesOf(id);
        int documents = erasures.documentsOf(id);
        int released = erasures.releasedOf(id);
        boolean requester = erasures.requesterOf(id) > 0;
        Retention.Erasure erasure = new Retention.Erasure(UUID.randomUUID(), authority.id().value(), id,
                request.reference(), due.get().rule(), due.get().on(), clock.instant(), requester, messages,
                documents, published ? released : 0);
        if (dryRun) {
            return Optional.of(erasure);
        }
        erasures.eraseAttachments(id);
        erasures.eraseCorrespondence(id);
        erasures.eraseDocumentParts(id);
        if (!published) {
            erasures.eraseReleases(id);
        }
        erasures.eraseUnreleasedDocuments(id);
        erasures.eraseLocatedContent(id);
        erasures.eraseRequester(id);
        return Optional.of(erasures.save(erasure));
    }
}
