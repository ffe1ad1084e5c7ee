package uk.foi.events.deadline;

import java.time.Instant;
import java.util.UUID;

/**
 * A message on {@code foi.deadline-events}: an alert about one request's deadline, or a team's daily digest. Written
 * and read by {@link DeadlineEventCodec}; each type has a JSON Schema, {@code uk/foi/events/schema/<type>.json}.
 * No deadline event carries personal data: references, owners and dates only.
 */
public sealed interface DeadlineEvent permits DeadlineAlert, TeamDigest {

    /** The prefix every deadline event type shares. */
    String PREFIX = "uk.foi.deadline.";

    /** @return the event id: the same alert about the same date always has the same id */
    UUID id();

    /** @return when it was emitted */
    Instant time();

    /** @return the CloudEvents type */
    String type();

    /** @return the Kafka key and CloudEvents subject: the request id, or the team for a digest */
    String subject();

    /** @return true if staff are mailed at once (a digest is always mailed) */
    boolean mailed();
}
