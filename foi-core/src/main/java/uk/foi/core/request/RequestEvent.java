package uk.foi.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.AuthorityId;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Something that happened to a request: the record of every decision, refusals included, and the contract between
 * the services (see {@code docs/events.md}; the wire format is in the foi-events module). Events are past-tense and
 * immutable. None carries the requester's name or contact details ({@link Requester} is kept apart).
 */
public sealed interface RequestEvent {

    /** @return the header every event has */
    Metadata meta();

    /** @return the day it happened, as staff recorded it (which may be before {@code occurredAt}) */
    LocalDate on();

    /** @return the event's id */
    default UUID eventId() {
        return meta().eventId();
    }

    /** @return the request it happened to */
    default RequestId requestId() {
        return meta().requestId();
    }

    /** @return its position in the request's history, from 1 */
    default long sequence() {
        return meta().sequence();
    }

    /**
     * The header of every event.
     *
     * @param eventId    unique; derived from the request and sequence, so a replayed event keeps its id
     * @param requestId  the request
     * @param authority  the authority that holds it
     * @param sequence   the position in the request's history, from 1 (the request's version after this event)
     * @param occurredAt when it was recorded, from the office's {@link java.time.Clock}
     */
    record Metadata(UUID eventId, RequestId requestId, AuthorityId authority, long sequence, Instant occurredAt) {

        /**
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the sequence is below 1
         */
        public Metadata {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (sequence < 1) {
                throw new IllegalArgumentException("sequence starts at 1, not " + sequence);
            }
        }

        /**
         * The header for the event at a position in a request's history. The id is a name-based UUID of the request
         * id and sequence, so the same event always has the same id and a duplicate is recognisable anywhere.
         *
         * @param requestId  the request
         * @param authority  its authority
         * @param sequence   the position, from 1
         * @param occurredAt when it was recorded
         * @return the header
         */
        public static Metadata of(RequestId requestId, AuthorityId authority, long sequence, Instant occurredAt) {
            UUID id = UUID.nameUUIDFromBytes((requestId + "/" + sequence)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Metadata(id, requestId, authority, sequence, occurredAt);
        }
    }

    /** Which extension of the response date was taken. */
    enum Extension {
        /** FOIA s10(3): a reasonable time to consider the public interest. */
        PUBLIC_INTEREST,
        /** EIR and EISR reg 7(1): 40 working days for complex and voluminous requests. */
        COMPLEX_AND_VOLUMINOUS
    }

    /**
     * The request was logged.
     *
     * @param meta       the header
     * @param reference  the authority's reference
     * @param receivedOn the date of receipt (FOIA s10(6))
     * @param channel    how it arrived
     * @param regime     the regime it is handled under
     * @param text       the request as asked, split into parts; it holds no name or contact details
     * @param handling   the profile it is handled under from receipt (regime, authority type, nation, policy): what
     *                   its deadlines are counted by, whatever the authority's settings later become; empty only in
     *                   events written before it was recorded
     */
    record RequestReceived(Metadata meta, String reference, LocalDate receivedOn, Channel channel, Regime regime,
            RequestText text, Optional<ClockProfile> handling) implements RequestEvent {

        /**
         * @throws NullPointerException     if the handling is null
         * @throws IllegalArgumentException if the handling's regime is not the event's
         */
        public RequestReceived {
            Objects.requireNonNull(handling, "handling");
            if (handling.isPresent() && handling.get().regime() != regime) {
                throw new IllegalArgumentException("the request is received under " + regime
                        + " but its handling profile says " + handling.get().regime());
            }
        }

        /** @return the date of receipt */
        @Override
        public LocalDate on() {
            return receivedOn;
        }
    }

    /** @param meta the header @param on the day the acknowledgement was sent */
    record RequestAcknowledged(Metadata meta, LocalDate on) implements RequestEvent {
    }

    /** @param meta the header @param on the day @param assignee the caseworker @param team the owning team */
    record RequestAssigned(Metadata meta, LocalDate on, String assignee, String team) implements RequestEvent {
    }

    /** @param meta the header @param on the day the requester was asked @param question what was asked */
    record ClarificationSought(Metadata meta, LocalDate on, String question) implements RequestEvent {
    }

    /**
     * @param meta  the header
     * @param on    the day it arrived; the clock starts again from the next working day (FOIA s1(3))
     * @param text  what the requester said
     * @param parts the parts it explains; empty for the whole request
     */
    record ClarificationReceived(Metadata meta, LocalDate on, String text, List<String> parts)
            implements RequestEvent {
        /** Copies the lists. */
        public ClarificationReceived {
            parts = List.copyOf(parts);
        }
    }

    /** @param meta the header @param on the day the notice was given (s9) @param amountPence the fee in pence */
    record FeesNoticeIssued(Metadata meta, LocalDate on, long amountPence) implements RequestEvent {
    }

    /** @param meta the header @param on the day the fee arrived */
    record FeePaid(Metadata meta, LocalDate on) implements RequestEvent {
    }

    /**
     * @param meta        the header
     * @param on          the day the requester was told
     * @param extension   which extension
     * @param further     how many more working days (public interest extensions)
     * @param considering the exemptions whose public interest test needs the time (s17(2)(b))
     */
    record DeadlineExtended(Metadata meta, LocalDate on, Extension extension, WorkingDays further,
            List<Citation> considering) implements RequestEvent {
        /** Copies the lists. */
        public DeadlineExtended {
            considering = List.copyOf(considering);
        }
    }

    /** @param meta the header @param on the day @param label the part @param decisions what was decided for it */
    record PartDecided(Metadata meta, LocalDate on, String label, List<PartDecision> decisions)
            implements RequestEvent {
        /** Copies the lists. */
        public PartDecided {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * @param meta     the header
     * @param on       the day the response was sent
     * @param outcome  the overall outcome, derived from the parts
     * @param cited    every provision the response relies on, in order of first use
     * @param warnings what the section 17 check warned about, for staff to have considered
     */
    record ResponseIssued(Metadata meta, LocalDate on, OverallOutcome outcome, List<Citation> cited,
            List<String> warnings) implements RequestEvent {
        /** Copies the lists. */
        public ResponseIssued {
            warnings = List.copyOf(warnings);
            cited = List.copyOf(cited);
        }
    }

    /**
     * @param meta         the header
     * @param on           the day the requester asked
     * @param grounds      what the requester disputes
     * @param withinWindow whether it came within the authority's window (40 working days by default)
     */
    record ReviewRequested(Metadata meta, LocalDate on, String grounds, boolean withinWindow)
            implements RequestEvent {
    }

    /**
     * The internal review's outcome was sent (FOIA s45 Code part 5, EIR reg 11(4), FOISA s21).
     *
     * @param meta      the header
     * @param on        the day the outcome was sent
     * @param result    what it found of the original response
     * @param summary   the reviewer's conclusion
     * @param decisions what the review decided instead, for each part it changed (each decision carries its part's
     *                  label); empty when it changed none, and in events written before reviews re-decided parts
     */
    record ReviewCompleted(Metadata meta, LocalDate on, ReviewResult result, String summary,
            List<PartDecision> decisions) implements RequestEvent {
        /** Copies the list. */
        public ReviewCompleted {
            decisions = List.copyOf(decisions);
        }
    }

    /** @param meta the header @param on the day @param icoReference the Commissioner's case reference */
    record IcoComplaintLodged(Metadata meta, LocalDate on, String icoReference) implements RequestEvent {
    }

    /**
     * The Commissioner's decision notice was served (FOIA s50(3)(b), FOISA s49(5)).
     *
     * @param meta            the header
     * @param on              the day it was sent; the appeal period runs from it
     * @param noticeReference its reference
     * @param result          what it found
     * @param stepsBy         the date by which it requires the authority to take steps, if it requires any (FOIA
     *                        s50(4), FOISA s49(6)(b)); empty in events written before it was recorded
     */
    record DecisionNoticeReceived(Metadata meta, LocalDate on, String noticeReference, DecisionNoticeResult result,
            Optional<LocalDate> stepsBy) implements RequestEvent {
        /** @throws NullPointerException if {@code stepsBy} is null */
        public DecisionNoticeReceived {
            Objects.requireNonNull(stepsBy, "stepsBy");
        }
    }

    /**
     * The authority took the steps the decision notice required.
     *
     * @param meta    the header
     * @param on      the day they were taken
     * @param summary what was done (information disclosed, a fresh response issued)
     */
    record DecisionNoticeComplied(Metadata meta, LocalDate on, String summary) implements RequestEvent {
    }

    /**
     * An appeal against the decision notice was lodged: with the First-tier Tribunal (FOIA s57) or, in Scotland, the
     * Court of Session (FOISA s56).
     *
     * @param meta      the header
     * @param on        the day lodged
     * @param appellant {@code requester} or {@code authority}
     */
    record TribunalAppealLodged(Metadata meta, LocalDate on, String appellant) implements RequestEvent {
    }

    /**
     * The request is handled under another profile from this day: re-routed between FOIA and the EIR (FOIA s39, EIR
     * reg 5) or between FOISA and the EISR, or moved onto the authority's newer settings by an explicit command.
     *
     * @param meta     the header
     * @param on       the day of the decision
     * @param handling the profile from now on
     * @param reason   why, as staff gave it
     */
    record HandlingChanged(Metadata meta, LocalDate on, ClockProfile handling, String reason)
            implements RequestEvent {
    }

    /**
     * Some parts are answered under another law than the rest of the request, or brought back under its own.
     *
     * @param meta   the header
     * @param on     the day of the decision
     * @param labels the parts
     * @param regime the law they are answered under from now on
     * @param reason why, as staff gave it
     */
    record PartsRerouted(Metadata meta, LocalDate on, List<String> labels, Regime regime, String reason)
            implements RequestEvent {
        /** Copies the list. */
        public PartsRerouted {
            labels = List.copyOf(labels);
        }
    }

    /** @param meta the header @param on the day @param reason what the requester said */
    record RequestWithdrawn(Metadata meta, LocalDate on, String reason) implements RequestEvent {
    }

    /**
     * @param meta   the header
     * @param on     the day it was treated as lapsed
     * @param lapsed which lapse: {@link DeadlineKind#CLARIFICATION_LAPSE} or {@link DeadlineKind#FEE_LAPSE}
     */
    record RequestLapsed(Metadata meta, LocalDate on, DeadlineKind lapsed) implements RequestEvent {
    }

    /** @param meta the header @param on the day @param reason why */
    record RequestClosed(Metadata meta, LocalDate on, String reason) implements RequestEvent {
    }

    /**
     * The response was published on the disclosure log, with the request's wording as staff edited it for the public.
     *
     * @param meta the header
     * @param on   the day of publication
     * @param text the request's wording as published, personal data removed
     */
    record ResponsePublished(Metadata meta, LocalDate on, String text) implements RequestEvent {
    }

    /** @param meta the header @param on the day @param reason why it was taken off the disclosure log */
    record PublicationWithdrawn(Metadata meta, LocalDate on, String reason) implements RequestEvent {
    }

    /**
     * A command was refused. Nothing else changed; the refusal is kept so the audit trail is complete.
     *
     * @param meta     the header
     * @param command  the command's name
     * @param on       the day the command gave
     * @param status   the request's status, which did not change
     * @param reason   why, citing the rule
     * @param findings the section 17 errors and warnings, for a refused response
     */
    record CommandRefused(Metadata meta, String command, LocalDate on, Status status, String reason,
            List<String> findings) implements RequestEvent {
        /** Copies the lists. */
        public CommandRefused {
            findings = List.copyOf(findings);
        }
    }
}
