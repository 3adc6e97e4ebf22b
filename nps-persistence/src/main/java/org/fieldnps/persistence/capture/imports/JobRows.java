package org.fieldnps.persistence.capture.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.persistence.capture.JobReport;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;

/**
 * Checks the rows of a jobs file by the rules the capture service applies to a job reported over
 * the API, against the organisation as it is, and without writing anything. It also catches what
 * only shows across rows: a job twice in the file, or a site given to two customers.
 */
final class JobRows {

    private static final int NAME_MAXIMUM_LENGTH = 200;
    private static final int EMAIL_MAXIMUM_LENGTH = 254;
    private static final int PHONE_MAXIMUM_LENGTH = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2}");

    /** A row that kept every rule, as the report the capture service takes. */
    record Row(int line, JobReport report) {
    }

    /** Where a site was first seen in the file, and for whom. */
    private record SiteUse(String customerId, int line) {
    }

    private final Set<String> engineerIds;
    private final Set<String> serviceTypes;
    private final Map<String, String> siteOwners;
    private final Instant now;

    /**
     * @param engineerIds  the FSM ids of the organisation's engineers
     * @param serviceTypes the codes of the service types, in lower case
     * @param siteOwners   the customer id of each site of the file already known, by site id
     */
    JobRows(Set<String> engineerIds, Set<String> serviceTypes, Map<String, String> siteOwners, Instant now) {
        this.engineerIds = engineerIds;
        this.serviceTypes = serviceTypes;
        this.siteOwners = siteOwners;
        this.now = now;
    }

    List<Row> check(List<CsvRow> rows, List<ImportProblem> problems) {
        List<Row> good = new ArrayList<>();
        Map<String, Integer> jobLines = new HashMap<>();
        Map<String, SiteUse> sitesInFile = new HashMap<>();

        for (CsvRow row : rows) {
            Values values = new Values(row, problems);
            String jobId = values.required("jobId", Values.ID_MAXIMUM_LENGTH);
            if (jobId != null) {
                Integer earlier = jobLines.putIfAbsent(jobId, row.line());
                if (earlier != null) {
                    values.problem("jobId", "Job " + Values.echo(jobId) + " is also on line " + earlier
                            + "; a job appears once in a file.");
                }
            }
            Optional<Instant> completedAt = values.requiredInstant("completedAt", now);
            String engineerId = engineer(values);
            String serviceType = serviceType(values);
            String customerId = values.required("customerId", Values.ID_MAXIMUM_LENGTH);
            String siteId = site(values, customerId, sitesInFile);
            CustomerReport customer = customer(values, customerId);

            if (values.good()) {
                good.add(new Row(row.line(), new JobReport(jobId, completedAt.orElseThrow(), engineerId,
                        serviceType, siteId, customer)));
            }
        }
        return good;
    }

    private String engineer(Values values) {
        String engineerId = values.required("engineerId", Values.ID_MAXIMUM_LENGTH);
        if (engineerId != null && !engineerIds.contains(engineerId)) {
            values.problem("engineerId", "No engineer has the id " + Values.echo(engineerId)
                    + "; register the engineer first.");
        }
        return engineerId;
    }

    private String serviceType(Values values) {
        String serviceType = values.required("serviceType", Values.ID_MAXIMUM_LENGTH);
        if (serviceType != null && !serviceTypes.contains(serviceType.toLowerCase(Locale.ROOT))) {
            values.problem("serviceType", "Unknown service type " + Values.echo(serviceType) + "; known types are "
                    + String.join(", ", serviceTypes.stream().sorted().toList()) + ".");
        }
        return serviceType;
    }

    private String site(Values values, String customerId, Map<String, SiteUse> sitesInFile) {
        String siteId = values.optional("siteId", Values.ID_MAXIMUM_LENGTH);
        if (siteId == null || customerId == null) {
            return siteId;
        }
        String owner = siteOwners.get(siteId);
        SiteUse first = sitesInFile.putIfAbsent(siteId, new SiteUse(customerId, values.line()));
        if (owner != null && !owner.equals(customerId)) {
            values.problem("siteId", "Site " + Values.echo(siteId) + " belongs to another customer.");
        } else if (first != null && !first.customerId().equals(customerId)) {
            values.problem("siteId", "Site " + Values.echo(siteId) + " belongs to customer "
                    + Values.echo(first.customerId()) + " on line " + first.line() + ".");
        }
        return siteId;
    }

    private static CustomerReport customer(Values values, String customerId) {
        String name = values.required("customerName", NAME_MAXIMUM_LENGTH);
        String email = values.optional("customerEmail", EMAIL_MAXIMUM_LENGTH);
        if (email != null && !EMAIL.matcher(email).matches()) {
            values.problem("customerEmail", Values.echo(email) + " is not an email address.");
        }
        String phone = values.optional("customerPhone", PHONE_MAXIMUM_LENGTH);
        String tier = values.raw("customerTier");
        try {
            CustomerTier.parse(tier);
        } catch (InvalidInputException unknown) {
            values.problem("customerTier", unknown.getMessage());
        }
        String language = values.raw("customerLanguage");
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            values.problem("customerLanguage", "A language is a two-letter code such as en or de.");
        }
        return new CustomerReport(customerId, name, email, phone, tier, language);
    }
}
