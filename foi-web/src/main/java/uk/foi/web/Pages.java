package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import uk.foi.web.api.Wire;

/** What each page shows: the models the templates ({@code src/main/jte}) are compiled against. */
public final class Pages {

    private Pages() {
    }

    /**
     * What every page has around its content.
     *
     * @param service the service's name
     * @param title   the page's title (the browser tab's first words, and what a screen reader announces)
     * @param user    who is signed in, if anyone
     * @param nav     the navigation item the page belongs to
     * @param errors  the error summary's items, first on the page when a form was wrong
     */
    public record Chrome(String service, String title, @Nullable Session.User user, String nav,
            List<FormError> errors) {

        /** @return the title as the browser shows it, with "Error: " first when the page reports errors */
        public String documentTitle() {
            return (errors.isEmpty() ? "" : "Error: ") + title + " – " + service;
        }
    }

    /**
     * An error on a form.
     *
     * @param field   the id of the field it concerns (the summary links to it), or blank
     * @param message what is wrong and how to fix it
     */
    public record FormError(String field, String message) {
    }

    /**
     * A form's values and errors, by field id.
     *
     * @param values what was typed, to show again
     * @param errors what is wrong with each
     */
    public record Form(Map<String, String> values, Map<String, String> errors) {

        /** @return an empty form */
        public static Form empty() {
            return new Form(Map.of(), Map.of());
        }

        /**
         * @param values what was typed
         * @param errors the errors of the page; each field shows the first that concerns it
         * @return the form to show again
         */
        public static Form of(Map<String, String> values, List<FormError> errors) {
            Map<String, String> byField = new java.util.LinkedHashMap<>();
            errors.stream().filter(e -> !e.field().isBlank()).forEach(e -> byField.putIfAbsent(e.field(),
                    e.message()));
            return new Form(values, byField);
        }

        /** @param field a field @return its value, or blank */
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        /** @param field a field @return its error, or null */
        public @Nullable String error(String field) {
            return errors.get(field);
        }
    }

    /**
     * The sign-in page.
     *
     * @param chrome       the frame
     * @param users        the demo users, {@code name:role}
     * @param local        true for ./foi up
     * @param oidc         true if users sign in with an organisation's account
     * @param providerName how the page names that account
     */
    public record SignIn(Chrome chrome, List<String> users, boolean local, boolean oidc, String providerName) {
    }

    /**
     * The caseload.
     *
     * @param chrome  the frame
     * @param view    mine or all
     * @param status  the status filter
     * @param team    the team filter
     * @param q       the words searched for
     * @param rows    the requests, the next statutory date first
     * @param nextUrl the next page, if any
     * @param firstUrl the first page, when this is not it
     * @param total    how many requests this view has, whatever the status filter
     * @param overdue  how many of them are overdue
     * @param byStatus "Any status" and each status that has requests, with its count and the link that filters by it
     * @param teams    the authority's teams, for the team filter (none: the team is typed in)
     */
    public record Caseload(Chrome chrome, String view, String status, String team, String q,
            List<Wire.Summary> rows, @Nullable String nextUrl, @Nullable String firstUrl, long total, long overdue,
            List<StatusCount> byStatus, List<Wire.Team> teams) {

        /** The statuses a caseload filters on, in the order of a request's life. */
        public static final List<String> STATUSES = List.of("RECEIVED", "AWAITING_CLARIFICATION", "AWAITING_FEE",
                "IN_PROGRESS", "EXTENDED", "RESPONDED", "REVIEW_REQUESTED", "REVIEW_COMPLETED", "ICO_COMPLAINT",
                "DECISION_NOTICE", "TRIBUNAL_APPEAL", "WITHDRAWN", "LAPSED", "CLOSED");
    }

    /**
     * @param label   the status in words
     * @param count   how many requests are in it
     * @param url     the caseload filtered by it
     * @param current true if that is the filter shown
     */
    public record StatusCount(String label, long count, String url, boolean current) {
    }

    /**
     * A request.
     *
     * @param chrome    the frame
     * @param request   the request
     * @param requester who asked (caseworkers and managers only)
     * @param timeline  the audit trail
     * @param check     the section 17 check of the response as the decisions stand
     * @param provisions the catalogue, for the provision picker
     * @param teams     the authority's teams, for the assignment form (none: any team is typed in)
     * @param form      the form that was sent, if one came back with errors
     * @param formName  which form that was
     * @param done      what was just done, for the success banner
     */
    public record Request(Chrome chrome, Wire.Request request, @Nullable Wire.Requester requester,
            Wire.Timeline timeline, Wire.Check check, List<Wire.Provision> provisions, List<Wire.Team> teams,
            List<Wire.Message> correspondence, Form form, String formName, @Nullable String done) {

        /** @return the letters every attempt to email failed: the page says so at its top */
        public List<Wire.Message> unsent() {
            return correspondence.stream().filter(m -> m.state().equals("FAILED")).toList();
        }

        /**
         * @return the parts an internal review may release: each part's first decision, where it gave less than all
         *         (the review-result form offers to release them)
         */
        public List<Wire.Decision> releasable() {
            java.util.Map<String, Wire.Decision> first = new java.util.LinkedHashMap<>();
            request.decisions().forEach(d -> first.putIfAbsent(d.label(), d));
            return first.values().stream().filter(d -> !d.outcome().equals("DISCLOSED")).toList();
        }

        /** @return the lifecycle's other forms the user may send in the request's status */
        public List<CommandForms> commandForms() {
            Session.User user = chrome.user();
            return user == null || !user.handlesCases() ? List.of()
                    : CommandForms.forStatus(request.status(), user.is("manager"));
        }

        /** @return true while the response has not been issued */
        public boolean open() {
            return request.response() == null && !List.of("WITHDRAWN", "LAPSED", "CLOSED")
                    .contains(request.status());
        }

        /** @param label a part @return its decisions */
        public List<Wire.Decision> decisionsOf(String label) {
            return request.decisions().stream().filter(d -> label.equals(d.label())).toList();
        }

        /** @param label a part @return the check's findings about it */
        public List<Wire.Finding> findingsOf(String label) {
            return findings().filter(f -> label.equals(f.part())).toList();
        }

        /** @return the check's findings about no one part */
        public List<Wire.Finding> generalFindings() {
            return findings().filter(f -> f.part() == null || f.part().isBlank() || request.parts().stream()
                            .noneMatch(p -> p.label().equals(f.part()))).toList();
        }

        private java.util.stream.Stream<Wire.Finding> findings() {
            return java.util.stream.Stream.concat(check.errors().stream(), check.warnings().stream());
        }
    }

    /** @param chrome the frame @param form the form @param regimes the regimes to choose from */
    public record NewRequest(Chrome chrome, Form form, List<String> regimes) {
    }

    /** @param chrome the frame @param request the request @param pdfUrl the PDF @param frameUrl the letter itself */
    public record Letter(Chrome chrome, Wire.Request request, String frameUrl, String pdfUrl, boolean review) {

        /** @return true once there is a letter to show: a response sent, or a decision to preview */
        public boolean available() {
            return review ? request.review() != null : request.response() != null || !request.decisions().isEmpty();
        }

        /** @return the page's heading */
        public String heading() {
            return heading(request, review);
        }

        /**
         * @param request the request
         * @param review  true for the internal review's outcome, false for the response
         * @return the heading of its letter's page
         */
        static String heading(Wire.Request request, boolean review) {
            return review ? "The outcome of the internal review"
                    : request.response() == null ? "Preview of the response" : "The response";
        }
    }

    /**
     * The public disclosure log.
     *
     * @param chrome  the frame
     * @param q       the words searched for
     * @param entries the published responses
     * @param nextUrl the next page, if any
     */
    public record DisclosureLog(Chrome chrome, String q, List<Wire.LogEntry> entries, @Nullable String nextUrl) {
    }

    /**
     * The settings there are.
     *
     * @param chrome the frame
     * @param admin  whether the user may change them
     */
    public record SettingsIndex(Chrome chrome, boolean admin) {
    }

    /**
     * The authority's teams.
     *
     * @param chrome the frame
     * @param teams  its teams, by id
     * @param form   a team as typed
     * @param done   what was just done, for the success banner
     * @param admin  whether the user may change them
     */
    public record Teams(Chrome chrome, List<Wire.Team> teams, Form form, @Nullable String done, boolean admin) {
    }

    /**
     * The authority's settings.
     *
     * @param chrome  the frame
     * @param form    the settings, as saved or as typed
     * @param done    what was just done, for the success banner
     * @param applied what applying the settings to the open requests did, once it has been done
     * @param admin   whether the user may change them
     */
    public record AuthoritySettings(Chrome chrome, Form form, @Nullable String done,
            @Nullable Wire.SettingsApplied applied, boolean admin) {

        /** @param field a text field @return its label, as the page and its error messages give it */
        public String label(String field) {
            return AuthoritySettingsPages.LABELS.get(field);
        }

        /** @return the laws, as the page names them */
        public Map<String, String> regimes() {
            return AuthoritySettingsPages.REGIMES;
        }

        /** @return the time limits an authority may have */
        public Map<String, String> authorityTypes() {
            return AuthoritySettingsPages.AUTHORITY_TYPES;
        }

        /** @return the divisions of the bank holidays */
        public Map<String, String> nations() {
            return AuthoritySettingsPages.NATIONS;
        }

        /** @return when a request is received */
        public Map<String, String> receiptRules() {
            return AuthoritySettingsPages.RECEIPT_RULES;
        }

        /** @return the cost limits */
        public Map<String, String> costLimits() {
            return AuthoritySettingsPages.COST_LIMITS;
        }
    }

    /**
     * The authority's letters: case officers and wording.
     *
     * @param chrome    the frame
     * @param officers  the case officers letters name
     * @param templates every template file, each its own or standard
     * @param form      the case officer as typed, when it came back with errors
     * @param done      what was just done, for the success banner
     * @param admin     true if the user may change them
     */
    public record LetterSettings(Chrome chrome, List<Wire.CaseOfficer> officers, List<Wire.Template> templates,
            Form form, @Nullable String done, boolean admin) {
    }

    /**
     * One template file, to read or change.
     *
     * @param chrome   the frame
     * @param template the file as foi-api gives it: the authority's own, or the standard one
     * @param purpose  what the file is for, if the page explains it
     * @param form     its text: as saved, or as typed when it came back with errors
     * @param admin    true if the user may change it
     */
    public record LetterTemplate(Chrome chrome, Wire.Template template, @Nullable String purpose, Form form,
            boolean admin) {
    }

    /**
     * Preparing a response for the disclosure log.
     *
     * @param chrome  the frame
     * @param request the request
     * @param draft   the wording to start from and what looks like personal data
     * @param form    the wording as typed, when it came back with errors
     */
    public record Publication(Chrome chrome, Wire.Request request, Wire.PublicationDraft draft, Form form) {

        /** @return the wording to show in the box: as typed, or the draft */
        public String text() {
            return form.values().containsKey("text") ? form.value("text") : draft.text();
        }
    }

    /**
     * One published response, for the public.
     *
     * @param chrome    the frame
     * @param entry     the response
     * @param letterUrl the response letter
     * @param pdfUrl    the same as PDF
     */
    public record DisclosureEntry(Chrome chrome, Wire.LogEntry entry, String letterUrl, String pdfUrl) {
    }

    /**
     * A quarter's figures.
     *
     * @param chrome       the frame
     * @param quarter      the quarter in words, "October to December 2026"
     * @param statistics   the figures
     * @param answered     how many of the requests received were answered
     * @param inTimePercent the share of those answered in time or within a permitted extension, if any were
     * @param timeliness   the timeliness chart
     * @param outcomes     the outcomes chart
     * @param exemptions   the provisions most relied on
     * @param reviews      the internal reviews completed, if any
     * @param previousUrl  the quarter before
     * @param nextUrl      the quarter after
     * @param csvUrl       the figures as CSV
     */
    public record Dashboard(Chrome chrome, String quarter, Wire.Statistics statistics, int answered,
            @Nullable Long inTimePercent, Chart timeliness, Chart outcomes, Chart exemptions, @Nullable Chart reviews,
            String previousUrl, String nextUrl, String csvUrl) {
    }

    /** @param chrome the frame @param heading what went wrong @param message what to do */
    public record Problem(Chrome chrome, String heading, String message) {
    }
}
