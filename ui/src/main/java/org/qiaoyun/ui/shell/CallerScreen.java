package org.qiaoyun.ui.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * A screen built once, for the person signed in, when they first enter it: the administration screens' common start.
 * The screen shows what suits the caller; the kernel's services check the caller again on every call, so a screen
 * entered by someone it does not suit shows nothing they may not see.
 */
public abstract class CallerScreen extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    protected final transient Kernel kernel;
    private final String titleKey;
    private boolean built;

    /**
     * @param id       the screen's element id
     * @param titleKey the translation key of its title (the browser tab's)
     */
    protected CallerScreen(Kernel kernel, String id, String titleKey) {
        this.kernel = kernel;
        this.titleKey = titleKey;
        setId(id);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (!built) {
            SignedIn.caller(kernel).ifPresent(caller -> {
                built = true;
                build(caller);
            });
        }
    }

    /** Builds the screen for the caller, once. */
    protected abstract void build(CallerIdentity caller);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
