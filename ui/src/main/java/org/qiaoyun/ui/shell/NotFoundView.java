package org.qiaoyun.ui.shell;

import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;

import org.qiaoyun.ui.home.HomeView;

/**
 * What a person reads at an address that does not exist for them: an unknown screen, an administration
 * screen beyond their role, another federation's screen, a module switched off. All look alike (so that
 * nothing is revealed), inside the shell, in the person's language, with a way home; the reason the guard
 * gave goes to the log only.
 */
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NotFoundView.class.getName());

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        LOG.fine(() -> "not found: /" + event.getLocation().getPath() + " (" + parameter.getCustomMessage() + ")");
        removeAll();
        setId("not-found-view");
        Paragraph text = new Paragraph(getTranslation("notFound.text"));
        text.setId("not-found-text");
        add(new H2(getTranslation("notFound.title")), text, new RouterLink(getTranslation("notFound.home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
