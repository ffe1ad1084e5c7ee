package uk.foi.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * foi-api's answers as this service reads them: only the fields the pages show (the API's OpenAPI document,
 * {@code /openapi/foi-api.yml}, has the rest; unknown fields are ignored so that the API can grow).
 */
public final class Wire {

    private Wire() {
    }

    /**
     * Who the signed-in user is, as foi-api maps their token ({@code GET /me}).
     *
     * @param name      the token's subject
     * @param authority their authority
     * @param roles     their roles in the service
     */
    @Serdeable
    public record Me(String name, String authority, List<String> roles) {
    }

    /** One request in a list ({@code RequestSummary}). */
    @Serdeable
    public record Summary(UUID id, String reference, String regime, String status, LocalDate receivedOn,
            @Nullable String assignee, @Nullable String team, @Nullable LocalDate nextDue, boolean overdue,
            @Nullable String outcome, @Nullable LocalDate respondedOn, @Nullable Integer workingDaysLeft) {
    }

    /** A caseload's counts ({@code CountsView}). */
    @Serdeable
    public record Counts(java.util.Map<String, Long> byStatus, long overdue, long total) {
    }

    /** An authority's figures for a quarter ({@code StatisticsView}), in the Cabinet Office's categories. */
    @Serdeable
    public record Statistics(String quarter, LocalDate computedOn, int received, Timeliness timeliness,
            java.util.Map<String, Integer> outcomes, int lapsed, int withdrawn, int inProgress,
            java.util.Map<String, Integer> exemptionsUsed, java.util.Map<String, Integer> reviewsCompleted,
            @Nullable java.util.Map<String, Statistics> byRegime) {

        /** @return the figures for each regime the requests were handled under, none if there are none */
        public java.util.Map<String, Statistics> regimes() {
            return byRegime == null ? java.util.Map.of() : byRegime;
        }
    }

    /** How the requests received in a quarter were answered against the time limits. */
    @Serdeable
    public record Timeliness(int inTime, int withinExtension, int late, int openNotYetDue, int openOverdue) {
    }

    /** A page of requests. */
    @Serdeable
    public record Page(List<Summary> items, @Nullable String next) {
    }

    /** A request ({@code RequestView}). */
    @Serdeable
    public record Request(UUID id, String reference, String regime, String status, LocalDate statusSince,
            LocalDate receivedOn, String channel, @Nullable String assignee, @Nullable String team, String text,
            List<Part> parts, List<Decision> decisions, @Nullable Response response, @Nullable String review,
            @Nullable Publication publication, long version, List<Deadline> deadlines) {
    }

    /** What the disclosure log shows of a request, once published. */
    @Serdeable
    public record Publication(LocalDate on, String text) {
    }

    /** A draft of the wording to publish, with what looks like personal data ({@code PublicationDraft}). */
    @Serdeable
    public record PublicationDraft(boolean published, String text, List<Suggestion> suggestions) {
    }

    /** Something that looks like personal data. */
    @Serdeable
    public record Suggestion(String kind, String words, String found) {
    }

    /** A part of a request. */
    @Serdeable
    public record Part(String label, String text, @Nullable String regime, List<Clarification> clarifications) {
    }

    /** A clarification. */
    @Serdeable
    public record Clarification(LocalDate receivedOn, String text) {
    }

    /** A decision on a part: each provision relied on is a ground with what is said about it. */
    @Serdeable
    public record Decision(String label, String outcome, @Nullable String answer, @Nullable List<Ground> grounds) {

        /** @return the grounds, none if there are none */
        public List<Ground> groundList() {
            return grounds == null ? List.of() : grounds;
        }
    }

    /**
     * One provision relied on, with its own reasons, likelihood of harm, public interest test, NCND scope and, for
     * FOIA s36, the qualified person's opinion.
     */
    @Serdeable
    public record Ground(String citation, @Nullable String reasons, @Nullable String harm,
            @Nullable PublicInterest publicInterest, @Nullable String ncndScope,
            @Nullable QualifiedOpinion qualifiedOpinion) {
    }

    /** FOIA s36(2): who gave the qualified person's opinion, and when. */
    @Serdeable
    public record QualifiedOpinion(@Nullable String person, @Nullable LocalDate givenOn) {
    }

    /** A public interest test. */
    @Serdeable
    public record PublicInterest(@Nullable List<String> forDisclosure, @Nullable List<String> forMaintaining,
            @Nullable String conclusion) {
    }

    /** The response once issued. */
    @Serdeable
    public record Response(LocalDate on, String outcome, List<String> warnings) {
    }

    /** A deadline and its working ({@code DeadlineView}). */
    @Serdeable
    public record Deadline(String kind, String description, String party, LocalDate due, String state,
            int workingDaysLate, @Nullable LocalDate settledOn, String basis, boolean provisional,
            boolean uncertainByOneDay, String rule, String source, List<String> steps, List<Holiday> holidaysSkipped,
            List<String> warnings, String calendarVersion) {
    }

    /** A non-working day the count passed over. */
    @Serdeable
    public record Holiday(LocalDate date, String title) {
    }

    /** The audit trail. */
    @Serdeable
    public record Timeline(LocalDate today, List<Audit> history) {
    }

    /** One entry of the audit trail. */
    @Serdeable
    public record Audit(long sequence, String type, String command, String actor, Instant occurredAt,
            @Nullable String note) {
    }

    /** The requester (personal data: caseworkers and managers only). */
    @Serdeable
    public record Requester(String name, @Nullable String email, @Nullable String postalAddress) {
    }

    /** A message of a request's correspondence ({@code MessageView}): an email in, or a letter out. */
    @Serdeable
    public record Message(String id, String direction, String state, String address, @Nullable String name,
            String subject, Instant at, @Nullable String letter, int attempts, @Nullable Instant nextAttemptAt,
            @Nullable Instant sentAt, @Nullable String problem, List<MessageAttachment> attachments,
            @Nullable String text) {
    }

    /** An attachment of a message ({@code AttachmentView}). */
    @Serdeable
    public record MessageAttachment(int n, String name, String mediaType, long size) {
    }

    /** The section 17 check's findings. */
    @Serdeable
    public record Check(List<Finding> errors, List<Finding> warnings) {
    }

    /** One finding of the section 17 check. */
    @Serdeable
    public record Finding(String severity, String rule, String source, @Nullable String part, String message) {
    }

    /** A provision of the exemptions catalogue. */
    @Serdeable
    public record Provision(String key, String kind, String title, boolean publicInterestTest) {
    }

    /** A problem+json answer (RFC 9457). */
    @Serdeable
    public record Problem(@Nullable String title, int status, @Nullable String detail,
            @Nullable List<FieldError> errors, @Nullable List<String> findings, @Nullable String hint) {
    }

    /** A field the API found wrong. */
    @Serdeable
    public record FieldError(String field, String message) {
    }

    /** An entry of the public disclosure log. */
    @Serdeable
    public record LogEntry(String reference, String authority, LocalDate receivedOn, LocalDate respondedOn,
            LocalDate publishedOn, String outcome, String request, List<Published> decisions,
            @Nullable List<LogDocument> documents) {

        /** @return the records released with the response; none in a page of the log */
        public List<LogDocument> documentList() {
            return documents == null ? List.of() : documents;
        }
    }

    /** @param id its id @param name its file name @param redactions how many redactions it has */
    @Serdeable
    public record LogDocument(String id, String name, int redactions) {
    }

    /** What was published about one part. */
    @Serdeable
    public record Published(String part, String outcome, @Nullable String answer, List<String> citations,
            @Nullable String reasons) {
    }

    /** A page of the disclosure log. */
    @Serdeable
    public record LogPage(List<LogEntry> items, @Nullable String next) {
    }

    /**
     * An authority's settings ({@code AuthoritySettings}), as {@code GET /authorities/{id}} gives them.
     *
     * @param name                how letters name it
     * @param regime              the law it mainly answers under
     * @param authorityType       its time limit (SI 2004/3364)
     * @param nation              whose bank holidays its clock skips
     * @param receiptRule         when a request that arrives on a day that is not a working day is received
     * @param reviewRequestWindow working days to ask for a review
     * @param reviewTarget        working days to complete one
     * @param reviewMaximum       the most it may take
     * @param regulatorWindow     how long after the final response a complaint to the Commissioner is expected
     * @param costLimit           its appropriate limit
     * @param referenceFormat     how its references are made
     * @param foiEmail            where requests are sent
     * @param complaintsAddress   where review requests are sent
     * @param signatory           who signs its letters
     * @param regimes             every law it answers under
     */
    @Serdeable
    public record Authority(String name, String regime, String authorityType, String nation, String receiptRule,
            int reviewRequestWindow, int reviewTarget, int reviewMaximum, String regulatorWindow, String costLimit,
            String referenceFormat, String foiEmail, String complaintsAddress, String signatory,
            @Nullable List<String> regimes) {
    }

    /**
     * What applying the settings to the open requests did ({@code SettingsApplied}).
     *
     * @param changed   the requests moved onto the settings
     * @param unchanged how many were on them already
     * @param refused   the requests left as they were, with why
     */
    @Serdeable
    public record SettingsApplied(List<Moved> changed, int unchanged, List<Left> refused) {

        /** @param id the request @param reference its reference */
        @Serdeable
        public record Moved(String id, String reference) {
        }

        /** @param id the request @param reference its reference @param reason why it was left */
        @Serdeable
        public record Left(String id, String reference, String reason) {
        }
    }

    /** @param team its id, which assignments give @param name how people name it */
    @Serdeable
    public record Team(String team, String name) {
    }

    /**
     * A case officer as letters name them.
     *
     * @param userId   the user id requests are assigned to
     * @param name     their name
     * @param jobTitle their job title
     * @param phone    a direct number, if given
     */
    @Serdeable
    public record CaseOfficer(String userId, String name, String jobTitle, @Nullable String phone) {
    }

    /**
     * A letter template file.
     *
     * @param file      its name
     * @param own       true if it is the authority's own wording
     * @param source    its text (absent from a list)
     * @param updatedBy who last saved the authority's own
     */
    @Serdeable
    public record Template(String file, boolean own, @Nullable String source, @Nullable String updatedBy) {
    }
}
