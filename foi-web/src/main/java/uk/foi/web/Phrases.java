package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the pages word dates, counts and states, in the GOV.UK style (dates in full, no abbreviations). */
public final class Phrases {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);

    private static final Map<String, String> STATUS_COLOUR = Map.ofEntries(Map.entry("RECEIVED", "blue"),
            Map.entry("AWAITING_CLARIFICATION", "yellow"), Map.entry("AWAITING_FEE", "yellow"),
            Map.entry("IN_PROGRESS", "light-blue"), Map.entry("EXTENDED", "purple"), Map.entry("RESPONDED", "green"),
            Map.entry("REVIEW_REQUESTED", "orange"), Map.entry("REVIEW_COMPLETED", "green"),
            Map.entry("ICO_COMPLAINT", "red"), Map.entry("DECISION_NOTICE", "red"),
            Map.entry("TRIBUNAL_APPEAL", "red"), Map.entry("WITHDRAWN", "grey"), Map.entry("LAPSED", "grey"),
            Map.entry("CLOSED", "grey"));

    private Phrases() {
    }

    /** @param date a day @return "Monday 4 December 2023" */
    public static String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** @param at an instant @return "4 Dec 2023, 2:05pm", UK time */
    public static String moment(@Nullable java.time.Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(java.time.ZoneId.of("Europe/London")))
                .replace("AM", "am").replace("PM", "pm");
    }

    /**
     * @param m a message of the correspondence
     * @return what became of it, in words: "New request", "Sent", "Not sent" ...
     */
    public static String messageState(uk.foi.web.api.Wire.Message m) {
        return switch (m.state()) {
            case "NEW_REQUEST" -> "Logged as this request";
            case "ON_CASE" -> "Filed";
            case "CLARIFICATION_PROPOSED" -> "Clarification?";
            case "CLARIFICATION_CONFIRMED" -> "Clarification";
            case "AUTO_REPLY" -> "Automatic reply";
            case "BOUNCE" -> "Delivery failure";
            case "UNREADABLE" -> "Could not be read";
            case "PENDING" -> m.attempts() == 0 ? "Sending" : "Not sent yet";
            case "SENT" -> "Sent";
            case "FAILED" -> "Not sent";
            default -> words(m.state());
        };
    }

    /** @param m a message @return the GOV.UK tag colour of its state */
    public static String messageColour(uk.foi.web.api.Wire.Message m) {
        return switch (m.state()) {
            case "FAILED", "BOUNCE", "UNREADABLE" -> "red";
            case "PENDING", "CLARIFICATION_PROPOSED" -> "yellow";
            case "SENT", "NEW_REQUEST", "CLARIFICATION_CONFIRMED" -> "green";
            default -> "grey";
        };
    }

    /** @param date a day @return "4 Dec 2023", for tables */
    public static String shortDay(@Nullable LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /**
     * @param workingDaysLeft working days to the date, negative once passed
     * @return "3 working days left", "Due today", "Overdue by 2 working days"
     */
    public static String left(@Nullable Integer workingDaysLeft) {
        if (workingDaysLeft == null) {
            return "";
        }
        int n = workingDaysLeft;
        if (n == 0) {
            return "Due today";
        }
        return n > 0 ? n + " working " + (n == 1 ? "day" : "days") + " left"
                : "Overdue by " + -n + " working " + (n == -1 ? "day" : "days");
    }

    /** @param workingDaysLeft working days to the date @return the tag colour that says how urgent it is */
    public static String urgency(@Nullable Integer workingDaysLeft) {
        if (workingDaysLeft == null) {
            return "grey";
        }
        return workingDaysLeft < 0 ? "red" : workingDaysLeft <= 3 ? "orange" : workingDaysLeft <= 5 ? "yellow"
                : "green";
    }

    /** @param constant an enum constant such as {@code AWAITING_CLARIFICATION} @return "Awaiting clarification" */
    public static String words(@Nullable String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String lower = constant.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * @param command a command's name, {@code IssueResponse} or {@code ISSUE_RESPONSE}
     * @return "Issue response"
     */
    public static String command(@Nullable String command) {
        if (command == null) {
            return "";
        }
        return words(command.contains("_") ? command : command.replaceAll("(?<=[a-z])(?=[A-Z])", "_"));
    }

    /** @param text a phrase @return it with a capital first letter */
    public static String sentence(@Nullable String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** @param status a request's status @return the GOV.UK tag modifier for it */
    public static String statusColour(String status) {
        return STATUS_COLOUR.getOrDefault(status, "grey");
    }

    /** @param state a deadline's state @return the tag modifier for it */
    public static String stateColour(String state) {
        return switch (state) {
            case "MISSED" -> "red";
            case "MET" -> "green";
            case "DUE" -> "blue";
            default -> "grey";
        };
    }
}
