package uk.foi.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.calendar.Division;

/** Command-line spellings of the domain's enums, with the domain's own error messages. */
final class Converters {

    private Converters() {
    }

    /** Uses the domain's parser, keeping its message as the whole error. */
    static <T> T domain(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /**
     * Reads an ISO date, as every date on the command line and in CSV is written.
     *
     * @throws IllegalArgumentException saying the text is not a date
     */
    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date (yyyy-MM-dd)", e);
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return domain(Converters::date, value);
        }
    }

    static final class RegimeConverter implements ITypeConverter<Regime> {
        @Override
        public Regime convert(String value) {
            return domain(Regime::parse, value);
        }
    }

    static final class DivisionConverter implements ITypeConverter<Division> {
        @Override
        public Division convert(String value) {
            return domain(Division::parse, value);
        }
    }

    static final class AuthorityTypeConverter implements ITypeConverter<AuthorityType> {
        @Override
        public AuthorityType convert(String value) {
            return domain(AuthorityType::parse, value);
        }
    }

    static final class ReceiptRuleConverter implements ITypeConverter<ReceiptRule> {
        @Override
        public ReceiptRule convert(String value) {
            return domain(ReceiptRule::parse, value);
        }
    }
}
