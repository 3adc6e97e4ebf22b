/**
 * Jobs, the invitations sent for them and the responses that come back: the facts every
 * figure in the product is computed from.
 */
package org.fieldnps.persistence.capture;
