/**
 * The admin pages of the portal, under /admin/ where only admins are let in. Each page is a form
 * over a service of the persistence module; the rules themselves live there, so that the REST API
 * and these pages cannot disagree.
 */
package org.fieldnps.web.admin;
