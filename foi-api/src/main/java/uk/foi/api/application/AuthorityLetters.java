package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.foi.api.store.LetterSettings;
import uk.foi.core.authority.AuthorityId;
import uk.foi.letters.CaseOfficer;
import uk.foi.letters.LetterTemplates;
import uk.foi.letters.LetterWriter;

/**
 * The letter writer for one authority: its own template files over the bundled English set, and, for letters to the
 * requester, its case officers (the public disclosure log's letters name none: staff names are not published there).
 */
@Singleton
class AuthorityLetters {

    private final LetterWriter writer;
    private final LetterSettings.TemplateFiles files;
    private final LetterSettings.Officers officers;

    AuthorityLetters(LetterWriter writer, LetterSettings.TemplateFiles files, LetterSettings.Officers officers) {
        this.writer = writer;
        this.files = files;
        this.officers = officers;
    }

    /**
     * @param authority the authority
     * @return a writer for its letters to the requester
     */
    LetterWriter toRequester(AuthorityId authority) {
        Map<String, CaseOfficer> staff = officers.findByAuthorityIdOrderByUserId(authority.value()).stream()
                .collect(Collectors.toMap(LetterSettings.Officer::userId, o -> new CaseOfficer(o.name(),
                        o.jobTitle(), Optional.ofNullable(o.phone()))));
        return forPublic(authority).withStaff(user -> Optional.ofNullable(staff.get(user)));
    }

    /**
     * @param authority the authority
     * @return a writer for its letters as the public disclosure log shows them
     */
    LetterWriter forPublic(AuthorityId authority) {
        Map<String, String> own = files.findByAuthorityIdOrderByFile(authority.value()).stream()
                .collect(Collectors.toMap(LetterSettings.TemplateFile::file, LetterSettings.TemplateFile::source));
        Function<String, Optional<String>> source = file -> Optional.ofNullable(own.get(file));
        return own.isEmpty() ? writer : writer.withTemplates(LetterTemplates.overriding(source));
    }
}
