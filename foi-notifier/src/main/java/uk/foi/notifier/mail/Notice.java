package uk.foi.notifier.mail;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
     * Writes the email for a deadline event.
     *
     * @param event      the CloudEvent
     * @param recipients who gets mail, from the event's assignee and team
     * @param link       the API (or UI) address of the request, for the reader to open
     * @return the notice
     */
    public static Notice of(JsonNode event, Recipients recipients, String link) {
        JsonNode d = event.path("data");
        String reference = d.path("reference").asText();
        String due = day(d.path("due").asText());
        String what = describe(d.path("alert").asText(), d);
        StringBuilder text = new StringBuilder();
        text.append("Request ").append(reference).append(" (").append(d.path("regime").asText()).append(")");
        if (d.hasNonNull("assignee")) {
            text.append(", assigned to ").append(d.get("assignee").asText());
        }
        if (d.hasNonNull("team")) {
            text.append(", team ").append(d.get("team").asText());
        }
        text.append(".\n\n").append(what).append("\n");
        if (d.hasNonNull("rule")) {
            text.append("Rule: ").append(d.get("rule").asText()).append("\n");
        }
        if (d.hasNonNull("reason")) {
            text.append("Why it moved: ").append(d.get("reason").asText()).append("\n");
        }
        text.append("\nOpen the request: ").append(link).append("\n")
                .append("The full working of every date is on the request's timeline.\n\n")
                .append("-- \nfoi-notifier; event ").append(event.path("id").asText()).append(" (")
                .append(event.path("type").asText()).append(")\n");
        String subject = "[FOI " + reference + "] " + what.substring(0, what.indexOf(':') > 0 ? what.indexOf(':')
                : what.length()) + " (" + due + ")";
        return new Notice(event.path("id").asText(), recipients.of(d), subject, text.toString());
    }

    /**
     * Writes a team's daily digest: what falls due in the next working days, earliest first.
     *
     * @param event      the {@code uk.foi.deadline.digest.v1} event
     * @param recipients the team's address (the FOI inbox for unassigned requests)
     * @param link       the request address pattern, with {@code {requestId}}
     * @return the notice
     */
    public static Notice digest(JsonNode event, Recipients recipients, String link) {
        JsonNode d = event.path("data");
        String team = d.path("team").asText();
        JsonNode items = d.path("items");
        StringBuilder text = new StringBuilder("Due in the next working days for team " + team + ", as of "
                + day(d.path("day").asText()) + ":\n\n");
        for (JsonNode i : items) {
            text.append("- ").append(i.path("reference").asText()).append(": ")
                    .append(i.path("deadline").asText().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" due ").append(day(i.path("due").asText()));
            if (i.hasNonNull("assignee")) {
                text.append(" (").append(i.get("assignee").asText()).append(")");
            }
            text.append("\n  ").append(i.path("rule").asText()).append("\n  ")
                    .append(link.replace("{requestId}", i.path("requestId").asText())).append("\n");
        }
        text.append("\n-- \nfoi-notifier; digest ").append(event.path("id").asText()).append("\n");
        List<String> to = recipients.ofTeam(team);
        return new Notice(event.path("id").asText(), to, "[FOI] " + items.size() + " deadline"
                + (items.size() == 1 ? "" : "s") + " in the next working days (team " + team + ", "
                + d.path("day").asText() + ")", text.toString());
    }

    private static String describe(String alert, JsonNode d) {
        String due = day(d.path("due").asText());
        return switch (alert) {
            case "RESPONSE_DUE_TODAY" -> "Response due today: the response must be sent by the end of " + due + ".";
            case "RESPONSE_OVERDUE" -> "Response overdue: the response was due on " + due + ".";
            case "PIT_EXTENSION_OVERDUE" -> "Extension overdue: the public interest extension ended on " + due + ".";
            case "RESPONSE_DUE_SOON" -> "Response due soon: due on " + due + ".";
            case "REVIEW_DUE_TODAY" -> "Internal review due today: due by the end of " + due + ".";
            case "REVIEW_OVERDUE" -> "Internal review overdue: it was due on " + due + ".";
            case "REVIEW_MAXIMUM_EXCEEDED" -> "Internal review past its maximum: the longest it may take ended on "
                    + due + ".";
            case "REVIEW_DUE_SOON" -> "Internal review due soon: due on " + due + ".";
            case "COMPLAINT_WINDOW_CLOSING" -> "Complaint window closing: the requester may ask for an internal "
                    + "review until " + due + ".";
            case "DEADLINE_MOVED" -> "Deadline moved: " + d.path("deadline").asText().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + " moved from " + day(d.path("from").asText()) + " to " + due + ".";
            default -> alert.toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + due + ".";
        };
    }

    private static String day(String iso) {
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /**
     * Who gets mail: the assignee and the team, by address patterns; the FOI inbox when nobody is assigned.
     *
     * @param assignee pattern with {@code {assignee}}, e.g. {@code {assignee}@met.police.example}; blank for none
     * @param team     pattern with {@code {team}}; blank for none
     * @param fallback the address for unassigned requests
     */
    public record Recipients(String assignee, String team, String fallback) {
        List<String> of(JsonNode data) {
            List<String> to = new ArrayList<>();
            if (data.hasNonNull("assignee") && !assignee.isBlank()) {
                to.add(assignee.replace("{assignee}", data.get("assignee").asText()));
            }
            if (data.hasNonNull("team") && !team.isBlank()) {
                to.add(team.replace("{team}", data.get("team").asText()));
            }
            if (to.isEmpty()) {
                to.add(fallback);
            }
            return to;
        }

        List<String> ofTeam(String name) {
            return team.isBlank() || "unassigned".equals(name) ? List.of(fallback)
                    : List.of(team.replace("{team}", name));
        }
    }
}
