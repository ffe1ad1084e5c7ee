package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.foi.api.store.LetterSettings;
import uk.foi.letters.LetterTemplates;

/**
 * An authority's own letter templates (each replacing a bundled one, checked before it is saved) and its case
 * officers (named in letters to requesters); each read or change its own transaction.
 */
@Singleton
public class LetterSettingsService {

    private final LetterSettings.TemplateFiles files;
    private final LetterSettings.Officers officers;
    private final Transactions tx;
    private final Clock clock;

    LetterSettingsService(LetterSettings.TemplateFiles files, LetterSettings.Officers officers, Transactions tx,
            Clock clock) {
        this.files = files;
        this.officers = officers;
        this.tx = tx;
        this.clock = clock;
    }

    /** @param caller a member of the authority's staff @return its own template files, by name */
    public List<LetterSettings.TemplateFile> templates(Caller caller) {
        return tx.read(() -> files.findByAuthorityIdOrderByFile(caller.authority().value()));
    }

    /**
     * @param caller a member of the authority's staff
     * @param file   a template file's name
     * @return the authority's own version of it, if it has one
     * @throws Refused.NotFound if there is no template file of that name
     */
    public Optional<LetterSettings.TemplateFile> template(Caller caller, String file) {
        known(file);
        return tx.read(() -> files.findByAuthorityIdAndFile(caller.authority().value(), file));
    }

    /**
     * @param caller an admin of the authority
     * @param file   a template file's name
     * @param source its new source, which must render every letter
     * @return it as saved
     * @throws Refused.NotFound if there is no template file of that name, Refused.Invalid if the source is wrong
     */
    public LetterSettings.TemplateFile putTemplate(Caller caller, String file, String source) {
        known(file);
        try {
            LetterTemplates.checkFile(file, source);
        } catch (IllegalArgumentException e) {
            throw new Refused.Invalid("source", e.getMessage());
        }
        Instant now = clock.instant();
        String authority = caller.authority().value();
        tx.run(() -> files.put(UUID.randomUUID(), authority, file, source, now, caller.name()));
        return new LetterSettings.TemplateFile(null, authority, file, source, now, caller.name());
    }

    /**
     * Goes back to the bundled template.
     *
     * @param caller an admin of the authority
     * @param file   a template file's name
     * @throws Refused.NotFound if the authority has no version of its own
     */
    public void removeTemplate(Caller caller, String file) {
        known(file);
        if (tx.write(() -> files.deleteByAuthorityIdAndFile(caller.authority().value(), file)) == 0) {
            throw new Refused.NotFound("no template " + file + " of your own: the bundled one is in use");
        }
    }

    /** @param caller a member of the authority's staff @return its case officers, by user id */
    public List<LetterSettings.Officer> officers(Caller caller) {
        return tx.read(() -> officers.findByAuthorityIdOrderByUserId(caller.authority().value()));
    }

    /**
     * @param caller   an admin of the authority
     * @param userId   the officer's user id (the subject of their token)
     * @param name     their name
     * @param jobTitle their job title
     * @param phone    their phone number, if letters give one
     * @return the officer as saved
     * @throws Refused.Invalid if the user id is blank or too long
     */
    public LetterSettings.Officer putOfficer(Caller caller, String userId, String name, String jobTitle,
            Optional<String> phone) {
        if (userId.isBlank() || userId.length() > 200) {
            throw new Refused.Invalid("userId", "a user id of 1 to 200 characters");
        }
        String authority = caller.authority().value();
        String number = phone.filter(p -> !p.isBlank()).map(String::strip).orElse(null);
        tx.run(() -> officers.put(UUID.randomUUID(), authority, userId, name.strip(), jobTitle.strip(), number));
        return new LetterSettings.Officer(null, authority, userId, name.strip(), jobTitle.strip(), number);
    }

    /**
     * @param caller an admin of the authority
     * @param userId the officer's user id
     * @throws Refused.NotFound if the authority has no such case officer
     */
    public void removeOfficer(Caller caller, String userId) {
        if (tx.write(() -> officers.deleteByAuthorityIdAndUserId(caller.authority().value(), userId)) == 0) {
            throw new Refused.NotFound("no case officer " + userId);
        }
    }

    private static void known(String file) {
        if (!LetterTemplates.fileNames().contains(file)) {
            throw new Refused.NotFound("no letter template " + file + ": one of "
                    + String.join(", ", LetterTemplates.fileNames()));
        }
    }
}
