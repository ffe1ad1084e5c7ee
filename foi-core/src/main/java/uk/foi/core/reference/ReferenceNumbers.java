package uk.foi.core.reference;

/**
 * Port: hands out request sequence numbers per authority and year, without gaps and never twice. The API's adapter
 * does this in the same database transaction as the intake, so a rolled-back intake gives its number back;
 * {@link InMemoryReferenceNumbers} does it in memory for tests and embedding.
 */
public interface ReferenceNumbers {

    /**
     * @param authority the authority's id; not null
     * @param year      the calendar year the request was received
     * @return the next sequence number for that authority and year, from 1
     */
    long next(String authority, int year);
}
