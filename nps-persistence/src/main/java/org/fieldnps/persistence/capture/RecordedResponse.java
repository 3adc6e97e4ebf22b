package org.fieldnps.persistence.capture;

/** A recorded response, and whether this request recorded it or repeated an earlier one. */
public record RecordedResponse(SurveyResponse response, boolean replayed) {
}
