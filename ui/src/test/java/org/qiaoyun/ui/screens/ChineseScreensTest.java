package org.qiaoyun.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person using the Chinese interface reads no English: every screen a role reaches in the demo county
 * (with the modules' demo records, so lists are not empty) is read as Vaadin would send it (texts,
 * labels, placeholders, helper texts, errors) and no English sentence may appear in it.
 */
class ChineseScreensTest extends ScreenTest {

    /** Three English words in a row: a sentence or a phrase, not a code, a name or a brand. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\\b");
    private static final String[] PROPERTIES = {"label", "placeholder", "helperText", "errorMessage", "title"};
    private static final String T = "t/gd-jiangmen-taishan/";

    private static final Map<String, List<String>> SCREENS = Map.of(
            "taishan-admin", List.of("", "admin/tenants", "admin/users", "admin/modules", "admin/audit", "account", "admin/personal-data", "admin/retention",
                    T + "aid/limits", T + "aid/funds", T + "volunteers/recognition", T + "volunteers/register"),
            "taishan-caseworker", List.of("", T + "aid", T + "aid/beneficiaries", T + "aid/funds", T + "volunteers",
                    T + "aid/campaigns"),
            "taishan-organiser", List.of("", T + "volunteers", T + "volunteers/rosters", T + "volunteers/activities", T + "events",
                    T + "volunteers/recognition"),
            "taishan-volunteer", List.of("", T + "volunteers", T + "volunteers/recognition", T + "aid/visits"),
            "taishan-viewer", List.of("", T + "aid", T + "aid/beneficiaries"));

    @BeforeAll
    static void fillTheDemoFederations() {
        kernel.fillDemoRecords();
    }

    @Test
    void noEnglishSentenceReachesAChineseScreen() {
        List<String> english = new ArrayList<>();
        SCREENS.forEach((user, routes) -> {
            for (String route : routes) {
                signInAndOpen(user, route);
                var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
                collect(chain.get(chain.size() - 1).getElement(), user + " at /" + route, english); // the shell and the screen in it
            }
        });
        assertThat(texts).as("texts read from the screens").isGreaterThan(300);
        assertThat(english).isEmpty();
    }

    private static int texts;

    private static void collect(Element element, String where, List<String> english) {
        List<String> shown = new ArrayList<>();
        if (element.isTextNode()) {
            shown.add(element.getText());
        }
        for (String property : PROPERTIES) {
            if (element.hasProperty(property) && element.getProperty(property) != null) {
                shown.add(element.getProperty(property));
            }
            if (element.hasAttribute(property)) {
                shown.add(element.getAttribute(property));
            }
        }
        texts += shown.size();
        for (String text : shown) {
            if (ENGLISH.matcher(text).find()) {
                english.add(where + ": " + text);
            }
        }
        element.getChildren().forEach(child -> collect(child, where, english));
    }
}
