package org.commitmentstracker.ui.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.ui.Messages;

/**
 * A report's period as the report dialogs choose it: one of the last quarters (the one just ended to start with)
 * or a range of dates.
 */
final class PeriodChoice {
    /** How many quarters back the quarter list offers. */
    private static final int QUARTERS_BACK = 8;

    final ObservableList<String> quarters = FXCollections.observableArrayList();
    final BooleanProperty byQuarter = new SimpleBooleanProperty(true);
    final StringProperty quarter = new SimpleStringProperty();
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Messages messages;

    PeriodChoice(Clock clock, Messages messages) {
        this.messages = messages;
        LocalDate today = LocalDate.now(clock);
        ReportPeriod current = ReportPeriod.quarterOf(today);
        for (int i = 0; i <= QUARTERS_BACK; i++) {
            quarters.add(ReportPeriod.quarterOf(current.from().minusMonths(3L * i)).label());
        }
        // The quarter just ended is what a quarterly report is usually about.
        quarter.set(quarters.get(1));
        from.set(current.from());
        to.set(today);
    }

    /** True while nothing is being written and a period is chosen: the Export button's state. */
    BooleanBinding canExport(ReadOnlyBooleanProperty busy) {
        return Bindings.createBooleanBinding(() -> !busy.get() && period() != null, busy, byQuarter, quarter, from, to);
    }

    /** The period chosen, or null when the range is incomplete or backwards. */
    ReportPeriod period() {
        if (byQuarter.get()) {
            return quarter.get() == null ? null : ReportPeriod.quarter(quarter.get());
        }
        if (from.get() == null || to.get() == null || from.get().isAfter(to.get())) {
            return null;
        }
        return ReportPeriod.range(from.get(), to.get());
    }

    /** "Q3 2025" / "Quý III năm 2025" for the quarter "2025Q3" as the list holds it. */
    String quarterLabel(String quarter) {
        if (quarter == null) {
            return "";
        }
        ReportPeriod period = ReportPeriod.quarter(quarter);
        int number = (period.from().getMonthValue() - 1) / 3 + 1;
        return messages.format("report.quarterLabel", String.valueOf(number), List.of("I", "II", "III", "IV").get(number - 1),
                String.valueOf(period.from().getYear()));
    }
}
