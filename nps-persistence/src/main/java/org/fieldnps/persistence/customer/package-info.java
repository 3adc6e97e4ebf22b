/**
 * Customers and their sites: who was visited and where. Holds personal data, which the rest of
 * the product shows only to those responsible and keeps out of logs.
 */
package org.fieldnps.persistence.customer;
