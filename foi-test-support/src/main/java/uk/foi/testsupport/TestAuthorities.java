package uk.foi.testsupport;

/** The authorities the integration tests configure through foi-api, the same in every module's tests. */
public final class TestAuthorities {

    /** The Metropolitan Police's settings ({@code PUT /authorities/met-police}), as the seed responses show them. */
    public static final String MET_SETTINGS = """
            {"name": "Metropolitan Police Service", "regime": "FOIA", "costLimit": "OTHER_AUTHORITY",
             "referenceFormat": "01.FOI.{yy}.{seq:6}", "foiEmail": "foi@met.police.example",
             "complaintsAddress": "FOI Complaint\\nMetropolitan Police Service\\nPO Box 313\\nSidcup\\nDA15 0HH",
             "signatory": "Freedom of Information Manager"}""";

    private TestAuthorities() {
    }
}
