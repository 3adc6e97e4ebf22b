package org.fieldnps.persistence.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;

/**
 * A made-up field-service organisation with two years of jobs and answers, built the same way
 * every time from a fixed seed and the day it is built for.
 *
 * <p>The history has the structure a manager should be able to find with the product: engineers
 * who differ from each other, service types that score differently (emergency call-outs worst,
 * installations best), a dip every winter when the backlog grows, key accounts that are harder
 * to please, and one team, Liverpool, that got worse in the last quarter, its unhappy customers
 * mostly complaining of lateness. Reasons fit the score they come with.
 */
final class DemoHistory {

    static final int MONTHS = 24;
    static final int JOBS = 40_000;
    static final String DECLINING_TEAM = "LIV";

    private static final long SEED = 20_261_203L;
    private static final double RESPONSE_RATE = 0.375;
    private static final int CUSTOMERS = 3_000;

    private static final String[][] REGIONS = {
        {"NW", "North West", "MAN:Manchester", "LIV:Liverpool", "PRE:Preston", "CAR:Carlisle"},
        {"MID", "Midlands", "BHM:Birmingham", "NOT:Nottingham", "LEI:Leicester", "COV:Coventry"},
        {"SE", "South East", "LON:London", "BRI:Brighton", "REA:Reading", "CAN:Canterbury"},
        {"SCO", "Scotland", "GLA:Glasgow", "EDI:Edinburgh", "ABD:Aberdeen", "DUN:Dundee"},
    };

    private static final String[][] SERVICE_TYPES = {
        {"installation", "Installation", "0.45"},
        {"repair", "Repair", "-0.15"},
        {"maintenance", "Maintenance", "0.25"},
        {"inspection", "Inspection", "0.30"},
        {"emergency", "Emergency call-out", "-0.70"},
    };

    private static final String[] FIRST_NAMES = {
        "Aisha", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack", "Kiran", "Leah",
        "Mo", "Nina", "Owen", "Priya", "Quinn", "Ravi", "Sara", "Tom", "Una", "Vik", "Will", "Yasmin", "Zoe",
        "Adam", "Beth", "Callum", "Dev", "Erin", "Fraser", "Gemma", "Hamza", "Imogen", "Josh", "Katie",
    };

    private static final String[] LAST_NAMES = {
        "Ahmed", "Baker", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones",
        "Khan", "Lewis", "Murray", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor",
        "Usman", "Walker", "Wright", "Young", "Morgan", "Kowalski", "Reid", "Shaw", "Bell", "Clarke",
    };

    private static final String[] BUSINESSES = {
        "Dairy", "Bakery", "Hotel", "Surgery", "School", "Garage", "Brewery", "Care Home", "Library",
        "Leisure Centre", "Print Works", "Cold Store", "Laundry", "Pharmacy", "Warehouse", "Café",
    };

    /**
     * What customers say, by theme and score band; each theme in a few wordings, as people put
     * the same complaint differently, so that the themes page finds phrases rather than whole
     * sentences. Index {@link #LATENESS} is the declining team's usual complaint.
     */
    private static final List<List<String>> PROMOTER_REASONS = List.of(
            List.of("Fixed first time, really pleased.", "Fixed first time and explained what had gone wrong.",
                    "Fixed first time, no fuss at all."),
            List.of("Arrived on time and explained everything clearly.", "Right on time, clear and helpful.",
                    "Exactly on time and talked us through the job."),
            List.of("Tidy work, left the place cleaner than he found it.", "Very tidy, cleaned up after herself.",
                    "Dust sheets down everywhere, tidy work."),
            List.of("Friendly engineer, sorted it within the hour.", "Friendly engineer who knew his stuff.",
                    "Lovely, friendly and had it working in no time."),
            List.of("Called ahead to say when she would arrive. Great service.",
                    "Rang half an hour before arriving, great service.", "Called ahead, turned up as promised."),
            List.of("Quick and professional, and showed us how to avoid it happening again.",
                    "Professional, and gave us good advice for next time.",
                    "Knew exactly what to do, very professional."),
            List.of("Had the part with him, so no second visit needed.", "Had the right part in the van.",
                    "Brought the part along, all done in one visit."),
            List.of("Polite, careful and fast.", "Polite and careful with our equipment.", "Quick, polite, careful."));

    private static final List<List<String>> PASSIVE_REASONS = List.of(
            List.of("Job done, but arrived at the very end of the slot.", "Only got here at the very end of the slot."),
            List.of("Fine, although it took two visits.", "OK, but it needed a second visit."),
            List.of("Good work but nobody told us when he would come.", "Good work, but we waited in all morning."),
            List.of("OK overall. The booking was a bit of a hassle.", "Booking was a hassle, the work was fine."),
            List.of("Fixed, but it took longer than expected.", "Took longer than expected, works now."),
            List.of("Decent service, nothing special.", "Decent enough."));

    private static final int LATENESS = 0;

    private static final List<List<String>> DETRACTOR_REASONS = List.of(
            List.of("Late arrival and no phone call to warn us.", "Late arrival again, and nobody rang to say so.",
                    "Turned up three hours late without a word.", "Arrived late and rushed off to another job."),
            List.of("Parts not in stock, had to wait a week for a second visit.",
                    "Parts not in stock again, so another day off work for a second visit.",
                    "He didn't have the part with him and we are still waiting.",
                    "Waited nine days for parts to come in."),
            List.of("Had to call twice before anyone came out.", "Had to chase the booking three times.",
                    "Rang the office four times before anybody got back to us."),
            List.of("Engineer was rude and in a hurry.", "Rude and dismissive when I asked what was wrong.",
                    "In a hurry to be somewhere else, barely spoke to us."),
            List.of("Not fixed first time, same fault again the next day.", "The fault came back within a week.",
                    "Still not working properly after the visit."),
            List.of("Left a mess behind.", "Left a mess, dust all over the floor.",
                    "Muddy boots on the carpet and rubbish everywhere."),
            List.of("Missed the appointment completely, we took a day off for nothing.",
                    "Nobody came in the slot we were given.", "Missed appointment and no apology."),
            List.of("Nobody could tell us when the part would arrive.", "Nobody could tell us what was going on.",
                    "No updates at all, we had to ring for every answer."),
            List.of("Charged for a call-out that did not fix anything.", "The invoice was far higher than the quote.",
                    "Charged extra for parts we never saw fitted."));

    private final Random random = new Random(SEED);
    /** Picks a reason's wording apart from {@link #random}, so that wordings change no score. */
    private final Random wording = new Random(SEED + 1);
    private final Instant end;
    private final Instant start;

    private final List<RegionRow> regions = new ArrayList<>();
    private final List<TeamRow> teams = new ArrayList<>();
    private final List<EngineerRow> engineers = new ArrayList<>();
    private final List<ServiceTypeRow> serviceTypes = new ArrayList<>();
    private final List<CustomerRow> customers = new ArrayList<>();
    private final List<JobRow> jobs = new ArrayList<>(JOBS);
    private final List<ResponseRow> responses = new ArrayList<>();

    /** The history up to the start of the given day: the last job is from the day before. */
    DemoHistory(LocalDate today) {
        this.end = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.start = today.minusMonths(MONTHS).atStartOfDay(ZoneOffset.UTC).toInstant();
        buildOrganisation();
        buildCustomers();
        buildJobsAndResponses();
    }

    record RegionRow(long id, String code, String name) {
    }

    record TeamRow(long id, String code, String name, long regionId) {
    }

    record EngineerRow(long id, String fsmId, String firstName, String lastName, TeamRow team,
            double skill) {
    }

    record ServiceTypeRow(long id, String code, String name, double effect) {
    }

    record CustomerRow(long id, String fsmId, String name, String email, String phone, CustomerTier tier,
            String language, long siteId, String siteName, String town) {
    }

    record JobRow(long id, String fsmJobId, Instant completedAt, EngineerRow engineer,
            ServiceTypeRow serviceType, CustomerRow customer) {
    }

    record ResponseRow(long id, JobRow job, int score, String reason, Channel channel, Instant receivedAt) {
    }

    List<RegionRow> regions() {
        return regions;
    }

    List<TeamRow> teams() {
        return teams;
    }

    List<EngineerRow> engineers() {
        return engineers;
    }

    List<ServiceTypeRow> serviceTypes() {
        return serviceTypes;
    }

    List<CustomerRow> customers() {
        return customers;
    }

    List<JobRow> jobs() {
        return jobs;
    }

    List<ResponseRow> responses() {
        return responses;
    }

    Instant end() {
        return end;
    }

    private void buildOrganisation() {
        List<String[]> names = new ArrayList<>();
        for (String first : FIRST_NAMES) {
            for (String last : LAST_NAMES) {
                names.add(new String[] {first, last});
            }
        }
        Collections.shuffle(names, random);

        int engineerNumber = 0;
        for (String[] region : REGIONS) {
            RegionRow regionRow = new RegionRow(regions.size() + 1, region[0], region[1]);
            regions.add(regionRow);

            for (int t = 2; t < region.length; t++) {
                String[] team = region[t].split(":");
                TeamRow teamRow = new TeamRow(teams.size() + 1, team[0], team[1], regionRow.id());
                teams.add(teamRow);

                double teamBias = random.nextGaussian() * 0.25;
                for (int e = 0; e < 7 + (teams.size() % 2); e++) {
                    String[] name = names.get(engineerNumber);
                    engineerNumber++;
                    engineers.add(new EngineerRow(engineerNumber, "E%03d".formatted(engineerNumber), name[0],
                            name[1], teamRow, teamBias + random.nextGaussian() * 0.55));
                }
            }
        }
        for (String[] serviceType : SERVICE_TYPES) {
            serviceTypes.add(new ServiceTypeRow(serviceTypes.size() + 1, serviceType[0], serviceType[1],
                    Double.parseDouble(serviceType[2])));
        }
    }

    private void buildCustomers() {
        for (int c = 1; c <= CUSTOMERS; c++) {
            String town = teams.get(random.nextInt(teams.size())).name();
            String name = LAST_NAMES[random.nextInt(LAST_NAMES.length)] + "'s "
                    + BUSINESSES[random.nextInt(BUSINESSES.length)];
            double draw = random.nextDouble();
            CustomerTier tier = draw < 0.1 ? CustomerTier.KEY : draw < 0.7 ? CustomerTier.STANDARD : CustomerTier.BASIC;
            String language = random.nextDouble() < 0.08 ? "de" : "en";
            customers.add(new CustomerRow(c, "C-%05d".formatted(c), name,
                    "contact@customer-%05d.example".formatted(c), "+44 7700 9%05d".formatted(c),
                    tier, language, c, name + ", " + town, town));
        }
    }

    private void buildJobsAndResponses() {
        long spanSeconds = ChronoUnit.SECONDS.between(start, end);
        List<Instant> completions = new ArrayList<>(JOBS);
        for (int j = 0; j < JOBS; j++) {
            completions.add(start.plusSeconds((long) (random.nextDouble() * spanSeconds)));
        }
        completions.sort(null);

        for (int j = 0; j < JOBS; j++) {
            Instant completedAt = completions.get(j);
            EngineerRow engineer = engineers.get(random.nextInt(engineers.size()));
            ServiceTypeRow serviceType = pickServiceType();
            CustomerRow customer = customers.get(random.nextInt(customers.size()));
            JobRow job = new JobRow(j + 1, "J-%06d".formatted(100_001 + j), completedAt, engineer, serviceType,
                    customer);
            jobs.add(job);

            Instant receivedAt = completedAt.plusSeconds(300 + (long) (random.nextDouble() * 172_800));
            if (random.nextDouble() < RESPONSE_RATE && receivedAt.isBefore(end)) {
                int score = scoreFor(job);
                responses.add(new ResponseRow(responses.size() + 1, job, score, reasonFor(job, score),
                        pickChannel(), receivedAt));
            }
        }
    }

    private ServiceTypeRow pickServiceType() {
        double draw = random.nextDouble();
        int index = draw < 0.18 ? 0 : draw < 0.50 ? 1 : draw < 0.78 ? 2 : draw < 0.92 ? 3 : 4;
        return serviceTypes.get(index);
    }

    private Channel pickChannel() {
        double draw = random.nextDouble();
        return draw < 0.68 ? Channel.EMAIL : draw < 0.93 ? Channel.SMS : Channel.PHONE;
    }

    /**
     * Draws a score around the visit's expected satisfaction. The spread is wide on purpose:
     * even good engineers get the odd 3, which is what makes small samples misleading.
     */
    private int scoreFor(JobRow job) {
        double expected = 8.1 + job.engineer().skill() + job.serviceType().effect();

        Month month = job.completedAt().atZone(ZoneOffset.UTC).getMonth();
        if (month == Month.DECEMBER || month == Month.JANUARY || month == Month.FEBRUARY) {
            expected -= 0.6;
        }
        if (job.customer().tier() == CustomerTier.KEY) {
            expected -= 0.3;
        }
        if (isDecliningLately(job)) {
            expected -= 1.6;
        }

        double drawn = expected + random.nextGaussian() * 1.7;
        return (int) Math.max(0, Math.min(10, Math.round(drawn)));
    }

    private String reasonFor(JobRow job, int score) {
        if (random.nextDouble() < 0.3) {
            return null;
        }
        List<List<String>> themes =
                score >= 9 ? PROMOTER_REASONS : score >= 7 ? PASSIVE_REASONS : DETRACTOR_REASONS;
        int theme = random.nextInt(themes.size());

        if (score < 7 && isDecliningLately(job) && wording.nextDouble() < 0.4) {
            theme = LATENESS;
        }
        List<String> wordings = themes.get(theme);
        return wordings.get(wording.nextInt(wordings.size()));
    }

    private boolean isDecliningLately(JobRow job) {
        boolean lastQuarter = job.completedAt().isAfter(end.minus(92, ChronoUnit.DAYS));
        return lastQuarter && DECLINING_TEAM.equals(job.engineer().team().code());
    }
}
