package uk.foi.events.deadline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.foi.deadlines.DeadlineKind;

/**
 * A team's daily digest, type {@code uk.foi.deadline.digest.v1}: the authority's deadlines falling due in the next
 * working days, earliest first.
 *
 * @param id    name-based on the team and day, so a digest sent twice is recognisable
 * @param time  when it was emitted
 * @param team  the team ({@value #UNASSIGNED} for requests nobody owns yet)
 * @param day   the day it is for
 * @param items what falls due, by date then reference
 */
public record TeamDigest(UUID id, Instant time, String team, LocalDate day, List<Item> items)
        implements DeadlineEvent {

    /** The type. */
    public static final String TYPE = PREFIX + "digest.v1";
    /** The team of requests nobody is assigned to. */
    public static final String UNASSIGNED = "unassigned";

    /** Sorts the items and checks nothing is null. */
    public TeamDigest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(day, "day");
        items = items.stream().sorted(Comparator.comparing(Item::due).thenComparing(Item::reference)).toList();
    }

    /**
     * A digest with its name-based id.
     *
     * @param time  when it is emitted
     * @param team  the team
     * @param day   the day
     * @param items what falls due
     * @return the digest
     */
    public static TeamDigest of(Instant time, String team, LocalDate day, List<Item> items) {
        UUID id = UUID.nameUUIDFromBytes(("digest|" + team + "|" + day).getBytes(StandardCharsets.UTF_8));
        return new TeamDigest(id, time, team, day, items);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return team;
    }

    @Override
    public boolean mailed() {
        return true;
    }

    /**
     * One deadline in a digest.
     *
     * @param requestId the request
     * @param reference its reference
     * @param deadline  the deadline
     * @param due       its date
     * @param rule      the rule behind it, with its section
     * @param assignee  the caseworker, once assigned
     */
    public record Item(String requestId, String reference, DeadlineKind deadline, LocalDate due, String rule,
            Optional<String> assignee) {
        /** @throws NullPointerException if a component is null */
        public Item {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(assignee, "assignee");
        }
    }
}
