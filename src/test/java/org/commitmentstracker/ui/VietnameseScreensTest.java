package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.model.Statement;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;

/**
 * Every screen shown in Vietnamese, with every word it shows read off the scene (labels, buttons,
 * menus, column headers, prompts, tooltips, chart legends, dialog buttons): the test fails on any
 * English UI string found there. The statements' own words (the sample is in English) are data,
 * not UI, and are left out by comparing with what the store holds.
 */
class VietnameseScreensTest extends ScreenTest {
    /** Words of English UI text; none of them is a Vietnamese word written without diacritics. */
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "for", "with", "yes", "ok",
            "cancel", "close", "save", "open", "add", "delete", "remove", "edit", "search", "filter", "filters",
            "clear", "import", "export", "report", "file", "files", "view", "help", "settings", "status", "owner",
            "owners", "deadline", "partner", "partners", "sector", "sectors", "statement", "statements", "commitment",
            "commitments", "show", "hide", "all", "none", "select", "apply", "back", "next", "name", "date", "from",
            "update", "updates", "progress", "new", "choose", "browse", "quit", "exit", "language", "overdue", "due",
            "completed", "started", "risk", "dropped", "keep", "split", "merge", "paste", "folder", "backup",
            "restore", "sample", "total", "error", "warning", "page", "text", "note", "notes", "step", "link",
            "attach", "evidence", "agency", "agencies", "dashboard", "about", "copy", "by", "at", "in", "on", "is",
            "are", "not", "this", "that", "your", "you", "cannot", "will", "has", "have", "left", "out", "kind",
            "position", "context", "noise", "summary", "period", "quarter", "sheet", "month", "year", "today",
            "week", "days", "count", "rows", "row", "column", "columns", "guide", "shortcuts", "nothing", "yet");
    private static final java.nio.file.Path SEEDS = java.nio.file.Path.of("src/test/resources/corpus/seeds");
    /** The partners of the sample and of the statement imported here, as the store keeps them. */
    private static final List<String> PARTNERS = List.of("Chile", "Hungary", "Kazakhstan", "Mongolia", "Russia",
            "Laos", "France", "Brazil", "Japan", "Indonesia");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Test
    void everyScreenInVietnameseShowsNoEnglish() throws Exception {
        window.showCommitments();
        window.fireMenuItem("vietnameseMenuItem");
        Set<String> data = dataTexts();
        List<String> english = new ArrayList<>();

        for (String tab : List.of("dashboardTab", "commitmentsTab", "statementsTab", "agenciesTab")) {
            window.selectTab(tab);
            if ("commitmentsTab".equals(tab)) {
                window.clickRow(window.commitmentsTable(), 0);
            }
            if ("statementsTab".equals(tab)) {
                window.clickRow(window.find("#statementList"), 0);
            }
            english.addAll(englishIn(tab, mainRoot(), data));
        }
        english.addAll(englishInDialog("settingsMenuItem", "settingsDialog", data));
        english.addAll(englishInDialog("exportMenuItem", "reportDialog", data));
        english.addAll(englishInDialog("exportWordMenuItem", "wordReportDialog", data));
        english.addAll(englishInDialog("restoreMenuItem", "restoreDialog", data));

        java.nio.file.Path seed = SEEDS.resolve("001_95b90d5a4b3eee68.txt");
        data.add(java.nio.file.Files.readString(seed).replaceAll("\\s+", " "));
        window.pickNext(seed);
        Button importButton = window.find("#importButton");
        javafx.application.Platform.runLater(importButton::fire);
        Parent review = window.dialog("reviewSave");
        english.addAll(englishIn("import review", review, data));

        assertThat(english).as("English strings on the Vietnamese screens").isEmpty();
    }

    private Parent mainRoot() throws Exception {
        return AppWindowFixture.fx(() -> window.<Node>find(".menu-bar").getScene().getRoot());
    }

    private List<String> englishInDialog(String menuItemId, String dialogId, Set<String> data) throws Exception {
        window.startMenuItem(menuItemId);
        Parent dialog = window.dialog(dialogId);
        List<String> found = englishIn(dialogId, dialog, data);
        AppWindowFixture.fx(() -> {
            Window shown = dialog.getScene().getWindow();
            shown.hide();
            return null;
        });
        return found;
    }

    private Set<String> dataTexts() {
        Set<String> data = new LinkedHashSet<>();
        for (Statement statement : window.store().statements().findAll()) {
            data.add(statement.title());
            data.addAll(statement.partners());
            window.store().statements().units(statement.id()).forEach(u -> data.add(u.text()));
        }
        window.store().commitments().overview().forEach(c -> data.add(c.text()));
        return data;
    }

    private static List<String> englishIn(String screen, Parent root, Set<String> data) throws Exception {
        List<String> shown = AppWindowFixture.fx(() -> {
            List<String> texts = new ArrayList<>();
            collect(root, texts);
            return texts;
        });
        return shown.stream().filter(t -> englishPartner(t) || isEnglish(t) && !isData(t, data)).distinct()
                .map(t -> screen + ": \"" + t + "\"").toList();
    }

    /** What the node and everything in it show as UI text; rows of tables and lists hold data and are skipped. */
    private static void collect(Node node, List<String> texts) {
        if (node instanceof IndexedCell<?> || !node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip(), texts);
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(i -> menuItem(i, texts));
            }
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> box) {
            texts.add(box.getPromptText());
        }
        if (node instanceof ComboBox<?> box) {
            items(box.getItems(), box.getConverter(), texts);
        }
        if (node instanceof CheckComboBox<?> box) {
            texts.add(box.getTitle());
            items(box.getItems(), box.getConverter(), texts);
            // Its skin's inner drop-down shows the same items through this converter.
            box.getCheckModel().getCheckedItems().forEach(i -> items(List.of(i), box.getConverter(), texts));
            return;
        }
        if (node instanceof MenuButton button) {
            button.getItems().forEach(i -> menuItem(i, texts));
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menuItem(m, texts));
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                texts.add(tab.getText());
                if (tab.getTooltip() != null) {
                    texts.add(tab.getTooltip().getText());
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> column(c, texts));
        }
        if (node instanceof Chart chart) {
            texts.add(chart.getTitle());
            if (chart instanceof PieChart pie) {
                pie.getData().forEach(d -> texts.add(d.getName()));
            } else if (chart instanceof XYChart<?, ?> xy) {
                xy.getData().forEach(s -> texts.add(s.getName()));
                texts.add(xy.getXAxis().getLabel());
                texts.add(xy.getYAxis().getLabel());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void items(List<?> items, javafx.util.StringConverter converter, List<String> texts) {
        for (Object item : items) {
            if (item instanceof Enum<?> && (converter == null || converter.toString(item).equals(item.toString()))) {
                continue; // shown through a cell factory: its cells are read where they show
            }
            texts.add(converter == null ? String.valueOf(item) : converter.toString(item));
        }
    }

    private static void column(TableColumnBase<?, ?> column, List<String> texts) {
        texts.add(column.getText());
        column.getColumns().forEach(c -> column(c, texts));
    }

    private static void menuItem(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> menuItem(i, texts));
        }
    }

    private static void tooltip(Tooltip tooltip, List<String> texts) {
        if (tooltip != null) {
            texts.add(tooltip.getText());
        }
    }

    /** No Vietnamese letter, and an English word of UI text; the language's own name "English" is allowed. */
    static boolean isEnglish(String text) {
        if (text == null || text.isBlank() || "English".equals(text.strip())) {
            return false;
        }
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (bare.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)
                || text.indexOf('đ') >= 0 || text.indexOf('Đ') >= 0) {
            return false;
        }
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (ENGLISH_WORDS.contains(words.group())) {
                return true;
            }
        }
        return false;
    }

    /** A partner written in English ("Chile", "Chile (3)", "Chile · …") where Vietnamese has its own name ("Chi-lê"). */
    private static boolean englishPartner(String text) {
        if (text == null) {
            return false;
        }
        Labels vietnamese = new Labels("vi");
        return PARTNERS.stream().filter(p -> !vietnamese.partner(p).equals(p))
                .anyMatch(p -> text.strip().matches("(.* [·—] )?" + Pattern.quote(p) + "(\\s*[·(:,].*)?"));
    }

    /** A statement's or commitment's own words (or a cut part of them), shown as they were written. */
    private static boolean isData(String text, Set<String> data) {
        String shown = text.strip().replace("…", "");
        if (shown.length() < 4) {
            return data.contains(text.strip());
        }
        return data.stream().anyMatch(d -> d != null && (d.contains(shown) || shown.contains(d)));
    }
}
