package uk.foi.deadlines.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday in one division, as published in GOV.UK's feed or projected by the standing rules.
 *
 * @param date        the day; not null
 * @param title       the holiday's name as published, for example {@code "Early May bank holiday"}; not null
 * @param division    the division in which it is a bank holiday; not null
 * @param provisional true when the day was projected by rule rather than published, so a one-off day proclaimed
 *                    later (as in 2022 and 2023) could still be missing
 */
public record BankHoliday(LocalDate date, String title, Division division, boolean provisional) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if any component is null
     */
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(division, "division");
    }
}
