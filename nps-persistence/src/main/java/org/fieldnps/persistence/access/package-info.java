/**
 * Who may use the portal and what part of the organisation each account sees. The scope of an
 * account is the boundary every page, export, API answer and report respects.
 */
package org.fieldnps.persistence.access;
