package org.commitmentstracker.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Status;

/** The summary's figures, counted over the report's commitments one at a time. */
final class ReportFigures {
    private final LocalDate asOf;
    private final Set<Long> completedInPeriod;
    private final String noOwner;
    private final String language;
    final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    /** By partner as the report's language writes it ("Nga", not "Russia"), in that language's order. */
    final Map<String, Map<Status, Integer>> byPartner;
    final Map<String, Map<Status, Integer>> byOwner;
    /**
     * The commitments that repeat one of an earlier statement of the same partner, by partner as
     * {@link #byPartner} names them (only partners with one or more); {@link #repeats} in all.
     */
    final Map<String, Integer> repeatsByPartner;
    private final Set<Long> repeating;
    int repeats;
    private final Labels labels;
    int total;
    int overdue;
    int completedThisPeriod;

    /**
     * @param completedInPeriod the commitments whose status was set to completed within the period
     * @param noOwner           the words for a commitment without an owner
     */
    ReportFigures(LocalDate asOf, Set<Long> completedInPeriod, String noOwner, String language) {
        this(asOf, completedInPeriod, Set.of(), noOwner, language);
    }

    /** @param repeating the commitments that repeat one of an earlier statement of the same partner */
    ReportFigures(LocalDate asOf, Set<Long> completedInPeriod, Set<Long> repeating, String noOwner, String language) {
        this.asOf = asOf;
        this.repeating = repeating;
        this.completedInPeriod = completedInPeriod;
        this.noOwner = noOwner;
        this.language = language;
        this.labels = new Labels(language);
        this.byPartner = new TreeMap<>(order(language));
        this.byOwner = new TreeMap<>(order(language));
        this.repeatsByPartner = new TreeMap<>(order(language));
    }

    /** The order names are listed in, in the report's language. */
    static Collator order(String language) {
        return Collator.getInstance("vi".equals(language) ? Locale.forLanguageTag("vi") : Locale.ENGLISH);
    }

    void add(CommitmentAsOf c) {
        total++;
        byStatus.merge(c.status(), 1, Integer::sum);
        if (c.isOverdue(asOf)) {
            overdue++;
        }
        if (c.status() == Status.COMPLETED && completedInPeriod.contains(c.commitmentId())) {
            completedThisPeriod++;
        }
        boolean repeat = repeating.contains(c.commitmentId());
        if (repeat) {
            repeats++;
        }
        for (String partner : c.partners()) {
            byPartner.computeIfAbsent(labels.partner(partner), k -> new EnumMap<>(Status.class)).merge(c.status(), 1, Integer::sum);
            if (repeat) {
                repeatsByPartner.merge(labels.partner(partner), 1, Integer::sum);
            }
        }
        String owner = c.owner() == null ? noOwner : c.owner().name(language);
        byOwner.computeIfAbsent(owner, k -> new EnumMap<>(Status.class)).merge(c.status(), 1, Integer::sum);
    }

    int count(Status status) {
        return byStatus.getOrDefault(status, 0);
    }
}
