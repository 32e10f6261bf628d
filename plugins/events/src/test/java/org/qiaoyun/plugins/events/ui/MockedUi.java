package org.qiaoyun.plugins.events.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.qiaoyun.api.Text;

/** A mocked Vaadin UI in Chinese around each screen test (Karibu-Testing), with the module's views as routes. */
final class MockedUi implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        MockVaadin.setup(new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.qiaoyun.plugins.events.ui"));
        UI.getCurrent().setLocale(Text.CHINESE);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }
}
