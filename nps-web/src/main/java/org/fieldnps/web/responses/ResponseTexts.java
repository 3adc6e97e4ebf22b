package org.fieldnps.web.responses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fieldnps.domain.scoring.Category;

/** How the responses pages write times, reasons and categories. */
@Named
@ApplicationScoped
public class ResponseTexts {

    /** How much of a reason the table shows; the response's page shows all of it. */
    static final int BRIEF_REASON = 110;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A moment in UTC to the minute, "2026-12-03 14:05", or a dash when there is none. */
    public String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    /** The reason cut at a word near {@value #BRIEF_REASON} characters, with an ellipsis. */
    public String brief(String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        String text = reason.strip().replaceAll("\\s+", " ");
        if (text.length() <= BRIEF_REASON) {
            return text;
        }
        int cut = text.lastIndexOf(' ', BRIEF_REASON);
        return text.substring(0, cut > BRIEF_REASON / 2 ? cut : BRIEF_REASON) + "…";
    }

    /** The style class of a category's badge: "badge-promoter", "badge-passive", "badge-detractor". */
    public String badge(Category category) {
        return "badge badge-" + category.name().toLowerCase(Locale.ROOT);
    }
}
