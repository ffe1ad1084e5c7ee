package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated fact that moves a request's clocks. Each is a past-tense record of what happened and on which day; the
 * clocks are computed from the list of them (see {@link RequestTimeline}).
 */
public sealed interface ClockEvent {

    /** @return the day it happened */
    LocalDate on();

    /** @param on the day the authority received the request (FOIA s10(6)(a)) */
    record RequestReceived(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public RequestReceived {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority asked the requester for clarification (FOIA s1(3), EIR reg 9(2)) */
    record ClarificationSought(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ClarificationSought {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority received the clarification (FOIA s10(6)(b)) */
    record ClarificationReceived(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ClarificationReceived {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority gave a fees notice (FOIA s9(1), FOISA s9(1), EIR reg 8) */
    record FeesNoticeGiven(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public FeesNoticeGiven {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority received the fee */
    record FeeReceived(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public FeeReceived {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * The authority told the requester it needs more time to consider the public interest (FOIA s10(3), s17(2)).
     *
     * @param on      the day the requester was told
     * @param further how many working days beyond the current response date
     */
    record ExtendedForPublicInterest(LocalDate on, WorkingDays further) implements ClockEvent {
        /** @throws NullPointerException if a component is null */
        public ExtendedForPublicInterest {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(further, "further");
        }
    }

    /** @param on the day the requester was told the request is complex and voluminous (EIR/EISR reg 7(1), 7(3)) */
    record ExtendedAsComplexAndVoluminous(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ExtendedAsComplexAndVoluminous {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the requester was told a subject access request is extended by two months (Art 12(3)) */
    record SubjectAccessExtended(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public SubjectAccessExtended {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the response (or refusal notice) was sent */
    record ResponseIssued(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ResponseIssued {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority received the request for an internal review (or EIR representations) */
    record ReviewRequested(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ReviewRequested {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the review outcome was sent */
    record ReviewCompleted(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ReviewCompleted {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the requester complained to the Commissioner (FOIA s50(1), FOISA s47(1)) */
    record ComplaintToRegulator(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public ComplaintToRegulator {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * The Commissioner's decision notice was served.
     *
     * @param on      the day it was sent to the authority (the appeal period runs from it)
     * @param stepsBy the day by which the notice requires the authority to take steps, if it requires any (FOIA
     *                s50(4), FOISA s49(6)); not null
     */
    record DecisionNoticeServed(LocalDate on, java.util.Optional<LocalDate> stepsBy) implements ClockEvent {
        /**
         * @throws NullPointerException     if a component is null
         * @throws IllegalArgumentException if the steps are due before the notice was served
         */
        public DecisionNoticeServed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(stepsBy, "stepsBy");
            if (stepsBy.isPresent() && stepsBy.get().isBefore(on)) {
                throw new IllegalArgumentException("the steps a decision notice requires cannot be due ("
                        + stepsBy.get() + ") before the notice was served (" + on + ")");
            }
        }
    }

    /** @param on the day an appeal against the decision notice was lodged, by either side */
    record AppealLodged(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public AppealLodged {
            Objects.requireNonNull(on, "on");
        }
    }

    /** @param on the day the authority took the steps the decision notice required */
    record DecisionNoticeComplied(LocalDate on) implements ClockEvent {
        /** @throws NullPointerException if {@code on} is null */
        public DecisionNoticeComplied {
            Objects.requireNonNull(on, "on");
        }
    }
}
