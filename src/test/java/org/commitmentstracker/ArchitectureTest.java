package org.commitmentstracker;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering that docs/decisions/0001 describes, checked on the compiled classes. */
class ArchitectureTest {
    static final String ROOT = "org.commitmentstracker";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void coreLayersNeverTouchJavaFxScenesOrFxml() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".extract..", ROOT + ".store..",
                        ROOT + ".importing..", ROOT + ".report..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void coreLayersNeverUseJavaFxAtAll() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".bundled..", ROOT + ".extract..",
                        ROOT + ".store..", ROOT + ".importing..", ROOT + ".report..", ROOT + ".service..",
                        ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void lowerLayersNeverImportUpperOnes() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".store..",
                        ROOT + ".report..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".bundled..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".store..",
                        ROOT + ".importing..", ROOT + ".report..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".extract..", ROOT + ".store..", ROOT + ".report..",
                        ROOT + ".importing..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".service..", ROOT + ".ui..", ROOT + ".cli..")
                .check(classes);
        // Reading statements and keeping them are separate: only importing and the services join the two.
        noClasses().that().resideInAPackage(ROOT + ".extract..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".importing..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".importing..")
                .check(classes);
        noClasses().that().resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..", ROOT + ".bench..")
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(classes);
    }

    @Test
    void modelAndIoAreTheBottomLayers() {
        // Every layer may use them, so they use nothing of the project but themselves (and no JavaFX).
        for (String bottom : List.of(ROOT + ".model..", ROOT + ".io..")) {
            classes().that().resideInAPackage(bottom)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAPackage(bottom)))
                    .check(classes);
        }
        noClasses().that().resideInAPackage(ROOT + ".io..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void benchmarksDriveViewModelsButNeverShowAWindow() {
        // The benchmarks time the UI's own code path (its ViewModels), headless; the cold start's floor is the one
        // window, started in a JVM of its own.
        noClasses().that().resideInAPackage(ROOT + ".bench..").and().doNotHaveSimpleName("FloorWindow")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void noPackageCyclesAnywhere() {
        // Every package and sub-package is a slice: ui.commitments and ui.savedviews are two.
        // jOOQ's generated classes (store.jooq..) refer to each other by design and are never hand-written.
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(ROOT + ".store.jooq.."), resideInAPackage(ROOT + ".store.jooq.."))
                .check(classes);
    }

    @Test
    void screensUseServicesAndNeverTheStore() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
                .check(classes);
    }

    @Test
    void onlyTheStoreAndTheApplicationLayerUseJooq() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", ROOT + ".store.jooq..")
                .check(classes);
    }

    @Test
    void theCommandLineTheBenchmarksAndTheLauncherReachTheStoreOnlyThroughServices() {
        // What they may still name of the store: its failures and where the data folder is.
        noClasses().that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".bench..", ROOT)
                .should().dependOnClassesThat(DescribedPredicate.describe("repositories or the database",
                        c -> c.getPackageName().startsWith(ROOT + ".store") && !c.getSimpleName().endsWith("Exception")
                                && !c.getSimpleName().equals("DataFolders")))
                .check(classes);
    }

    @Test
    void theApplicationLayerKnowsNoScreenNoCommandAndNoLauncher() {
        noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".cli..", ROOT + ".bench..")
                .orShould().dependOnClassesThat().resideInAPackage(ROOT)
                .check(classes);
    }

    @Test
    void theRootPackageHoldsOnlyTheLauncherTheStartUpAndTheCompositionRoot() {
        classes().that().resideInAPackage(ROOT).and().areTopLevelClasses()
                .should().haveSimpleNameStartingWith("App").orShould().haveSimpleNameStartingWith("Launcher")
                .orShould().haveSimpleNameStartingWith("DesktopStartup").orShould().haveSimpleNameStartingWith("StartupTiming")
                .orShould().haveSimpleNameStartingWith("WorkspaceSwitcher")
                .orShould().haveSimpleNameStartingWith("AotTraining")
                .check(classes);
    }

    @Test
    void theUiAndTheCommandLineDoNotKnowEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..")
                .check(classes);
    }
}
