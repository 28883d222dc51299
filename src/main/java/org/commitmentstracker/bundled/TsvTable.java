package org.commitmentstracker.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated table as kept in the top-level {@code resources/} folder: lines starting with
 * '#' are comments, the first other line names the columns. Cells are trimmed; empty cells are "".
 */
public final class TsvTable {
    private final String name;
    private final List<Map<String, String>> rows;

    private TsvTable(String name, List<Map<String, String>> rows) {
        this.name = name;
        this.rows = rows;
    }

    public static TsvTable read(String name, InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells).stream().map(String::strip).toList();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return new TsvTable(name, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    /** The cell, failing with the table's name when the column is missing. */
    public static String cell(TsvTable table, Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalStateException(table.name + " has no column '" + column + "'");
        }
        return value;
    }

    public String name() {
        return name;
    }
}
