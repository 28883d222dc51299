package org.commitmentstracker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.StatusWords;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code list [--data-dir DIR] [--json] [--partner P] [--status S] [--owner CODE]}: the
 * commitments, one line each, or a JSON array for scripts. Exit code 2 for an unknown status.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the commitments in the workspace.")
public final class ListCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--json", description = "Print a JSON array of objects (id, ref, partner, statement, text, owner, "
            + "status, deadline, sector, repeats: the ids of the earlier commitments it repeats).")
    boolean json;

    @Option(names = "--partner", paramLabel = "COUNTRY", description = "Only this partner (repeatable).")
    List<String> partners = List.of();

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: IN_PROGRESS, \"In progress\" "
            + "or \"Đang thực hiện\" (repeatable).")
    List<String> statuses = List.of();

    @Option(names = "--owner", paramLabel = "CODE", description = "Only this owner agency, e.g. MOIT (repeatable).")
    List<String> owners = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Status> wanted = new HashSet<>();
        for (String typed : statuses) {
            var status = StatusWords.parse(typed);
            if (status.isEmpty()) {
                err.println("\"" + typed + "\" is not a status (" + EditCommand.STATUS_CODES + ")");
                err.flush();
                return 2;
            }
            wanted.add(status.get());
        }
        CommitmentFilter filter = new CommitmentFilter(Set.copyOf(partners), Set.of(),
                new HashSet<>(owners.stream().map(o -> o.toUpperCase(Locale.ROOT)).toList()), wanted, null, null,
                false, false);
        Clock clock = Clock.systemDefaultZone();
        List<CommitmentOverview> rows;
        java.util.Map<Long, List<Long>> repeats;
        try (WorkspaceServices workspace = dataDir.open(clock)) {
            rows = workspace.commitments().list(filter, LocalDate.now(clock));
            repeats = json ? workspace.repeats().all() : java.util.Map.of();
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        if (json) {
            out.println(json(rows, repeats));
        } else {
            rows.forEach(row -> out.println(line(row)));
        }
        out.flush();
        return 0;
    }

    private static String line(CommitmentOverview c) {
        return String.join("\t", String.valueOf(c.commitmentId()), String.join(", ", c.partners()),
                "ref. " + c.ref(), c.status().name(), c.owner() == null ? "-" : c.owner().code(),
                c.deadline() == null ? "-" : c.deadline().toString(), oneLine(c.text()));
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    private static String json(List<CommitmentOverview> rows, java.util.Map<Long, List<Long>> repeats) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (CommitmentOverview c : rows) {
            ObjectNode o = array.addObject();
            o.put("id", c.commitmentId());
            o.put("ref", c.ref());
            o.put("partner", String.join(", ", c.partners()));
            ArrayNode partners = o.putArray("partners");
            c.partners().forEach(partners::add);
            o.put("statement", c.statementTitle());
            o.put("statementId", c.statementId());
            o.put("text", c.text());
            o.put("owner", c.owner() == null ? null : c.owner().code());
            o.put("status", c.status().name());
            o.put("deadline", c.deadline() == null ? null : c.deadline().toString());
            o.put("sector", c.sector() == null ? null : c.sector().name());
            // The ids of the earlier commitments (of the same partner's earlier statements) this one repeats.
            ArrayNode earlier = o.putArray("repeats");
            repeats.getOrDefault(c.commitmentId(), List.of()).forEach(earlier::add);
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON of plain values cannot fail", e);
        }
    }
}
