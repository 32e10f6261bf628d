package org.qiaoyun.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.NOW;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.guest;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The platform runs on H2 unless told otherwise: the changelog applies there as the kernel applies it, and an
 * evening's whole list (sign-ups, the line, the door, the figures, the attendance sheet) works on it.
 */
class H2Test {

    private static HikariDataSource pool;
    private static EntityManagerFactory unit;

    @BeforeAll
    static void h2() {
        pool = Database.pool("jdbc:h2:mem:events-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                null, null, 4);
        EventsModule module = new EventsModule();
        Migrations.run(pool, module.persistence().changelog(), EventsModule.class.getClassLoader());
        unit = PersistenceUnits.build("events", EventsModule.class.getClassLoader(), PersistenceUnits.rootOf(EventsModule.class),
                module.persistence().entities(), pool);
    }

    @AfterAll
    static void close() {
        unit.close();
        pool.close();
    }

    @Test
    void anEveningsWholeListRunsOnH2AndItsAttendanceSheetNamesTheFederationAndTheEvent() throws Exception {
        TestTenantScope organiser = new TestTenantScope(unit, "h2-events", Clock.fixed(NOW, ZoneOffset.UTC), "h2-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(2));
        CulturalEvent event = events.publish(planned.id(), planned.version());
        Visitor visitor = new Visitor(organiser);
        Registrations publicPage = new Registrations(visitor, LINKS);
        Registration first = publicPage.signUp(event.id(), guest("甄先生", "13800000061", 1));
        Registration second = publicPage.signUp(event.id(), guest("谭女士", "13800000062", 0));
        Registrations staff = new Registrations(organiser, LINKS);
        staff.cancel(first.id());
        staff.checkIn(event.id(), second.code());
        assertThat(staff.tally(event.id())).isEqualTo(new Registrations.Tally(2, 1, 0, 1, 1));
        assertThat(organiser.recorded()).containsEntry("attended", BigDecimal.ONE).containsEntry("overseas-attendees.malaysia", BigDecimal.ONE);
        assertThat(events.page(new Events.Search("联谊", null, null, "title", true), 0, 10).total()).isEqualTo(1);

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        AttendanceSheet.write("台山市侨联", event, staff.all(event.id()), Text.CHINESE, sheet);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(sheet.toByteArray()))) {
            var rows = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("签到名单");
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("台山市侨联");
            assertThat(rows.getRow(1).getCell(0).getStringCellValue()).isEqualTo("中秋联谊晚会");
            assertThat(rows.getRow(4).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(rows.getRow(5).getCell(0).getStringCellValue()).as("the cancelled one left out").isEqualTo("谭女士");
            assertThat(rows.getRow(5).getCell(1).getStringCellValue()).as("a phone number stays text").isEqualTo("13800000062");
            assertThat(rows.getRow(7).getCell(0).getStringCellValue()).isEqualTo("到场人数：1");
        }
    }
}
