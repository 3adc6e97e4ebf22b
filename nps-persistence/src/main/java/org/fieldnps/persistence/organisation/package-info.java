/**
 * The organisation hierarchy, region to team to engineer, and the service types engineers
 * perform. Admin-maintained; every figure in the product is sliced along it.
 */
package org.fieldnps.persistence.organisation;
