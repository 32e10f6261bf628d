package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first look at a trial platform: the demo county's screens show work under way, made by
 * its demo accounts through the modules' own rules, not empty lists.
 */
class DemoRecordsTest extends ScreenTest {

    @BeforeAll
    static void fillTheDemoFederations() {
        kernel.fillDemoRecords();
    }

    @Test
    void theCaseworkerFindsCasesAtEveryStep() {
        signInAndOpen("taishan-caseworker", "t/gd-jiangmen-taishan/aid");
        @SuppressWarnings("unchecked")
        Grid<Object> cases = _get(Grid.class, s -> s.withId("aid-cases"));
        List<String> statuses = IntStream.range(0, GridKt._size(cases)).mapToObj(i -> statusOf(GridKt._get(cases, i))).toList();
        assertThat(statuses).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "VERIFIED", "APPROVED", "DISBURSED", "CLOSED", "REJECTED",
                "DISBURSED", "WITHDRAWN"); // the second paid: goods handed over (aid in kind); a draft entered twice, withdrawn
        assertThat(GridKt._getFormattedRow(cases, 0).get(0)).as("the work list says whom each case is for").isNotBlank();
    }

    @Test
    void theVolunteerFindsTheHoursTheyServed() {
        signInAndOpen("taishan-volunteer", "t/gd-jiangmen-taishan/volunteers");
        assertThat(_get(Span.class, s -> s.withId("vol-hours")).getText()).startsWith("服务时长：9.0");
    }

    private static String statusOf(Object aidCase) {
        try {
            return aidCase.getClass().getMethod("status").invoke(aidCase).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
