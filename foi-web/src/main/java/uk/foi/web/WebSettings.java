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
    private @Nullable String publicUrl;
    private @Nullable String oidcIssuer;
    private @Nullable String oidcClientId;
    private @Nullable String oidcClientSecret;
    private String oidcScope = "openid profile";
    private String oidcProviderName = "your organisation's account";
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

    /** @return this service's address as browsers reach it, such as {@code https://foi.example.gov.uk} */
    public @Nullable String getPublicUrl() {
        return publicUrl;
    }

    /** @param publicUrl this service's address as browsers reach it */
    public void setPublicUrl(@Nullable String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** @return the OpenID Connect provider's issuer; blank: no sign-in with an organisation's account */
    public @Nullable String getOidcIssuer() {
        return oidcIssuer;
    }

    /** @param oidcIssuer the OpenID Connect provider's issuer */
    public void setOidcIssuer(@Nullable String oidcIssuer) {
        this.oidcIssuer = oidcIssuer;
    }

    /** @return this service's client id at the provider */
    public @Nullable String getOidcClientId() {
        return oidcClientId;
    }

    /** @param oidcClientId this service's client id at the provider */
    public void setOidcClientId(@Nullable String oidcClientId) {
        this.oidcClientId = oidcClientId;
    }

    /** @return this service's client secret at the provider; blank for a public client (PKCE only) */
    public @Nullable String getOidcClientSecret() {
        return oidcClientSecret;
    }

    /** @param oidcClientSecret this service's client secret at the provider */
    public void setOidcClientSecret(@Nullable String oidcClientSecret) {
        this.oidcClientSecret = oidcClientSecret;
    }

    /**
     * @return the scopes asked for, space-separated: {@code openid} and whatever makes the provider's access token
     *         one foi-api accepts (Entra ID: {@code api://<foi-api's app id>/.default})
     */
    public String getOidcScope() {
        return oidcScope;
    }

    /** @param oidcScope the scopes asked for */
    public void setOidcScope(String oidcScope) {
        this.oidcScope = oidcScope;
    }

    /** @return how the sign-in page names the provider's account, such as "your Met account" */
    public String getOidcProviderName() {
        return oidcProviderName;
    }

    /** @param oidcProviderName how the sign-in page names the provider's account */
    public void setOidcProviderName(String oidcProviderName) {
        this.oidcProviderName = oidcProviderName;
    }

    /** @return true if users sign in with an OpenID Connect provider */
    public boolean oidc() {
        return oidcIssuer != null && !oidcIssuer.isBlank() && oidcClientId != null && !oidcClientId.isBlank();
    }
}
