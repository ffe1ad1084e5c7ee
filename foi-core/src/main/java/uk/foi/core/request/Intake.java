package uk.foi.core.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.Regime;

/**
 * A new request as staff log it. The requester's details are not here: they go to {@link Requester}, stored apart.
 *
 * @param id         the id to give the request
 * @param receivedOn the date of receipt
 * @param channel    how it arrived
 * @param text       the request as asked; not blank
 * @param regime     the regime to handle it under, one the authority is subject to; empty for the authority's main
 *                   regime
 */
public record Intake(RequestId id, LocalDate receivedOn, Channel channel, String text, Optional<Regime> regime) {

    /** @throws NullPointerException if a component is null */
    public Intake {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(regime, "regime");
    }

    /**
     * A request under the authority's main regime.
     *
     * @param id         the id to give the request
     * @param receivedOn the date of receipt
     * @param channel    how it arrived
     * @param text       the request as asked
     */
    public Intake(RequestId id, LocalDate receivedOn, Channel channel, String text) {
        this(id, receivedOn, channel, text, Optional.empty());
    }
}
