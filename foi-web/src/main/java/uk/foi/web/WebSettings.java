package uk.foi.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** foi-web's settings ({@code foi.web.*}; the environment variables are in docs/configuration.md). */
@ConfigurationProperties("foi.web")
public class WebSettings {

    private String apiUrl = "http://localhost:8080";
    private Duration apiTimeout = Duration.ofSeconds(10);
    private String publicAuthority = "met-police";
    private String serviceName = "Manage FOI requests";
    private @Nullable String sessionSecret;
    private boolean secureCookies;
    private @Nullable String localJwtSecret;
    private String localAuthority = "met-police";
    private List<String> localUsers = new ArrayList<>(List.of("cw.smith:caseworker", "mgr.jones:manager",
            "aud.khan:auditor", "adm.patel:admin"));

    /** @return foi-api's address */
    public String getApiUrl() {
        return apiUrl;
    }

    /** @param apiUrl foi-api's address */
    public void setApiUrl(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** @return how long a call to foi-api may take */
    public Duration getApiTimeout() {
        return apiTimeout;
    }

    /** @param apiTimeout how long a call to foi-api may take */
    public void setApiTimeout(Duration apiTimeout) {
        this.apiTimeout = apiTimeout;
    }

    /** @return the authority whose disclosure log the public pages show */
    public String getPublicAuthority() {
        return publicAuthority;
    }

    /** @param publicAuthority the authority whose disclosure log the public pages show */
    public void setPublicAuthority(String publicAuthority) {
        this.publicAuthority = publicAuthority;
    }

    /** @return the service's name in the GOV.UK header */
    public String getServiceName() {
        return serviceName;
    }

    /** @param serviceName the service's name in the GOV.UK header */
    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    /** @return the key of the forms' anti-forgery tokens; a random one per process if unset */
    public @Nullable String getSessionSecret() {
        return sessionSecret;
    }

    /** @param sessionSecret the key of the forms' anti-forgery tokens */
    public void setSessionSecret(@Nullable String sessionSecret) {
        this.sessionSecret = sessionSecret;
    }

    /** @return true to mark the session cookie Secure (behind HTTPS: always in production) */
    public boolean isSecureCookies() {
        return secureCookies;
    }

    /** @param secureCookies true to mark the session cookie Secure */
    public void setSecureCookies(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /**
     * @return foi-api's own token key: when set (by {@code ./foi up} only), a sign-in page lists the demo users and
     *         signs their tokens with it
     */
    public @Nullable String getLocalJwtSecret() {
        return localJwtSecret;
    }

    /** @param localJwtSecret foi-api's own token key, for the local sign-in */
    public void setLocalJwtSecret(@Nullable String localJwtSecret) {
        this.localJwtSecret = localJwtSecret;
    }

    /** @return the authority of the local sign-in's users */
    public String getLocalAuthority() {
        return localAuthority;
    }

    /** @param localAuthority the authority of the local sign-in's users */
    public void setLocalAuthority(String localAuthority) {
        this.localAuthority = localAuthority;
    }

    /** @return the local sign-in's users, {@code name:role} */
    public List<String> getLocalUsers() {
        return localUsers;
    }

    /** @param localUsers the local sign-in's users, {@code name:role} */
    public void setLocalUsers(List<String> localUsers) {
        this.localUsers = localUsers;
    }
}
