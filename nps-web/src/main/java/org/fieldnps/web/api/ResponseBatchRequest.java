package org.fieldnps.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.persistence.capture.ResponseReport;

/** The body of {@code POST /api/v1/responses/batch}: answers collected elsewhere, sent together. */
@Schema(name = "NewResponseBatch", description = "Up to 500 answers collected elsewhere, recorded all or none.",
        requiredProperties = "items")
public record ResponseBatchRequest(
        @Schema(description = "The answers, each as POST /api/v1/responses takes it.", maxItems = 500)
        List<ResponseRequest> items) {

    /** The answers as the capture service reads them; an item sent as null stays null, to be refused there. */
    List<ResponseReport> toReports() {
        return items == null ? List.of() : items.stream()
                .map(item -> item == null ? null : item.toReport())
                .toList();
    }
}
