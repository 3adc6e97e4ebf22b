/**
 * The daily rollups the read side answers every figure from: answers counted by day, attribution
 * and score, and invitations by day and attribution with how many were answered. They are kept
 * in the same transaction as what they count, so a figure never disagrees with the responses.
 */
package org.fieldnps.persistence.rollup;
