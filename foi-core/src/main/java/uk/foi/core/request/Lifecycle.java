package uk.foi.core.request;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request's state machine: for each command, the states it may be given in and the state it leads to. Anything
 * not in the table is refused. The path follows FOIA and the s45 Code of Practice (2018):
 * received → (awaiting clarification, s1(3)) → (awaiting fee, s9) → in progress → (extended, s10(3)) → responded →
 * internal review requested → review completed (Code part 5) → complaint to the Commissioner (s50) → decision notice
 * (s50(3)) → tribunal appeal (s57); withdrawn or lapsed while a response is owed; closed at the end.
 */
public final class Lifecycle {

    private static final Set<Status> OWED = java.util.Arrays.stream(Status.values())
            .filter(Status::awaitingResponse).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<Status> WORKING = Set.of(Status.RECEIVED, Status.IN_PROGRESS, Status.EXTENDED);
    private static final Map<Class<? extends Command>, Map<Status, Status>> TABLE = new LinkedHashMap<>();

    static {
        allow(Command.Acknowledge.class, Set.of(Status.RECEIVED), Status.IN_PROGRESS);
        for (Status s : Status.values()) {
            if (!s.terminal()) {
                allow(Command.Assign.class, Set.of(s), s);
                allow(Command.ChangeHandling.class, Set.of(s), s);
            }
        }
        // A part is re-routed while the response is being prepared; afterwards a review re-decides it.
        OWED.forEach(s -> allow(Command.ReroutePart.class, Set.of(s), s));
        allow(Command.SeekClarification.class, Set.of(Status.RECEIVED, Status.IN_PROGRESS),
                Status.AWAITING_CLARIFICATION);
        allow(Command.ReceiveClarification.class, Set.of(Status.AWAITING_CLARIFICATION), Status.IN_PROGRESS);
        allow(Command.IssueFeesNotice.class, Set.of(Status.RECEIVED, Status.IN_PROGRESS), Status.AWAITING_FEE);
        allow(Command.ReceiveFee.class, Set.of(Status.AWAITING_FEE), Status.IN_PROGRESS);
        allow(Command.ExtendDeadline.class, WORKING, Status.EXTENDED);
        allow(Command.DecidePart.class, Set.of(Status.RECEIVED, Status.IN_PROGRESS), Status.IN_PROGRESS);
        allow(Command.DecidePart.class, Set.of(Status.EXTENDED), Status.EXTENDED);
        // Deciding a part moves a received request into progress, so a response always comes from there.
        allow(Command.IssueResponse.class, Set.of(Status.IN_PROGRESS, Status.EXTENDED), Status.RESPONDED);
        allow(Command.Withdraw.class, OWED, Status.WITHDRAWN);
        allow(Command.Lapse.class, Set.of(Status.AWAITING_CLARIFICATION, Status.AWAITING_FEE), Status.LAPSED);
        allow(Command.RequestReview.class, Set.of(Status.RESPONDED), Status.REVIEW_REQUESTED);
        allow(Command.CompleteReview.class, Set.of(Status.REVIEW_REQUESTED), Status.REVIEW_COMPLETED);
        allow(Command.LodgeIcoComplaint.class,
                Set.of(Status.RESPONDED, Status.REVIEW_REQUESTED, Status.REVIEW_COMPLETED), Status.ICO_COMPLAINT);
        allow(Command.RecordDecisionNotice.class, Set.of(Status.ICO_COMPLAINT), Status.DECISION_NOTICE);
        allow(Command.AppealToTribunal.class, Set.of(Status.DECISION_NOTICE), Status.TRIBUNAL_APPEAL);
        // Complying changes no status: the case stays with the notice (or the appeal, once decided) until closed.
        allow(Command.ComplyWithDecisionNotice.class, Set.of(Status.DECISION_NOTICE), Status.DECISION_NOTICE);
        allow(Command.ComplyWithDecisionNotice.class, Set.of(Status.TRIBUNAL_APPEAL), Status.TRIBUNAL_APPEAL);
        allow(Command.Close.class, Set.of(Status.RESPONDED, Status.REVIEW_COMPLETED, Status.DECISION_NOTICE,
                Status.TRIBUNAL_APPEAL), Status.CLOSED);
        // Publishing on the disclosure log changes nothing in the case's life; it needs a response to publish (a case
        // is closed only after one).
        for (Status s : Set.of(Status.RESPONDED, Status.REVIEW_REQUESTED, Status.REVIEW_COMPLETED,
                Status.ICO_COMPLAINT, Status.DECISION_NOTICE, Status.TRIBUNAL_APPEAL, Status.CLOSED)) {
            allow(Command.Publish.class, Set.of(s), s);
            allow(Command.Unpublish.class, Set.of(s), s);
        }
    }

    private Lifecycle() {
    }

    private static void allow(Class<? extends Command> command, Set<Status> from, Status to) {
        Map<Status, Status> row = TABLE.computeIfAbsent(command, c -> new EnumMap<>(Status.class));
        from.forEach(s -> row.put(s, to));
    }

    /**
     * @param from    the request's status
     * @param command the command's type
     * @return the status the command leads to, or empty if it may not be given in that status
     */
    public static Optional<Status> next(Status from, Class<? extends Command> command) {
        return Optional.ofNullable(TABLE.getOrDefault(command, Map.of()).get(from));
    }

    /**
     * @param command the command's type
     * @return the statuses it may be given in
     */
    public static Set<Status> allowedFrom(Class<? extends Command> command) {
        return Set.copyOf(TABLE.getOrDefault(command, Map.of()).keySet());
    }
}
