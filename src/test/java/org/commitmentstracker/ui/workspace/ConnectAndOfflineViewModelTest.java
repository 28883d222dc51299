package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class ConnectAndOfflineViewModelTest {
    static final String SERVER = "jdbc:postgresql://db.mofa.local:5432/commitments";

    final List<String> opened = new ArrayList<>();
    final List<String> remembered = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    Exception refusal;

    ConnectViewModel connect(Messages messages, String lastAddress, String lastLogin) {
        return new ConnectViewModel(TaskRunner.sameThread(), messages, (address, login, password) -> {
            opened.add(address + " " + login + " " + password);
            if (refusal != null) {
                throw refusal;
            }
            return () -> shown.add(address);
        }, (address, login) -> remembered.add(address + " " + login), lastAddress, lastLogin);
    }

    @Test
    void theLastAddressAndLoginAreOfferedAndAConnectionMovesTheWindowAndForgetsThePassword() {
        ConnectViewModel vm = connect(new Messages(Locale.ENGLISH), SERVER, "lan");
        assertThat(vm.addressProperty().get()).isEqualTo(SERVER);
        assertThat(vm.loginProperty().get()).isEqualTo("lan");
        vm.passwordProperty().set("pw");

        vm.connect();

        assertThat(opened).containsExactly(SERVER + " lan pw");
        assertThat(remembered).containsExactly(SERVER + " lan");
        assertThat(shown).containsExactly(SERVER);
        assertThat(vm.connectedProperty().get()).isTrue();
        assertThat(vm.passwordProperty().get()).isEmpty();
    }

    @Test
    void aFirstConnectionStartsFromTheAddressPrefixAndWaitsForALogin() {
        ConnectViewModel vm = connect(new Messages(Locale.ENGLISH), "", "");
        assertThat(vm.addressProperty().get()).isEqualTo("jdbc:postgresql://");
        assertThat(vm.canConnectProperty().get()).isFalse();
        vm.addressProperty().set("db.mofa.local/commitments");
        vm.loginProperty().set("lan");

        vm.connect();

        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo(
                "The server address must look like jdbc:postgresql://host:5432/database.");
    }

    @Test
    void aRefusalIsOneSentenceInTheUisLanguageAndTheDialogStaysOpen() {
        ConnectViewModel vm = connect(new Messages(Locale.forLanguageTag("vi")), SERVER + "?sslmode=verify-full", "lan");
        vm.passwordProperty().set("wrong");
        refusal = new WorkspaceException("The store could not be opened",
                new SQLException("FATAL: password authentication failed for user \"lan\"", "28P01"));

        vm.connect();

        assertThat(vm.errorProperty().get()).isEqualTo("Máy chủ " + SERVER + " từ chối tên đăng nhập lan: hãy kiểm "
                + "tra tên đăng nhập và mật khẩu, hoặc hỏi bộ phận tin học xem tên đăng nhập này có được dùng bộ dữ "
                + "liệu này không.");
        assertThat(vm.connectedProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(remembered).isEmpty();
        assertThat(shown).isEmpty();

        refusal = new WorkspaceException("x", new RuntimeException(new ConnectException("Connection refused")));
        vm.connect();
        assertThat(vm.errorProperty().get()).isEqualTo("Không liên lạc được với máy chủ " + SERVER
                + ": hãy kiểm tra địa chỉ và mạng rồi thử lại.");
    }

    @Test
    void takeOfflineCopiesTheTickedPartnersIntoTheChosenFolderThenOffersToOpenIt() {
        List<String> checkouts = new ArrayList<>();
        List<Path> openedCopies = new ArrayList<>();
        TakeOfflineViewModel vm = new TakeOfflineViewModel((folder, partners, progress) -> {
            progress.progressed(1, 4);
            checkouts.add(folder + " " + partners);
        }, () -> List.of("Japan", "Laos"), () -> null, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), Runnable::run,
                openedCopies::add);
        vm.load();
        assertThat(vm.partners()).extracting(TakeOfflineViewModel.Partner::name).containsExactly("Japan", "Laos");

        vm.takeOffline();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose an empty folder for the offline copy.");

        Path folder = Path.of("/home/lan/offline");
        vm.folderProperty().set(folder);
        vm.everythingProperty().set(false);
        vm.takeOffline();
        assertThat(vm.errorProperty().get()).isEqualTo("Tick at least one partner, or take the whole workspace.");
        assertThat(checkouts).isEmpty();

        vm.partners().get(1).chosen().set(true);
        vm.takeOffline();

        assertThat(checkouts).containsExactly(folder + " [Laos]");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("The offline copy is ready in " + folder + ".");
        assertThat(vm.madeProperty().get()).isEqualTo(folder);
        vm.openCopy();
        assertThat(openedCopies).containsExactly(folder);
    }

    @Test
    void theWholeWorkspaceIsTakenWhenNoPartnerIsChosenAndAFailureIsToldInVietnamese() {
        List<String> checkouts = new ArrayList<>();
        TakeOfflineViewModel vm = new TakeOfflineViewModel((folder, partners, progress) -> {
            checkouts.add(String.valueOf(partners));
            throw new WorkspaceException("The folder is not empty");
        }, List::of, () -> null, TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), Runnable::run, p -> { });
        vm.folderProperty().set(Path.of("/tmp/x"));

        vm.takeOffline();

        assertThat(checkouts).containsExactly("[]");
        assertThat(vm.errorProperty().get()).startsWith("Chưa tạo được bản ngoại tuyến: ");
        assertThat(vm.madeProperty().get()).isNull();
    }

    @Test
    void theStatusBarSaysWhereTheOfficerWorksAndTheNoticeMakesTheWorkspacePrivate() {
        Path folder = Path.of("/home/lan/ws");
        List<Path> open = new ArrayList<>(List.of(folder.resolve("commitments.db")));
        WorkspaceStatusViewModel laptop = new WorkspaceStatusViewModel(WorkspacePlace.laptop(folder), () -> 0,
                () -> List.copyOf(open), () -> {
                    open.clear();
                    return null;
                }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH));
        laptop.refresh();
        assertThat(laptop.placeProperty().get()).isEqualTo("This laptop: " + folder);
        assertThat(laptop.privacyWarningProperty().get()).isEqualTo(
                "Other accounts on this computer can read your workspace (" + folder.resolve("commitments.db") + ").");
        laptop.makePrivate();
        assertThat(laptop.privacyWarningProperty().get()).isEmpty();

        WorkspaceStatusViewModel server = new WorkspaceStatusViewModel(new WorkspacePlace(WorkspacePlace.Kind.SERVER,
                folder, SERVER, "lan"), () -> 9, List::of, () -> null, TaskRunner.sameThread(),
                new Messages(Locale.forLanguageTag("vi")));
        server.refresh();
        assertThat(server.placeProperty().get()).isEqualTo("Bộ dữ liệu chung trên db.mofa.local:5432/commitments, đăng nhập là lan");

        WorkspaceStatusViewModel offline = new WorkspaceStatusViewModel(new WorkspacePlace(
                WorkspacePlace.Kind.OFFLINE_COPY, folder, SERVER, "lan"), () -> 3, List::of, () -> null,
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH));
        offline.refresh();
        assertThat(offline.placeProperty().get()).isEqualTo("Offline copy of db.mofa.local:5432/commitments — 3 changes to send");

        WorkspaceStatusViewModel withConflicts = new WorkspaceStatusViewModel(new WorkspacePlace(
                WorkspacePlace.Kind.OFFLINE_COPY, folder, SERVER, "lan"), () -> 0, () -> 2, List::of, () -> null,
                TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")));
        withConflicts.refresh();
        assertThat(withConflicts.placeProperty().get()).isEqualTo(
                "Bản ngoại tuyến của db.mofa.local:5432/commitments — không có thay đổi cần gửi, 2 xung đột cần giải quyết");
    }
}
