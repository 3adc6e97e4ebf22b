package org.fieldnps.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.fieldnps.persistence.DatabaseMigration;

/**
 * How people log into the portal: a Faces login form, checked against the salted PBKDF2 hashes
 * in the accounts table. Deactivated accounts cannot log in; the account's role is its group.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigration.DATA_SOURCE,
        callerQuery = "select password_hash from portal_user where username = ? and active = true",
        groupsQuery = "select role from portal_user where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@DeclareRoles({PortalSecurity.ADMIN, PortalSecurity.MANAGER})
@ApplicationScoped
public class PortalSecurity {

    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
}
