package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.OptionalInt;
import uk.foi.api.store.RequestSearch;
import uk.foi.core.request.CaseloadDates;
import uk.foi.core.request.FoiOffice;

/**
 * The caseload: the authority's requests as kept on write (their next statutory date among them), found, ordered and
 * counted, each read its own transaction. What is judged on the day is the domain's: whether a request is overdue
 * ({@link CaseloadDates#overdueOn}) and the working days left ({@link FoiOffice#workingDaysLeft}).
 */
@Singleton
public class CaseloadService {

    private final RequestService requests;
    private final RequestSearch search;
    private final FoiOffice office;
    private final Transactions tx;

    CaseloadService(RequestService requests, RequestSearch search, FoiOffice office, Transactions tx) {
        this.requests = requests;
        this.search = search;
        this.office = office;
        this.tx = tx;
    }

    /**
     * @param caller a member of the authority's staff
     * @param filter what to look for (its day is today's, {@link FoiOffice#today})
     * @param sort   the order
     * @param after  where the page starts
     * @param size   how many at most
     * @return a page, each request judged on today
     */
    public RequestSearch.Page page(Caller caller, RequestSearch.Filter filter, RequestSearch.Sort sort,
            Optional<RequestSearch.Cursor> after, int size) {
        requests.authorityOf(caller);
        RequestSearch.Page page = tx.read(() -> search.search(caller.authority(), filter, sort, after, size));
        return new RequestSearch.Page(page.items().stream().map(i -> i.judged(
                CaseloadDates.overdueOn(Optional.ofNullable(i.nextDue()), filter.today()),
                i.nextDue() == null ? null : boxed(office.workingDaysLeft(i.regime(), i.nextDue())))).toList(),
                page.next());
    }

    /**
     * @param caller a member of the authority's staff
     * @param filter what to count
     * @return how many requests match, by status, and how many are overdue
     */
    public RequestSearch.Counts counts(Caller caller, RequestSearch.Filter filter) {
        requests.authorityOf(caller);
        return tx.read(() -> search.counts(caller.authority(), filter));
    }

    private static Integer boxed(OptionalInt n) {
        return n.isPresent() ? n.getAsInt() : null;
    }
}
