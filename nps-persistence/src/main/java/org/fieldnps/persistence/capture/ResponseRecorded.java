package org.fieldnps.persistence.capture;

/**
 * Fired when a response is stored or changed; observers that push it to open dashboards listen
 * after the transaction succeeds, so that nobody sees an answer that was then rolled back.
 */
public record ResponseRecorded(long responseId, long regionId, long teamId, long engineerId, int score) {

    static ResponseRecorded of(SurveyResponse response) {
        return new ResponseRecorded(response.getId(), response.getRegion().getId(), response.getTeam().getId(),
                response.getEngineer().getId(), response.getScore().value());
    }
}
