/**
 * Request reference numbers: each authority's format ({@link uk.foi.core.reference.ReferenceFormat}) and gap-free
 * sequence numbers per authority and year ({@link uk.foi.core.reference.ReferenceNumbers}). Plain Java.
 */
package uk.foi.core.reference;
