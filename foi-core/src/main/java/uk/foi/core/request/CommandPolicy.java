package uk.foi.core.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.RefusalCheck;

/**
 * A rule a command must pass before it is carried out. Each names the statute or guidance it applies. The office runs
 * them in order and refuses on the first that objects ({@link CommandPolicies#standard()}).
 */
interface CommandPolicy {

    /**
     * @param request the request as it is
     * @param command the command
     * @param context what the rule may consult
     * @return why the command may not be carried out, or empty
     */
    Optional<Refusal> check(FoiRequest request, Command command, Context context);

    /**
     * What policies consult.
     *
     * @param today     today, in UK time
     * @param clock     the statutory clock
     * @param section17 the section 17 check of the response the command would issue, run at most once
     * @param catalogue the exemption catalogue
     */
    record Context(LocalDate today, StatutoryClock clock, Section17 section17, Catalogue catalogue) {
    }

    /**
     * The section 17 check of a response, run once per command: the policy that blocks an invalid refusal and the
     * office that attaches the warnings to the issued response read the same report. Not thread-safe; one per
     * command.
     */
    final class Section17 {
        private final RefusalCheck check;
        private LocalDate checkedOn;
        private RefusalCheck.Report report;

        /** @param check the section 17 check */
        Section17(RefusalCheck check) {
            this.check = check;
        }

        /**
         * @param request the request the command is for (the same one on every call)
         * @param on      the day of the response
         * @return the check's report on the draft the request's decisions make
         */
        RefusalCheck.Report report(FoiRequest request, LocalDate on) {
            if (report == null || !on.equals(checkedOn)) {
                List<uk.foi.exemptions.refusal.Finding> findings = new java.util.ArrayList<>();
                for (uk.foi.deadlines.Regime regime : request.timeline().regimes()) {
                    findings.addAll(check.check(CommandPolicies.draft(request, on, regime)).findings());
                }
                report = new RefusalCheck.Report(findings);
                checkedOn = on;
            }
            return report;
        }
    }
}
