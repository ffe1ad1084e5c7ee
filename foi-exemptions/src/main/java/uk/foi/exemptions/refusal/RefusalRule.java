package uk.foi.exemptions.refusal;

import java.util.List;
import uk.foi.exemptions.Catalogue;

/**
 * One statutory requirement of a refusal notice, checked on its own so that authorities can read, test and report
 * on each. Implementations are immutable and cite their source in {@link #source()} and in Javadoc.
 */
public interface RefusalRule {

    /** @return the rule's name, as shown in findings */
    default String name() {
        return getClass().getSimpleName();
    }

    /** @return the provision the rule comes from, such as {@code FOIA s17(1)(b)} */
    String source();

    /**
     * @param draft     the response about to be sent; not null
     * @param catalogue the exemption catalogue; not null
     * @return what the rule finds, empty if the draft meets it
     */
    List<Finding> check(DraftResponse draft, Catalogue catalogue);
}
