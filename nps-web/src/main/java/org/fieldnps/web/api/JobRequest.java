package org.fieldnps.web.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;

/** The body of {@code POST /api/v1/jobs}: a job the field-service system has completed. */
@Schema(name = "Job", description = "A completed job as the field-service system knows it.",
        requiredProperties = {"jobId", "completedAt", "engineerId", "serviceType", "customer"})
public record JobRequest(
        @Schema(description = "The field-service system's own id of the job; sending it again changes nothing.",
                examples = "J-1001", maxLength = 60)
        String jobId,
        @Schema(description = "When the job was finished, in ISO 8601 with an offset.",
                examples = "2026-12-03T10:15:00Z", type = SchemaType.STRING, format = "date-time")
        Instant completedAt,
        @Schema(description = "The field-service system's id of the engineer who did the job.", examples = "E001")
        String engineerId,
        @Schema(description = "The code of the kind of visit: installation, repair, maintenance, inspection,"
                + " emergency.", examples = "repair")
        String serviceType,
        @Schema(description = "The field-service system's id of the site, if it has one.", examples = "S-77",
                maxLength = 60)
        String siteId,
        Customer customer) {

    JobReport toReport() {
        return new JobReport(jobId, completedAt, engineerId, serviceType, siteId,
                customer == null ? null : customer.toReport());
    }

    /** The customer the job was for; created on first sight and updated on each later job. */
    @Schema(name = "Customer", description = "The customer the job was for.",
            requiredProperties = {"id", "name", "tier"})
    public record Customer(
            @Schema(description = "The field-service system's id of the customer.", examples = "C-42",
                    maxLength = 60)
            String id,
            @Schema(description = "The customer's name.", examples = "Babbage Engines Ltd", maxLength = 200)
            String name,
            @Schema(description = "Where the invitation is emailed.", examples = "charles@example.org",
                    maxLength = 254)
            String email,
            @Schema(description = "For invitations by SMS.", examples = "+44 20 7946 0000", maxLength = 40)
            String phone,
            @Schema(description = "The commercial tier of the account.", examples = "standard",
                    enumeration = {"key", "standard", "basic"})
            String tier,
            @Schema(description = "The two-letter language of the survey; English when absent.", examples = "en",
                    pattern = "[a-z]{2}")
            String language) {

        CustomerReport toReport() {
            return new CustomerReport(id, name, email, phone, tier, language);
        }
    }
}
