/**
 * Who may use the portal: form login through Jakarta Security against PBKDF2 hashes, the roles
 * ADMIN and MANAGER, and the logged-in user's scope for every page to respect.
 */
package org.fieldnps.web.security;
