package uk.foi.core.request;

import java.time.LocalDate;
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
     * @param check     the section 17 check
     * @param catalogue the exemption catalogue
     */
    record Context(LocalDate today, StatutoryClock clock, RefusalCheck check, Catalogue catalogue) {
    }
}
