package org.qiaoyun.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries that keep modules replaceable: a module (every plugin jar the reactor built,
 * fixtures included) sees only the module SPI, the Jakarta, Vaadin and PF4J APIs and the libraries it
 * bundles itself, never the kernel; the screen kit beside it the SPI and Vaadin only; and the SPI itself
 * depends on nothing of ours.
 */
class ArchitectureTest {

    private static JavaClasses modules;
    private static JavaClasses platform;

    @BeforeAll
    static void importClasses() throws IOException {
        Path pluginsRoot = Path.of("..", "plugins");
        List<Path> jars;
        try (Stream<Path> files = Files.walk(pluginsRoot)) {
            jars = files.filter(p -> p.toString().endsWith(".jar") && p.getParent().getFileName().toString().equals("target"))
                    .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
                    .filter(p -> !p.getFileName().toString().startsWith("original-"))
                    .toList();
        }
        assertThat(jars).as("module jars built by the reactor under plugins/").isNotEmpty();
        modules = new ClassFileImporter().importJars(jars.stream().map(ArchitectureTest::jar).toList());
        platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.qiaoyun.api", "org.qiaoyun.screens", "org.qiaoyun.kernel", "org.qiaoyun.ui");
    }

    private static java.util.jar.JarFile jar(Path path) {
        try {
            return new java.util.jar.JarFile(path.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void modulesDependOnlyOnTheSpiAndStandardApis() {
        assertThat(modules.stream().filter(c -> c.getPackageName().startsWith("org.qiaoyun.plugins"))).isNotEmpty();
        classes().that().resideInAPackage("org.qiaoyun.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.qiaoyun.plugins..", "org.qiaoyun.api..", "org.qiaoyun.screens..",
                        "java..", "javax.crypto..", "jakarta..", "com.vaadin..", "org.pf4j..",
                        // the JPA provider's multitenancy annotations (@Multitenant, @TenantDiscriminatorColumn)
                        "org.eclipse.persistence.annotations..",
                        // libraries a module bundles in its own jar (aid: Apache POI for spreadsheets;
                        // volunteers: Apache PDFBox for certificates)
                        "org.apache.poi..", "org.apache.pdfbox..")
                .check(modules);
    }

    /**
     * A module's screens, resources and services are given their context when they are built (see
     * {@code ModuleView}'s factory); a static holder would be shared by every tenant and outlive a
     * module's restart.
     */
    @Test
    void modulesKeepNoContextVaultOrServiceInStaticFields() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("org.qiaoyun.plugins..").and().areStatic()
                .should().haveRawType(assignableTo(org.qiaoyun.api.ModuleContext.class))
                .orShould().haveRawType(assignableTo(org.qiaoyun.api.TenantScope.class))
                .orShould().haveRawType(assignableTo(org.qiaoyun.api.personal.IdVault.class))
                .orShould().haveRawType(assignableTo(org.qiaoyun.api.Module.class))
                .orShould().haveRawType(resideInAPackage("org.qiaoyun.api.staffing.."))
                .check(modules);
    }

    @Test
    void theSpiKnowsNothingOfTheKernelOrTheWebLayer() {
        noClasses().that().resideInAPackage("org.qiaoyun.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qiaoyun.kernel..", "org.qiaoyun.ui..")
                .check(platform);
    }

    /**
     * The screen kit stands beside the SPI: modules compile against both, and it knows nothing of the kernel. It draws
     * QR codes with ZXing, which the platform ships once for the shell and the modules.
     */
    @Test
    void theScreenKitDependsOnTheSpiAndVaadinOnly() {
        classes().that().resideInAPackage("org.qiaoyun.screens..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.qiaoyun.screens..", "org.qiaoyun.api..",
                        "java..", "jakarta..", "com.vaadin..", "com.google.zxing..")
                .check(platform);
    }

    @Test
    void theKernelDoesNotReachIntoTheWebLayerOrVaadin() {
        noClasses().that().resideInAPackage("org.qiaoyun.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qiaoyun.ui..", "com.vaadin..")
                .check(platform);
    }

    @Test
    void theKernelsPackagesDependOnEachOtherWithoutCircles() {
        slices().matching("org.qiaoyun.kernel.(**)").should().beFreeOfCycles().check(platform);
    }

    @Test
    void theScreensAskTheKernelsServicesNotItsStore() {
        noClasses().that().resideInAPackage("org.qiaoyun.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qiaoyun.kernel.persistence..")
                .check(platform);
    }
}
