/**
 * Mail leaving the product: the SMTP connection configured by {@code NPS_SMTP_*} and the one
 * {@link org.fieldnps.reporting.delivery.Mailer} that survey invitations go through today and
 * scheduled reports will tomorrow. Without a configured host nothing is sent and what would be
 * sent waits; a failed send says whether the server or the recipient was at fault, so that a
 * caller can stop for now or try the next mail.
 */
package org.fieldnps.reporting.delivery;
