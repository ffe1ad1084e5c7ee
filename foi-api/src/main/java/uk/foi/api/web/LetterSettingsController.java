package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.foi.api.store.LetterSettings;
import uk.foi.letters.LetterTemplates;

/**
 * An authority's own letters: its template files over the bundled English set (its letterhead in {@code heading},
 * its re-use notice in {@code reuse}, any phrase in {@code phrases.properties}) and the case officers its letters
 * name. Each file is checked before it is kept ({@link LetterTemplates#checkFile}), so that no letter fails later.
 * Admins change them; every member of staff may read them.
 */
@Controller("/authorities/{id}/letters")
public class LetterSettingsController {

    private final LetterSettings.TemplateFiles files;
    private final LetterSettings.Officers officers;
    private final Clock clock;

    LetterSettingsController(LetterSettings.TemplateFiles files, LetterSettings.Officers officers, Clock clock) {
        this.files = files;
        this.officers = officers;
        this.clock = clock;
    }

    /**
     * One template file.
     *
     * @param file      its name
     * @param own       true if it is the authority's own, false if bundled
     * @param source    its text (absent from a list)
     * @param updatedAt when the authority's own was saved
     * @param updatedBy who saved it
     */
    @Serdeable
    public record TemplateView(String file, boolean own, @Nullable String source, @Nullable Instant updatedAt,
            @Nullable String updatedBy) {
    }

    /** @param source the file's text, at most 64 KiB */
    @Serdeable
    public record TemplateBody(@NotNull @Size(max = 65_536) String source) {
    }

    /**
     * @param name     their name as letters give it
     * @param jobTitle their job title
     * @param phone    a direct number, if given
     */
    @Serdeable
    public record OfficerBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String jobTitle,
            @Nullable @Size(max = 40) String phone) {
    }

    /**
     * @param userId   the user id requests are assigned to
     * @param name     their name
     * @param jobTitle their job title
     * @param phone    a direct number, if given
     */
    @Serdeable
    public record OfficerView(String userId, String name, String jobTitle, @Nullable String phone) {
    }

    /**
     * @param auth a member of the authority's staff
     * @param id   the authority
     * @return every file a set has, each marked as the authority's own or bundled
     */
    @Get("/templates")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public List<TemplateView> templates(Authentication auth, @PathVariable String id) {
        String authority = ours(auth, id);
        Map<String, LetterSettings.TemplateFile> own = files.findByAuthorityIdOrderByFile(authority).stream()
                .collect(Collectors.toMap(LetterSettings.TemplateFile::file, f -> f));
        return LetterTemplates.fileNames().stream().map(name -> {
            LetterSettings.TemplateFile f = own.get(name);
            return f == null ? new TemplateView(name, false, null, null, null)
                    : new TemplateView(name, true, null, f.updatedAt(), f.updatedBy());
        }).toList();
    }

    /**
     * @param auth a member of the authority's staff
     * @param id   the authority
     * @param file a file's name
     * @return the authority's own file, or the bundled one it would replace
     */
    @Get("/templates/{file}")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public TemplateView template(Authentication auth, @PathVariable String id, @PathVariable String file) {
        String authority = ours(auth, id);
        known(file);
        return files.findByAuthorityIdAndFile(authority, file)
                .map(f -> new TemplateView(file, true, f.source(), f.updatedAt(), f.updatedBy()))
                .orElseGet(() -> new TemplateView(file, false, LetterTemplates.bundledFile(file), null, null));
    }

    /**
     * Saves one of the authority's own files, after checking it.
     *
     * @param auth an admin of the authority
     * @param id   the authority
     * @param file a file's name
     * @param body its text
     * @return the file as saved
     */
    @Put("/templates/{file}")
    @Secured(Roles.ADMIN)
    public TemplateView putTemplate(Authentication auth, @PathVariable String id, @PathVariable String file,
            @Valid @Body TemplateBody body) {
        String authority = ours(auth, id);
        known(file);
        try {
            LetterTemplates.checkFile(file, body.source());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("source", e.getMessage());
        }
        Instant now = clock.instant();
        String by = Caller.of(auth).name();
        files.put(UUID.randomUUID(), authority, file, body.source(), now, by);
        return new TemplateView(file, true, body.source(), now, by);
    }

    /**
     * Goes back to the bundled file.
     *
     * @param auth an admin of the authority
     * @param id   the authority
     * @param file a file's name
     * @return 204, or 404 if the authority had no file of its own by that name
     */
    @Delete("/templates/{file}")
    @Secured(Roles.ADMIN)
    public HttpResponse<Void> deleteTemplate(Authentication auth, @PathVariable String id, @PathVariable String file) {
        String authority = ours(auth, id);
        known(file);
        if (files.deleteByAuthorityIdAndFile(authority, file) == 0) {
            throw ApiProblem.notFound("no template " + file + " of your own: the bundled one is in use");
        }
        return HttpResponse.noContent();
    }

    /**
     * @param auth a member of the authority's staff
     * @param id   the authority
     * @return the case officers its letters name
     */
    @Get("/case-officers")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public List<OfficerView> officers(Authentication auth, @PathVariable String id) {
        return officers.findByAuthorityIdOrderByUserId(ours(auth, id)).stream()
                .map(o -> new OfficerView(o.userId(), o.name(), o.jobTitle(), o.phone())).toList();
    }

    /**
     * Names a user as letters give them: a request assigned to them is signed by them.
     *
     * @param auth   an admin of the authority
     * @param id     the authority
     * @param userId the user id requests are assigned to
     * @param body   how letters name them
     * @return them as saved
     */
    @Put("/case-officers/{userId}")
    @Secured(Roles.ADMIN)
    public OfficerView putOfficer(Authentication auth, @PathVariable String id, @PathVariable String userId,
            @Valid @Body OfficerBody body) {
        String authority = ours(auth, id);
        if (userId.isBlank() || userId.length() > 200) {
            throw ApiProblem.invalid("userId", "a user id of 1 to 200 characters");
        }
        String phone = body.phone() == null || body.phone().isBlank() ? null : body.phone().strip();
        officers.put(UUID.randomUUID(), authority, userId, body.name().strip(), body.jobTitle().strip(), phone);
        return new OfficerView(userId, body.name().strip(), body.jobTitle().strip(), phone);
    }

    /**
     * @param auth   an admin of the authority
     * @param id     the authority
     * @param userId a case officer
     * @return 204, or 404 if the user is not one
     */
    @Delete("/case-officers/{userId}")
    @Secured(Roles.ADMIN)
    public HttpResponse<Void> deleteOfficer(Authentication auth, @PathVariable String id, @PathVariable String userId) {
        if (officers.deleteByAuthorityIdAndUserId(ours(auth, id), userId) == 0) {
            throw ApiProblem.notFound("no case officer " + userId);
        }
        return HttpResponse.noContent();
    }

    private static String ours(Authentication auth, String id) {
        return Caller.of(auth).within(id).authority().value();
    }

    private static void known(String file) {
        if (!LetterTemplates.fileNames().contains(file)) {
            throw ApiProblem.notFound("no letter template " + file + ": one of "
                    + String.join(", ", LetterTemplates.fileNames()));
        }
    }
}
