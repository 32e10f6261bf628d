package org.qiaoyun.ui.home;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.Areas;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.screens.Words;

/**
 * A new county's first steps, on its admin's home screen until they are done: switch modules on, add the users
 * who work there, enter the townships and villages. Each step links to where it is done and shows when it is.
 */
final class Checklist extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private Checklist(Words words, boolean modules, boolean users, boolean areas) {
        setId("home-checklist");
        setPadding(false);
        UnorderedList steps = new UnorderedList(step("checklist-modules", words, "checklist.modules", "admin/modules", modules),
                step("checklist-users", words, "checklist.users", "admin/users", users),
                step("checklist-areas", words, "checklist.areas", "coverage", areas));
        add(new H3(words.get("checklist.title")), steps);
    }

    /** The checklist of a county (or a federation below one) with a step still to do; none once all are done. */
    static Optional<Checklist> of(Kernel kernel, Tenant county, Words words) {
        if (county.level().compareTo(TenantLevel.COUNTY) < 0 || county.level() == TenantLevel.INSTITUTION) {
            return Optional.empty();
        }
        boolean modules = kernel.switchboard().modulesOf(county.code()).stream().anyMatch(TenantModule::active);
        boolean users = kernel.accounts().count(county.code()) > 1; // more than the admin reading this
        boolean areas = kernel.areas().count(county.code(), new Areas.Search(null, null)) > 0;
        return modules && users && areas ? Optional.empty() : Optional.of(new Checklist(words, modules, users, areas));
    }

    private static ListItem step(String id, Words words, String key, String href, boolean done) {
        Span mark = new Span(done ? "✓ " : "○ ");
        ListItem item = new ListItem(mark, new Anchor(href, words.get(key)));
        if (done) {
            item.add(new Span(" " + words.get("checklist.done")));
        }
        item.setId(id);
        item.getElement().setAttribute("data-done", String.valueOf(done));
        return item;
    }
}
