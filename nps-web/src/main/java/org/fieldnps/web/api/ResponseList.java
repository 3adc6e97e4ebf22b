package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.reporting.responses.Paging;
import org.fieldnps.reporting.responses.ResponsePage;

/** The answer to {@code GET /api/v1/responses}: one page of the matching responses, newest first. */
@JsonbPropertyOrder({"total", "limit", "offset", "items"})
@Schema(name = "ResponseList", description = "A page of responses, newest first.")
public record ResponseList(
        @Schema(description = "How many responses match in all.", examples = "1234", type = SchemaType.INTEGER,
                format = "int64")
        long total,
        @Schema(description = "The page size asked for.", examples = "50")
        int limit,
        // No @Schema here: Payara 7.2026.11 takes any annotated method whose name contains "set"
        // for a setter and fails on this accessor; the operation's parameter describes it.
        int offset,
        List<ResponseItem> items) {

    static ResponseList of(ResponsePage page, Paging paging) {
        return new ResponseList(page.total(), paging.limit(), paging.offset(),
                page.items().stream().map(ResponseItem::of).toList());
    }
}
