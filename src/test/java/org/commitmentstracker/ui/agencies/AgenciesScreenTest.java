package org.commitmentstracker.ui.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.api.FxRobot;

/** The agencies tab: the directory of owners and which agency a sector's commitments go to. */
class AgenciesScreenTest extends ScreenTest {
    TableView<Agency> agencies;

    @BeforeEach
    void openTheAgenciesTab(FxRobot robot) throws Exception {
        window.awaitDashboardJump();
        robot.clickOn("#agenciesTab");
        agencies = window.find("#agencyTable");
        waitFor(() -> agencies.getItems().size() == window.store().agencies().count());
    }

    @Test
    void anAgencyAddedInTheFormIsStoredAndCanOwnASector(FxRobot robot) throws Exception {
        var ownersBefore = window.store().agencies().sectorOwners();
        robot.clickOn("#agencyCode");
        window.type("vnsc");
        robot.clickOn("#agencyNameVi");
        window.type("Trung tâm Vũ trụ Việt Nam");
        robot.clickOn("#agencyNameEn");
        window.type("Viet Nam Space Centre");
        robot.clickOn("#saveAgency");

        waitFor(() -> window.store().agencies().findByCode("VNSC").isPresent());
        Agency added = window.store().agencies().findByCode("VNSC").orElseThrow();
        assertThat(added.nameVi()).isEqualTo("Trung tâm Vũ trụ Việt Nam");
        assertThat(added.nameEn()).isEqualTo("Viet Nam Space Centre");
        waitFor(() -> agencies.getItems().contains(added));
        assertThat(window.store().agencies().sectorOwners()).as("no sector changed owner").isEqualTo(ownersBefore);
        // The reloaded directory must not read as a new choice of owner in the sector drop-downs.
        javafx.scene.control.Label message = window.find("#agenciesMessage");
        WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(message.getText()).isEqualTo("VNSC saved.");
        assertThat(window.<TextField>find("#agencyCode").getText()).isEmpty();

        TableView<SectorOwnerRow> sectors = window.find("#sectorOwnerTable");
        waitFor(() -> !sectors.getItems().isEmpty());
        Sector sector = sectors.getItems().get(0).sector();
        ComboBox<Agency> owner = window.inRow(sectors, 0, ".combo-box");
        robot.clickOn(owner);
        robot.clickOn(window.popupCell("Viet Nam Space Centre"));

        waitFor(() -> window.store().agencies().sectorOwners().get(sector) != null
                && window.store().agencies().sectorOwners().get(sector).code().equals("VNSC"));
        assertThat(sectors.getItems().get(0).ownerProperty().get().code()).isEqualTo("VNSC");
    }

    @Test
    void clickingAnAgencyFillsTheFormAndSavingItRenamesItInTheStore(FxRobot robot) throws Exception {
        int count = agencies.getItems().size();
        Agency chosen = agencies.getItems().get(0);

        window.clickRow(agencies, 0);
        TextField code = window.find("#agencyCode");
        TextField english = window.find("#agencyNameEn");
        waitFor(() -> code.getText().equals(chosen.code()) && english.getText().equals(chosen.nameEn()));
        robot.clickOn(english);
        window.press(KeyCode.CONTROL, KeyCode.A);
        window.type("Renamed Ministry");
        robot.clickOn("#saveAgency");

        waitFor(() -> window.store().agencies().findByCode(chosen.code()).orElseThrow().nameEn()
                .equals("Renamed Ministry"));
        assertThat(window.store().agencies().count()).isEqualTo(count);
        assertThat(window.store().agencies().findByCode(chosen.code()).orElseThrow().nameVi()).isEqualTo(chosen.nameVi());
        waitFor(() -> agencies.getItems().stream().anyMatch(a -> a.nameEn().equals("Renamed Ministry")));
    }
}
