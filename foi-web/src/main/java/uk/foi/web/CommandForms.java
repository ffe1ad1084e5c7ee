package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle's other commands as forms on a request's page, each shown in the statuses foi-api allows it (foi-core's
 * {@code Lifecycle}): clarification (FOIA s1(3)), fees (s9), re-routing between FOIA and the EIR (s39, EIR reg 5),
 * withdrawal, lapse, internal review (s45 Code of Practice part 5; EIR reg 11), the Commissioner (s50), the Tribunal
 * (s57) and closure. One definition gives the form's fields and how each becomes the command's JSON, so every form is
 * sent, checked and shown again with its problems the same way.
 *
 * @param command   foi-api's command path, such as {@code fees-notice}
 * @param title     the form's heading
 * @param hint      what it records, and the rule
 * @param statuses  the statuses it is shown in
 * @param manager   true if only a manager may give it
 * @param fields    its fields, in order
 * @param button    the button's words
 * @param done      the success banner
 */
public record CommandForms(String command, String title, String hint, Set<String> statuses, boolean manager,
        List<Field> fields, String button, String done) {

    /** How a field is typed and sent. */
    public enum Kind {
        /** A line of text. */
        TEXT,
        /** Several lines. */
        TEXTAREA,
        /** A day, as year-month-day; blank for today. */
        DATE,
        /** An amount in pounds, sent in pence. */
        MONEY,
        /** One of the options. */
        RADIOS,
        /** Labels separated by commas, sent as a list. */
        LIST
    }

    /**
     * @param name    foi-api's field
     * @param kind    how it is typed and sent
     * @param label   its label
     * @param hint    its hint, or null
     * @param options the choices of a {@link Kind#RADIOS} field: value to label
     * @param choose  what a {@link Kind#RADIOS} field says when nothing is chosen
     */
    public record Field(String name, Kind kind, String label, @Nullable String hint, Map<String, String> options,
            @Nullable String choose) {

        static Field of(String name, Kind kind, String label, @Nullable String hint) {
            return new Field(name, kind, label, hint, Map.of(), null);
        }

        /** @param label what the day is, such as "Date it arrived" @return the command's {@code on} field */
        static Field on(String label) {
            return of("on", Kind.DATE, label, "For example 2026-11-20. Leave blank for today.");
        }

        static Field radios(String name, String label, String choose, String... valueLabelPairs) {
            return new Field(name, Kind.RADIOS, label, null, CommandForms.options(valueLabelPairs), choose);
        }
    }

    /**
     * @param valueLabelPairs each choice's value, then its label
     * @return the choices, in the order given, as radios offer them
     */
    static Map<String, String> options(String... valueLabelPairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < valueLabelPairs.length; i += 2) {
            options.put(valueLabelPairs[i], valueLabelPairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    private static final Field ON = Field.of("on", Kind.DATE, "Date", "The day it happened, for example 2026-11-20."
            + " Leave blank for today.");
    private static final Set<String> WORKING = Set.of("RECEIVED", "IN_PROGRESS");
    private static final Set<String> OWED = Set.of("RECEIVED", "AWAITING_CLARIFICATION", "AWAITING_FEE",
            "IN_PROGRESS", "EXTENDED");
    private static final Set<String> OPEN = Set.of("RECEIVED", "AWAITING_CLARIFICATION", "AWAITING_FEE",
            "IN_PROGRESS", "EXTENDED", "RESPONDED", "REVIEW_REQUESTED", "REVIEW_COMPLETED", "ICO_COMPLAINT",
            "DECISION_NOTICE", "TRIBUNAL_APPEAL");

    /** Every form, in the order of a request's life. */
    public static final List<CommandForms> ALL = List.of(
            new CommandForms("clarification-request", "Ask the requester to clarify", "The clock stops until the"
                    + " requester answers (FOIA s1(3)); after three months without an answer the request lapses.",
                    WORKING, false, List.of(Field.of("question", Kind.TEXTAREA, "What the requester is asked", null),
                            ON), "Record the question", "The request for clarification has been recorded"),
            new CommandForms("clarification", "Record the requester's clarification", "20 working days start again"
                    + " from the day after it arrived.", Set.of("AWAITING_CLARIFICATION"), false,
                    List.of(Field.of("text", Kind.TEXTAREA, "What the requester said", null),
                            Field.of("parts", Kind.LIST, "Questions it explains", "For example 2, 3. Leave blank if"
                                    + " it explains the whole request."), Field.on("Date it arrived")),
                    "Record the clarification", "The clarification has been recorded"),
            new CommandForms("fees-notice", "Send a fees notice", "The clock stops until the fee is paid (FOIA s9);"
                    + " after three months unpaid the request lapses.", WORKING, false,
                    List.of(Field.of("amountPence", Kind.MONEY, "Fee, in pounds", "For example 25.50"), ON),
                    "Record the fees notice", "The fees notice has been recorded"),
            new CommandForms("fee-payment", "Record the fee as paid", "The clock starts again.",
                    Set.of("AWAITING_FEE"), false, List.of(Field.on("Date it was paid")), "Record the payment",
                    "The payment has been recorded"),
            new CommandForms("regime", "Handle it under the other law", "Environmental information is handled under"
                    + " the EIR, not FOIA (FOIA s39; EIR reg 5); the date of receipt stays and the dates are counted"
                    + " again under the new law.", OPEN, false,
                    List.of(Field.radios("regime", "Handle it under", "Choose the law to handle it under", "FOIA", "Freedom of Information Act 2000",
                            "EIR", "Environmental Information Regulations 2004", "FOISA",
                            "Freedom of Information (Scotland) Act 2002", "EISR",
                            "Environmental Information (Scotland) Regulations 2004"),
                            Field.of("reason", Kind.TEXTAREA, "Why", "This goes in the history."), ON),
                    "Change the law", "The request is handled under the other law"),
            new CommandForms("part-regime", "Answer some questions under the other law", "A question asking for"
                    + " environmental information is answered under the EIR while the rest stay under FOIA (FOIA"
                    + " s39; EIR reg 5), or brought back. Its date, extension and refusal notice follow its law; the"
                    + " response is due by the earliest date.", OWED, false,
                    List.of(Field.of("labels", Kind.LIST, "Questions", "Their numbers, separated by commas, for"
                                    + " example 2, 3"),
                            Field.radios("regime", "Answer them under", "Choose the law to answer them under",
                                    "FOIA", "Freedom of Information Act 2000", "EIR",
                                    "Environmental Information Regulations 2004", "FOISA",
                                    "Freedom of Information (Scotland) Act 2002", "EISR",
                                    "Environmental Information (Scotland) Regulations 2004"),
                            Field.of("reason", Kind.TEXTAREA, "Why", "This goes in the history."), ON),
                    "Change the law for these questions", "The questions are answered under the law chosen"),
            new CommandForms("lapse", "Treat it as lapsed", "Only after three months without the clarification or"
                    + " fee.", Set.of("AWAITING_CLARIFICATION", "AWAITING_FEE"), false, List.of(ON),
                    "Treat it as lapsed", "The request has lapsed"),
            new CommandForms("withdrawal", "Record a withdrawal", "The requester no longer wants an answer.", OWED,
                    false, List.of(Field.of("reason", Kind.TEXTAREA, "What the requester said", null), ON),
                    "Record the withdrawal", "The withdrawal has been recorded"),
            new CommandForms("review-request", "Record a request for an internal review", "The authority aims to"
                    + " answer within 20 working days (s45 Code of Practice, part 5; EIR reg 11: 40).",
                    Set.of("RESPONDED"), false, List.of(Field.of("grounds", Kind.TEXTAREA,
                            "What the requester disputes", null), Field.on("Date it arrived")),
                    "Record the review request", "The internal review request has been recorded"),
            new CommandForms("review-result", "Record the review's result", "A manager records what the review"
                    + " found.", Set.of("REVIEW_REQUESTED"), true,
                    List.of(Field.radios("result", "The original decision", "Choose what the review decided", "UPHELD", "Stands (upheld)",
                            "PARTLY_UPHELD", "Changed in part", "OVERTURNED", "Reversed (overturned)"),
                            Field.of("summary", Kind.TEXTAREA, "What the review found", null), ON),
                    "Record the result", "The review's result has been recorded"),
            new CommandForms("ico-complaint", "Record a complaint to the Commissioner", "The requester complained"
                    + " to the Information Commissioner (FOIA s50).",
                    Set.of("RESPONDED", "REVIEW_REQUESTED", "REVIEW_COMPLETED"), false,
                    List.of(Field.of("icoReference", Kind.TEXT, "The Commissioner's case reference",
                            "For example IC-123456-A1B2"), ON), "Record the complaint",
                    "The complaint to the Commissioner has been recorded"),
            new CommandForms("decision-notice", "Record the decision notice", "The Commissioner's decision (FOIA"
                    + " s50(3)(b)).", Set.of("ICO_COMPLAINT"), false,
                    List.of(Field.of("noticeReference", Kind.TEXT, "The notice's reference", null),
                            Field.radios("result", "The Commissioner", "Choose what the Commissioner decided",
                                    "COMPLAINT_UPHELD", "Upheld the complaint",
                                    "COMPLAINT_PARTLY_UPHELD", "Partly upheld the complaint",
                                    "COMPLAINT_NOT_UPHELD", "Did not uphold the complaint"),
                            Field.of("stepsBy", Kind.DATE, "Date the notice requires steps by",
                                    "The date the notice gives, for example 2026-12-31. Leave blank if it requires"
                                            + " no steps."), ON),
                    "Record the notice", "The decision notice has been recorded"),
            new CommandForms("compliance", "Record the steps as taken", "The authority took the steps the decision"
                    + " notice required (FOIA s50(4)).", Set.of("DECISION_NOTICE", "TRIBUNAL_APPEAL"), false,
                    List.of(Field.of("summary", Kind.TEXTAREA, "What was done", "For example: the information"
                            + " was disclosed, or a fresh response was sent."), Field.on("Date the steps were taken")),
                    "Record the steps", "The steps have been recorded as taken"),
            new CommandForms("tribunal-appeal", "Record an appeal against the notice", "An appeal against the"
                    + " decision notice to the First-tier Tribunal (FOIA s57) or, in Scotland, the Court of Session"
                    + " (FOISA s56). Steps the notice required wait for its outcome.", Set.of("DECISION_NOTICE"), false,
                    List.of(Field.radios("appellant", "Who appealed", "Choose who appealed", "requester", "The requester", "authority",
                            "The authority"), ON), "Record the appeal", "The appeal has been recorded"),
            new CommandForms("closure", "Close the case", "Nothing more is expected: the complaint window passed, or"
                    + " the Commissioner or Tribunal decided.",
                    Set.of("RESPONDED", "REVIEW_COMPLETED", "DECISION_NOTICE", "TRIBUNAL_APPEAL"), false,
                    List.of(Field.of("reason", Kind.TEXTAREA, "Why", null), ON), "Close the case",
                    "The case has been closed"));

    static {
        if (!ALL.stream().allMatch(f -> OPEN.containsAll(f.statuses()))) {
            throw new IllegalStateException("a form is shown in a status where nothing more can happen");
        }
    }

    /**
     * @param command a command path
     * @return its form, if it is one of these
     */
    public static java.util.Optional<CommandForms> named(String command) {
        return ALL.stream().filter(f -> f.command().equals(command)).findFirst();
    }

    /**
     * @param status    the request's status
     * @param isManager whether the user is a manager
     * @return the forms to show
     */
    public static List<CommandForms> forStatus(String status, boolean isManager) {
        return ALL.stream().filter(f -> f.statuses().contains(status) && (!f.manager() || isManager)).toList();
    }

    /** @param field a field @return its id on the page: unique among every form's fields */
    public String id(Field field) {
        return command + "-" + field.name();
    }

    /**
     * The command's JSON from what was typed, or the problems to show beside the fields.
     *
     * @param typed  the form's values, by field name
     * @param errors where the problems go, by field id
     * @return the body
     */
    public Map<String, Object> body(Map<String, String> typed, List<Pages.FormError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (Field f : fields) {
            String value = typed.getOrDefault(f.name(), "").strip();
            switch (f.kind()) {
                case DATE -> {
                    if (!value.isEmpty()) {
                        try {
                            body.put(f.name(), LocalDate.parse(value).toString());
                        } catch (DateTimeParseException e) {
                            errors.add(new Pages.FormError(id(f), "Enter the date as year-month-day, for example"
                                    + " 2026-11-20"));
                        }
                    }
                }
                case MONEY -> {
                    try {
                        BigDecimal pounds = new BigDecimal(value.replace("£", "").replace(",", ""));
                        body.put(f.name(), pounds.movePointRight(2).longValueExact());
                    } catch (NumberFormatException | ArithmeticException e) {
                        errors.add(new Pages.FormError(id(f), "Enter the fee in pounds, for example 25.50"));
                    }
                }
                case LIST -> body.put(f.name(), Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isEmpty())
                        .toList());
                case RADIOS -> {
                    if (!f.options().containsKey(value)) {
                        errors.add(new Pages.FormError(id(f), f.choose()));
                    }
                    body.put(f.name(), value);
                }
                default -> body.put(f.name(), value);
            }
        }
        return body;
    }
}
