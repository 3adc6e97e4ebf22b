/**
 * The customer's survey page at {@code /s/{token}} and its unsubscribe page at
 * {@code /s/{token}/unsubscribe}: the only pages of the product a customer sees, so they are
 * small, fast, readable on a phone, usable by keyboard and screen reader, in the customer's
 * language, and work as plain HTML forms with JavaScript off. They take no login; the
 * unguessable token is the key. What a link may show comes from
 * {@link org.fieldnps.persistence.capture.SurveyPages}, and answers are written through
 * {@link org.fieldnps.persistence.capture.FeedbackCapture}; the beans here only translate
 * between those and the page.
 */
package org.fieldnps.web.survey;
