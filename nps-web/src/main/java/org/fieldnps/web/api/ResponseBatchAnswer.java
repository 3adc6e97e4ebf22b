package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a recorded batch of answers became: how many were new, how many had been recorded before
 * in the same way, and every answer as recorded, in the order of the batch.
 */
@JsonbPropertyOrder({"recorded", "alreadyRecorded", "items"})
@Schema(name = "ResponseBatch", description = "The recorded answers of a batch, in the order they were sent.")
public record ResponseBatchAnswer(
        @Schema(description = "Answers recorded by this request.", examples = "498")
        int recorded,
        @Schema(description = "Answers that had been recorded before in the same way and were left as they were.",
                examples = "2")
        int alreadyRecorded,
        @Schema(description = "Every answer of the batch as recorded.")
        List<ResponseItem> items) {
}
