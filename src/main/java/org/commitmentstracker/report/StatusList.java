package org.commitmentstracker.report;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.commitmentstracker.model.Status;

/** A drop-down of the statuses, in the report's language, on a column of rows. */
final class StatusList {
    private StatusList() {
    }

    static void addDropDown(Sheet sheet, ReportWords words, int firstRow, int lastRow, int column) {
        String[] statuses = Arrays.stream(Status.values()).map(words::status).toArray(String[]::new);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(statuses),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
