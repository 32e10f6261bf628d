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

import com.tngtech.archunit.core.domain.JavaClass;
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
                        "java..", "javax.imageio..", "jakarta..", "com.vaadin..", "com.google.zxing..") // the JDK's image readers: photos of QR codes
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

    /**
     * The platform takes time only from the clock it was given (the kernel's, a tenant scope's): a test fixes or moves
     * that clock and every rule, figure and screen agrees with it, on any day the suite runs. The wall clock is read
     * in one place, where the running platform makes its clock ({@code Kernel.start}), and by the audit log, whose
     * entries say when something really happened and whose append-only guard the database checks against its own
     * time (a test's clock may not backdate or age them).
     */
    @Test
    void timeComesOnlyFromTheClockTheCodeWasGiven() {
        com.tngtech.archunit.base.DescribedPredicate<JavaClass> wallClockReaders = com.tngtech.archunit.base.DescribedPredicate.describe(
                "the platform's clock's maker and the audit log", c -> c.getName().equals("org.qiaoyun.kernel.platform.Kernel")
                        || c.getName().startsWith("org.qiaoyun.kernel.audit.AuditEntry")
                        || c.getName().startsWith("org.qiaoyun.kernel.audit.H2AppendOnly"));
        com.tngtech.archunit.lang.ArchRule rule = noClasses().that().resideInAPackage("org.qiaoyun..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(wallClockReaders)).should().callCodeUnitWhere(READS_THE_WALL_CLOCK);
        assertThat(rule.evaluate(new ClassFileImporter().importClasses(ReadsTheWallClock.class)).getFailureReport().getDetails())
                .as("the rule sees each way of reading the wall clock").hasSize(5);
        for (JavaClasses code : List.of(platform, modules)) {
            rule.check(code);
        }
    }

    /** What the rule above refuses, to show that it does. */
    static final class ReadsTheWallClock {
        Object[] readings() {
            return new Object[] {java.time.Instant.now(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                System.currentTimeMillis(), java.time.Clock.systemUTC(), java.time.LocalDate.now(java.time.Clock.systemUTC())};
        }
    }

    /** A call that tells the time without a clock: {@code now()} or {@code now(zone)}, a system clock, the epoch millis. */
    static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>> READS_THE_WALL_CLOCK =
            com.tngtech.archunit.base.DescribedPredicate.describe("read the wall clock", call -> {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList();
                return owner.startsWith("java.time.") && name.equals("now") && !parameters.equals(List.of("java.time.Clock"))
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.util.Date") && name.equals("<init>") && parameters.isEmpty();
            });

    @Test
    void theScreensAskTheKernelsServicesNotItsStore() {
        noClasses().that().resideInAPackage("org.qiaoyun.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qiaoyun.kernel.persistence..")
                .check(platform);
    }
}
