package org.qiaoyun.ui.tenant;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import org.qiaoyun.kernel.module.TenantModule;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The platform's front page: every tenant with its level and the modules running in it. (The full
 * shell with login, menus and admin screens replaces it as the home page.)
 */
@Route("")
@PageTitle("侨云 Qiaoyun")
@Dependent
public class TenantsView extends VerticalLayout {

    /** One row: a tenant and what runs there. */
    record Row(String code, String name, String level, String status, String modules) {
    }

    @Inject
    public TenantsView(Kernel kernel) {
        setId("tenants-view");
        add(new H1("侨云 Qiaoyun"));
        add(new Paragraph("联邦租户与模块 · Federations and their modules"));
        List<Row> rows = kernel.tenants().list(null, 0, 500).stream().map(t -> row(kernel, t)).toList();
        Grid<Row> grid = new Grid<>();
        grid.setId("tenants");
        grid.addColumn(Row::code).setHeader("代码 Code").setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::name).setHeader("名称 Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(Row::level).setHeader("级别 Level").setSortable(true);
        grid.addColumn(Row::status).setHeader("状态 Status");
        grid.addColumn(Row::modules).setHeader("已启用模块 Modules").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static Row row(Kernel kernel, Tenant tenant) {
        String modules = kernel.switchboard().modulesOf(tenant.code()).stream()
                .filter(TenantModule::active).map(TenantModule::id).collect(Collectors.joining(", "));
        return new Row(tenant.code(), tenant.names().zh() + " · " + tenant.names().en(), tenant.level().wireName(),
                tenant.status().wireName(), modules.isEmpty() ? "—" : modules);
    }
}
