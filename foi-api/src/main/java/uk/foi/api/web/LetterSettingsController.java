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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.foi.api.application.Caller;
import uk.foi.api.application.LetterSettingsService;
import uk.foi.api.application.Roles;
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

    private final LetterSettingsService settings;

    LetterSettingsController(LetterSettingsService settings) {
        this.settings = settings;
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
        Map<String, LetterSettings.TemplateFile> own = settings.templates(ours(auth, id)).stream()
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
        return settings.template(ours(auth, id), file)
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
        LetterSettings.TemplateFile f = settings.putTemplate(ours(auth, id), file, body.source());
        return new TemplateView(file, true, f.source(), f.updatedAt(), f.updatedBy());
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
        settings.removeTemplate(ours(auth, id), file);
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
        return settings.officers(ours(auth, id)).stream().map(LetterSettingsController::view).toList();
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
        return view(settings.putOfficer(ours(auth, id), userId, body.name(), body.jobTitle(),
                Optional.ofNullable(body.phone())));
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
        settings.removeOfficer(ours(auth, id), userId);
        return HttpResponse.noContent();
    }

    private static OfficerView view(LetterSettings.Officer o) {
        return new OfficerView(o.userId(), o.name(), o.jobTitle(), o.phone());
    }

    private static Caller ours(Authentication auth, String id) {
        return Callers.of(auth).within(id);
    }
}
