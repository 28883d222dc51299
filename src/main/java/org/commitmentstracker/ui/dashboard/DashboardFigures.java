package org.commitmentstracker.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Deadlines;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;

/** The dashboard's figures, worked out from the table's rows off the FX thread; the view model only shows them. */
record DashboardFigures(int total, int overdue, int dueSoon, int completed, List<Map.Entry<Status, Integer>> byStatus,
                        List<CompletionBar> byPartner, List<CompletionBar> byOwner, List<DeadlineItem> nextDeadlines) {

    static DashboardFigures of(List<CommitmentOverview> rows, LocalDate today, Messages messages,
                               DateTimeFormatter dateFormat) {
        int overdue = 0;
        int dueSoon = 0;
        int completed = 0;
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        Map<String, int[]> partners = new TreeMap<>();
        Map<String, int[]> owners = new TreeMap<>();
        for (CommitmentOverview r : rows) {
            overdue += r.isOverdue(today) ? 1 : 0;
            dueSoon += Deadlines.isDueSoon(r.status(), r.deadline(), today) ? 1 : 0;
            completed += r.status() == Status.COMPLETED ? 1 : 0;
            statuses.merge(r.status(), 1, Integer::sum);
            for (String partner : r.partners()) {
                count(partners, messages.partner(partner), r);
            }
            count(owners, r.owner() == null ? messages.get("dashboard.noOwner") : messages.agency(r.owner()), r);
        }
        List<DeadlineItem> next = rows.stream()
                .filter(r -> r.deadline() != null && !r.status().isClosed())
                .sorted(Comparator.comparing(CommitmentOverview::deadline))
                .limit(DashboardViewModel.NEXT_DEADLINES)
                .map(r -> new DeadlineItem(dateFormat.format(r.deadline()), messages.partners(r.partners()), r.ref(),
                        r.text(), messages.agency(r.owner()), r.isOverdue(today)))
                .toList();
        return new DashboardFigures(rows.size(), overdue, dueSoon, completed,
                statuses.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(),
                bars(partners), bars(owners), next);
    }

    private static void count(Map<String, int[]> counts, String key, CommitmentOverview r) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (r.status() == Status.COMPLETED) {
            c[0]++;
        }
    }

    private static List<CompletionBar> bars(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new CompletionBar(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
