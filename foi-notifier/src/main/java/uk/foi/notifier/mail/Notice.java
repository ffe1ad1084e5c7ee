package uk.foi.notifier.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.foi.events.deadline.DeadlineAlert;
import uk.foi.events.deadline.TeamDigest;

/**
 * An email to staff about one deadline event: who gets it, and the text.
 *
 * @param eventId the deadline event's id, also the message's Message-ID, so duplicates are recognisable
 * @param to      the recipients
 * @param subject the subject line
 * @param text    the plain-text body
 */
public record Notice(String eventId, List<String> to, String subject, String text) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /** Copies the list and checks nothing is null. */
    public Notice {
        Objects.requireNonNull(eventId, "eventId");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Writes the email for a deadline alert.
     *
     * @param a          the alert
     * @param recipients who gets mail, from the alert's assignee and team
     * @param link       the API (or UI) address of the request, for the reader to open
     * @return the notice
     */
    public static Notice of(DeadlineAlert a, Recipients recipients, String link) {
        String due = day(a.due());
        String what = describe(a);
        StringBuilder text = new StringBuilder();
        text.append("Request ").append(a.reference()).append(" (").append(a.regime().name()).append(")");
        a.assignee().ifPresent(v -> text.append(", assigned to ").append(v));
        a.team().ifPresent(v -> text.append(", team ").append(v));
        text.append(".\n\n").append(what).append("\n");
        a.rule().ifPresent(v -> text.append("Rule: ").append(v).append("\n"));
        a.reason().ifPresent(v -> text.append("Why it moved: ").append(v).append("\n"));
        text.append("\nOpen the request: ").append(link).append("\n")
                .append("The full working of every date is on the request's timeline.\n\n")
                .append("-- \nfoi-notifier; event ").append(a.id()).append(" (").append(a.type()).append(")\n");
        String subject = "[FOI " + a.reference() + "] " + what.substring(0, what.indexOf(':') > 0 ? what.indexOf(':')
                : what.length()) + " (" + due + ")";
        return new Notice(a.id().toString(), recipients.of(a), subject, text.toString());
    }

    /**
     * Writes a team's daily digest: what falls due in the next working days, earliest first.
     *
     * @param d          the digest
     * @param recipients the team's address (the FOI inbox for unassigned requests)
     * @param link       the request address pattern, with {@code {requestId}}
     * @return the notice
     */
    public static Notice digest(TeamDigest d, Recipients recipients, String link) {
        StringBuilder text = new StringBuilder("Due in the next working days for team " + d.team() + ", as of "
                + day(d.day()) + ":\n\n");
        for (TeamDigest.Item i : d.items()) {
            text.append("- ").append(i.reference()).append(": ").append(words(i.deadline().name()))
                    .append(" due ").append(day(i.due()));
            i.assignee().ifPresent(v -> text.append(" (").append(v).append(")"));
            text.append("\n  ").append(i.rule()).append("\n  ")
                    .append(link.replace("{requestId}", i.requestId())).append("\n");
        }
        text.append("\n-- \nfoi-notifier; digest ").append(d.id()).append("\n");
        int n = d.items().size();
        return new Notice(d.id().toString(), recipients.ofTeam(d.team()), "[FOI] " + n + " deadline"
                + (n == 1 ? "" : "s") + " in the next working days (team " + d.team() + ", " + d.day() + ")",
                text.toString());
    }

    private static String describe(DeadlineAlert a) {
        String due = day(a.due());
        return switch (a.alert()) {
            case RESPONSE_DUE_TODAY -> "Response due today: the response must be sent by the end of " + due + ".";
            case RESPONSE_OVERDUE -> "Response overdue: the response was due on " + due + ".";
            case PIT_EXTENSION_OVERDUE -> "Extension overdue: the public interest extension ended on " + due + ".";
            case RESPONSE_DUE_SOON -> "Response due soon: due on " + due + ".";
            case REVIEW_DUE_TODAY -> "Internal review due today: due by the end of " + due + ".";
            case REVIEW_OVERDUE -> "Internal review overdue: it was due on " + due + ".";
            case REVIEW_MAXIMUM_EXCEEDED -> "Internal review past its maximum: the longest it may take ended on "
                    + due + ".";
            case REVIEW_DUE_SOON -> "Internal review due soon: due on " + due + ".";
            case COMPLAINT_WINDOW_CLOSING -> "Complaint window closing: the requester may ask for an internal "
                    + "review until " + due + ".";
            case APPEAL_WINDOW_CLOSING -> "Appeal window closing: either side may appeal the decision notice until "
                    + due + "; decide by then whether the authority will.";
            case APPEAL_WINDOW_CLOSED -> "Appeal window closed: no appeal against the decision notice was recorded by "
                    + due + ", so the notice stands.";
            case DECISION_NOTICE_STEPS_DUE_SOON -> "Decision notice steps due soon: the steps the Commissioner"
                    + " required are due on " + due + ".";
            case DECISION_NOTICE_STEPS_DUE_TODAY -> "Decision notice steps due today: take the steps the"
                    + " Commissioner required by the end of " + due + ".";
            case DECISION_NOTICE_STEPS_OVERDUE -> "Decision notice steps overdue: they were due on " + due
                    + "; the Commissioner may certify the failure to the court (FOIA s54).";
            case DEADLINE_MOVED -> "Deadline moved: " + words(a.deadline().name()) + " moved from "
                    + a.from().map(Notice::day).orElse("an earlier date") + " to " + due + ".";
            default -> words(a.alert().name()) + ": " + due + ".";
        };
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    /**
     * Who gets mail: the assignee and the team, by address patterns; the FOI inbox when nobody is assigned.
     *
     * @param assignee pattern with {@code {assignee}}, e.g. {@code {assignee}@met.police.example}; blank for none
     * @param team     pattern with {@code {team}}; blank for none
     * @param fallback the address for unassigned requests
     */
    public record Recipients(String assignee, String team, String fallback) {
        List<String> of(DeadlineAlert a) {
            List<String> to = new ArrayList<>();
            if (a.assignee().isPresent() && !assignee.isBlank()) {
                to.add(assignee.replace("{assignee}", a.assignee().get()));
            }
            if (a.team().isPresent() && !team.isBlank()) {
                to.add(team.replace("{team}", a.team().get()));
            }
            if (to.isEmpty()) {
                to.add(fallback);
            }
            return to;
        }

        List<String> ofTeam(String name) {
            return team.isBlank() || TeamDigest.UNASSIGNED.equals(name) ? List.of(fallback)
                    : List.of(team.replace("{team}", name));
        }
    }
}
