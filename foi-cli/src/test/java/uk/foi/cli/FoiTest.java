package uk.foi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code foi} command as a user runs it: output, errors and exit codes. */
class FoiTest {

    record Result(int exit, String out, String err) {
    }

    static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Foi.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        --regime FOIA --received 2018-03-07                                           | 2018-04-09 | seed 000: s10(1)
        --regime FOIA --received 2023-05-02 --clarified 2023-05-15                    | 2023-06-13 | s1(3) restart
        --regime FOIA --received 2023-05-02 --fee-notice 2023-05-10 --fee-paid 2023-05-24 | 2023-06-16 | s10(2) pause
        --regime FOIA --received 2023-05-02 --extension-days 20                       | 2023-06-29 | s10(3)
        --regime EIR --received 2023-05-02 --complex-and-voluminous                   | 2023-06-29 | EIR reg 7
        --regime FOIA --received 2023-05-02 --authority-type archives                 | 2023-06-15 | SI 2004/3364 reg 4
        --regime FOIA --received 2023-05-06 --receipt-rule next-working-day           | 2023-06-07 | Code para 4.2
        --regime FOISA --received 2026-03-10                                          | 2026-04-08 | FOISA s73
        --regime SAR --received 2023-07-07 --nation scotland                          | 2023-08-08 | Art 12(3), ICO
        """)
    void printsTheDueDate(String args, String expected, String source) {
        Result result = run("", ("due " + args).trim().split("\\s+"));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().trim()).as(source).isEqualTo(expected);
    }

    @Test
    void explainShowsTheWorking() {
        Result result = run("", "due", "--regime", "FOIA", "--received", "2018-03-07", "--explain");

        assertThat(result.out()).startsWith("2018-04-09\n").contains("Rule: FOIA s10(1)")
                .contains("2018-03-19 St Patrick’s Day (bank holiday in northern-ireland)");
    }

    @Test
    void schoolReadsItsTermDates(@TempDir Path dir) throws Exception {
        Path terms = dir.resolve("terms.csv");
        Files.writeString(terms, "term,2023-04-17,2023-05-26\nterm,2023-06-05,2023-07-21\n");

        Result result = run("", "due", "--regime", "FOIA", "--received", "2023-05-02", "--authority-type", "school",
                "--school-terms", terms.toString());

        assertThat(result.out().trim()).isEqualTo("2023-06-07");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        due --regime FOIA --received 2023-02-30                  | 2 | '2023-02-30' is not a date (yyyy-MM-dd)
        due --regime XYZ --received 2023-02-01                   | 2 | unknown regime 'XYZ'
        due --received 2023-02-01                                | 2 | --regime and --received are required
        due --regime FOIA --received 2023-05-02 --fee-notice 2023-05-10 | 2 | --fee-notice and --fee-paid go together
        due --regime FOIA --received 2023-05-02 --authority-type school | 2 | needs --school-terms FILE
        due --regime FOISA --received 2023-05-02 --extension-days 10    | 1 | FOIA s10(3) only
        due --regime FOIA --received 2009-05-02                  | 1 | outside the calendar's range
        due --regime FOIA --received 2023-05-02 --bank-holidays /nonexistent.json | 1 | cannot read bank-holiday file
        holidays --regime FOIA --year 1999                       | 1 | outside the calendar's range
        """)
    void errorsAreOneClearLineAndANonZeroExit(String args, int exit, String message) {
        Result result = run("", args.trim().split("\\s+"));

        assertThat(result.exit()).isEqualTo(exit);
        assertThat(result.err()).contains(message).startsWith("foi: ");
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void csvBatchGoesOnPastBadRows() {
        String input = """
                id,regime,event,start_date
                A1,FOIA,response,2023-05-02
                A2,FOIA,review-request,2023-06-01
                A3,EIR,review-max,2023-06-12
                A4,FOIA,pit-extended,2023-05-02
                A5,EIR,eir-extended,2023-05-02
                A6,SAR,sar,2023-01-31
                A7,FOISA,review,2023-06-12
                A8,FOIA,appeal,2024-04-29
                A9,FOISA,appeal,2023-11-13
                B1,FOIA,response,2023-02-30
                "B,2",FOIA,responce,2023-05-02
                B3,FOIA
                """;

        Result result = run(input, "due", "--csv");

        assertThat(result.out()).isEqualTo("""
                id,due_date
                A1,2023-06-01
                A2,2023-07-28
                A3,2023-08-09
                A4,2023-06-29
                A5,2023-06-29
                A6,2023-02-28
                A7,2023-07-10
                A8,2024-05-28
                A9,2023-12-25
                B1,ERROR: start_date '2023-02-30' is not a date (yyyy-MM-dd)
                "B,2","ERROR: unknown event 'responce': expected response, review-request, review, review-target, review-max, appeal, pit-extended, eir-extended or sar"
                B3,"ERROR: expected 4 cells (id,regime,event,start_date), found 2"
                """);
        assertThat(result.err()).contains("12 rows, 3 errors");
        assertThat(result.exit()).isEqualTo(1);
    }

    /**
     * EIR reg 11(4): the review is due within 40 working days of the representations; the authority's 20 is its
     * target. FOISA s20(5): with the date of receipt, the window to ask for a review runs from the expiry of the time
     * for compliance when the response came on time (received Thu 4 May 2023, due Mon 5 June, answered Thu 1 June:
     * 40 Scottish working days from 5 June: Mon 31 July). Without it, or when the response was late, from the response
     * (Thu 27 July), as before.
     */
    @Test
    void csvTakesAnOptionalDateOfReceiptAndAReviewTarget() {
        String input = """
                id,regime,event,start_date,received
                C1,EIR,review,2023-06-12,
                C2,EIR,review-target,2023-06-12,
                C3,FOISA,review-request,2023-06-01,2023-05-04
                C4,FOISA,review-request,2023-06-01
                C5,FOISA,review-request,2023-06-01,2023-04-03
                C6,FOISA,review-request,2023-06-01,2023-13-04
                """;

        Result result = run(input, "due", "--csv");

        assertThat(result.out()).isEqualTo("""
                id,due_date
                C1,2023-08-09
                C2,2023-07-10
                C3,2023-07-31
                C4,2023-07-27
                C5,2023-07-27
                C6,ERROR: received '2023-13-04' is not a date (yyyy-MM-dd)
                """);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void csvWithoutItsHeaderIsRefused() {
        Result result = run("A1,FOIA,response,2023-05-02\n", "due", "--csv");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("CSV must start with the header 'id,regime,event,start_date'");
    }

    @Test
    void holidaysListsTheDivisionOfEachDay() {
        Result result = run("", "holidays", "--regime", "FOIA", "--year", "2026");

        assertThat(result.out())
                .contains("2026-03-17 Tue  St Patrick’s Day  [bank holiday in northern-ireland]")
                .contains("2026-06-15 Mon  World Cup bank holiday (one-off, Scotland only)  [bank holiday in scotland]")
                .contains("2026-11-30 Mon  St Andrew’s Day  [bank holiday in scotland]");
        assertThat(run("", "holidays", "--regime", "FOISA", "--year", "2026").out())
                .doesNotContain("St Patrick").doesNotContain("Easter Monday");
    }
}
