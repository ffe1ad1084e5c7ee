package uk.foi.api.store;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.CaseloadDates;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.core.request.Status;
import uk.foi.core.statistics.StatisticsFacts;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.events.EventCodec;
import uk.foi.events.EventTypes;

/** {@link Requests} in PostgreSQL, through {@link RequestRows}. */
@Singleton
class JdbcRequests implements Requests {

    /** How many outbox lanes requests are spread over; each lane is published in order by one relay at a time. */
    private static final int LANES = 16;

    private static final List<String> TERMINAL = Arrays.stream(Status.values()).filter(Status::terminal)
            .map(Status::name).toList();

    private final RequestRows rows;
    private final EventCodec codec;
    private final FoiOffice office;
    private final String topic;
    private final DisclosureEntries disclosures;
    private final RequestStatistics statistics;
    private final StatutoryClock statutoryClock;
    private final JdbcOperations jdbc;

    JdbcRequests(RequestRows rows, EventCodec codec, FoiOffice office,
            @Value("${foi.kafka.topic:foi.request-events}") String topic, DisclosureEntries disclosures,
            RequestStatistics statistics, StatutoryClock statutoryClock, JdbcOperations jdbc) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.statutoryClock = statutoryClock;
        this.rows = rows;
        this.codec = codec;
        this.office = office;
        this.topic = topic;
        this.disclosures = disclosures;
    }

    @Override
    public Optional<EarlierIntake> claimIdempotencyKey(AuthorityId authority, String key, byte[] bodySha256,
            UUID requestId, Instant at) {
        if (rows.claim(authority.value(), key, bodySha256, requestId, at) == 1) {
            return Optional.empty();
        }
        return rows.earlierIntake(authority.value(), key);
    }

    @Override
    public void insert(FoiOffice.Handled received, Requester requester, String actor) {
        FoiRequest r = received.request();
        CaseloadDates dates = received.caseloadDates();
        // the row is written with the dates the domain decided (CaseloadDates), so there is nothing to rewrite
        rows.insertRequest(r.id().value(), r.authority().value(), r.reference(), r.profile().regime().name(),
                r.status().name(), r.receivedOn(), r.text().asReceived(), r.version(),
                received.event().meta().occurredAt(), dates.responseDue().orElse(null), dates.nextDue().orElse(null));
        rows.insertRequester(r.id().value(), requester.name(), requester.email().orElse(null),
                requester.postalAddress().orElse(null));
        record(received, actor, "Receive");
        insertDeadlines(r.id(), dates);
        statistics.put(r.id(), StatisticsFacts.allOf(r, received.deadlines(), statutoryClock), true);
    }

    @Override
    public void append(FoiOffice.Handled handled, long expected, String actor, String command) {
        FoiRequest r = handled.request();
        String outcome = r.response().map(resp -> resp.outcome().name()).orElse(null);
        LocalDate respondedOn = r.response().map(FoiRequest.IssuedResponse::on).orElse(null);
        Instant at = handled.event().meta().occurredAt();
        // a refusal changes nothing but the version; otherwise the row takes the dates the domain decided with it
        CaseloadDates dates = handled.refused() ? null : handled.caseloadDates();
        int updated = dates == null
                ? rows.updateRequest(r.id().value(), expected, r.status().name(), r.assignee().orElse(null),
                        r.team().orElse(null), outcome, respondedOn, r.version(), at)
                : rows.updateRequestAndDates(r.id().value(), expected, r.status().name(), r.assignee().orElse(null),
                        r.team().orElse(null), outcome, respondedOn, r.version(), at,
                        dates.responseDue().orElse(null), dates.nextDue().orElse(null));
        if (updated != 1) {
            throw new StaleVersion(r.id(), expected);
        }
        record(handled, actor, command);
        if (dates != null) {
            rows.deleteDeadlines(r.id().value());
            insertDeadlines(r.id(), dates);
            statistics.put(r.id(), StatisticsFacts.allOf(r, handled.deadlines(), statutoryClock), false);
        }
        // The log's entry changes only when the publication does: the decisions and the response it shows are fixed
        // by then (a part is decided only before the response, and a response is published only after it).
        RequestEvent event = handled.event();
        if (event instanceof RequestEvent.ResponsePublished || event instanceof RequestEvent.PublicationWithdrawn) {
            disclosures.save(r);
        }
    }

    /** The event and its outbox row. */
    private void record(FoiOffice.Handled handled, String actor, String command) {
        RequestEvent event = handled.event();
        String json = codec.encode(handled.recorded());
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_EVENT_BYTES) {
            throw new EventTooLarge(bytes.length);
        }
        UUID requestId = event.requestId().value();
        rows.insertEvent(requestId, event.sequence(), event.meta().eventId(), EventTypes.of(event.getClass()), command,
                actor, event.meta().occurredAt(), json);
        rows.enqueue(laneOf(event.requestId()), event.meta().eventId(), requestId, topic,
                requestId.toString(), bytes, event.meta().occurredAt());
    }

    /**
     * @param id a request
     * @return its outbox lane, one of the 16 of {@code outbox_lane} (V1): a request's events share one, so the relay
     *         publishes them in order
     */
    private static int laneOf(RequestId id) {
        return Math.floorMod(id.value().hashCode(), LANES);
    }

    @Override
    public List<Map.Entry<RequestId, AuthorityId>> withDeadlinesInForce() {
        return rows.withDeadlinesInForce().stream()
                .map(o -> Map.entry(new RequestId(o.id()), AuthorityId.of(o.authorityId()))).toList();
    }

    @Override
    public List<RequestId> open(AuthorityId authority) {
        return rows.open(authority.value(), TERMINAL).stream().map(RequestId::new).toList();
    }

    @Override
    public boolean reproject(FoiRequest r) {
        List<String> before = rows.deadlinesInForce(r.id().value());
        project(r, office.caseloadDates(r));
        return !before.equals(rows.deadlinesInForce(r.id().value()));
    }

    /** Rewrites the deadlines in force and the earliest one the authority must meet, as the domain decided them. */
    private void project(FoiRequest r, CaseloadDates dates) {
        rows.deleteDeadlines(r.id().value());
        insertDeadlines(r.id(), dates);
        rows.updateDates(r.id().value(), dates.responseDue().orElse(null), dates.nextDue().orElse(null));
    }

    private void insertDeadlines(RequestId id, CaseloadDates dates) {
        for (DeadlineStatus d : dates.open()) {
            rows.insertDeadline(id.value(), d.deadline().kind().name(), d.deadline().due(),
                    d.deadline().kind().party().name(), d.deadline().basis().name(), d.deadline().provisional(),
                    d.deadline().explanation().rule());
        }
    }

    @Override
    public Optional<FoiRequest> load(RequestId id, Authority authority) {
        List<RequestEvent> events = events(id, authority);
        return events.isEmpty() ? Optional.empty() : Optional.of(FoiRequest.replay(authority.clock(), events));
    }

    @Override
    public List<RequestId> page(AuthorityId authority, Optional<RequestId> after, int limit) {
        return rows.page(authority.value(), after.map(RequestId::value).orElse(new UUID(0, 0)), limit).stream()
                .map(RequestId::new).toList();
    }

    @Override
    public void recount(AuthorityId authority) {
        // Held until the transaction ends, so a change to a request's status or next date (whose trigger writes the
        // counts) waits for the recount. Micronaut Data has no statement kind for LOCK: it goes through its
        // JdbcOperations, as the one statement here that returns neither rows nor a count.
        jdbc.prepareStatement("LOCK TABLE request_count IN EXCLUSIVE MODE", statement -> statement.execute());
        rows.deleteCounts(authority.value());
        rows.countRequests(authority.value());
    }

    @Override
    public boolean lock(RequestId id) {
        return rows.lock(id.value()).isPresent();
    }

    @Override
    public boolean belongsTo(RequestId id, AuthorityId authority) {
        return rows.countOwned(id.value(), authority.value()) > 0;
    }

    @Override
    public List<RequestEvent> events(RequestId id, Authority authority) {
        return rows.events(id.value(), authority.id().value()).stream().map(json -> codec.decode(json).event())
                .toList();
    }

    @Override
    public Optional<Requester> requester(RequestId id) {
        return rows.requester(id.value()).map(r -> new Requester(r.name(), Optional.ofNullable(r.email()),
                Optional.ofNullable(r.postalAddress())));
    }

    @Override
    public List<AuditEntry> audit(RequestId id) {
        return rows.audit(id.value()).stream().map(a -> new AuditEntry(a.sequence(), a.type(), a.command(),
                a.actor(), a.occurredAt(), codec.decode(a.payload()).event())).toList();
    }

    @Override
    public String stateUpTo(Authority authority, LocalDate to) {
        return rows.stateUpTo(authority.id().value(), to);
    }

    @Override
    public List<FoiRequest> receivedBetween(Authority authority, LocalDate from, LocalDate to) {
        List<RequestEvent> events = rows.eventsReceivedBetween(authority.id().value(), from, to).stream()
                .map(json -> codec.decode(json).event()).toList();
        List<FoiRequest> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || !events.get(i).requestId().equals(events.get(start).requestId())) {
                out.add(FoiRequest.replay(authority.clock(), events.subList(start, i)));
                start = i;
            }
        }
        return out;
    }
}
