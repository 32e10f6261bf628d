package org.qiaoyun.ui.home;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.indicator.IndicatorCatalogue;
import org.qiaoyun.kernel.indicator.Indicators;
import org.qiaoyun.kernel.indicator.MonthRange;
import org.qiaoyun.kernel.indicator.RollUp;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.screens.Words;

/**
 * The view from above on the home screen: a federation's figures over its subtree for a range of months. The
 * headline gives each indicator's last month with the change against the month before; a chart per module shows
 * the months; a table gives each child's figures, sorts by any of them and opens the child's own dashboard (the
 * breadcrumb leads back up). Reads only the kernel's roll-up, never a module's tables; small figures of those below
 * come as "&lt;5".
 */
public final class Dashboard extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient Kernel kernel;
    private final transient CallerIdentity caller;
    private final transient Words words;
    private final transient FigureFormat format;
    private final Tenant tenant;

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    private final VerticalLayout body = new VerticalLayout();
    private transient RollUp shown;

    Dashboard(Kernel kernel, CallerIdentity caller, Tenant tenant, MonthRange range, Words words) {
        this.kernel = kernel;
        this.caller = caller;
        this.tenant = tenant;
        this.words = words;
        this.format = new FigureFormat(words);
        setId("dashboard");
        setPadding(false);
        UI.getCurrent().getPage().addJavaScript(ModuleChart.SCRIPT);
        com.vaadin.flow.component.html.Anchor excel = new com.vaadin.flow.component.html.Anchor(excel(), words.get("dashboard.excel"));
        excel.setId("dashboard-excel");
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(csv(), words.get("dashboard.export"));
        export.setId("dashboard-export");
        HorizontalLayout picker = rangePicker(range);
        picker.add(excel, export);
        picker.setAlignItems(Alignment.BASELINE);
        add(breadcrumb(), picker);
        body.setPadding(false);
        add(body);
        show(range);
    }

    private HorizontalLayout breadcrumb() {
        HorizontalLayout trail = new HorizontalLayout();
        trail.setId("dashboard-breadcrumb");
        trail.setSpacing(false);
        trail.setAlignItems(Alignment.BASELINE);
        List<Tenant> lineage = kernel.tenants().lineage(tenant).stream().filter(t -> t.path().startsWith(caller.homePath())).toList();
        for (int i = 0; i < lineage.size(); i++) {
            Tenant step = lineage.get(i);
            if (i > 0) {
                trail.add(new Span(" › "));
            }
            if (step.code().equals(tenant.code())) {
                Span here = new Span(name(step));
                here.getStyle().set("font-weight", "600");
                trail.add(here);
            } else {
                Button up = new Button(name(step), e -> open(step.code()));
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                trail.add(up);
            }
        }
        return trail;
    }

    private HorizontalLayout rangePicker(MonthRange range) {
        YearMonth now = kernel.indicators().currentMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = MonthRange.MAX_MONTHS - 1; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        from.setId("dashboard-from");
        to.setId("dashboard-to");
        from.setLabel(words.get("dashboard.from"));
        to.setLabel(words.get("dashboard.to"));
        for (ComboBox<YearMonth> box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(m -> words.get("dashboard.month", m.getYear(), m.getMonthValue()));
            box.setWidth("10em");
        }
        from.setValue(range.from());
        to.setValue(range.to());
        from.addValueChangeListener(e -> rangeChanged());
        to.addValueChangeListener(e -> rangeChanged());
        return new HorizontalLayout(from, to);
    }

    private void rangeChanged() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(words.get("dashboard.toBeforeFrom"));
            return;
        }
        to.setInvalid(false);
        show(new MonthRange(from.getValue(), to.getValue()));
    }

    private void show(MonthRange range) {
        body.removeAll();
        RollUp rollUp = kernel.indicators().rollUp(new Indicators.Question(tenant.code(), range));
        shown = rollUp;
        List<RollUp.Figure> wholes = rollUp.figures().stream().filter(f -> f.member() == null).toList();
        if (wholes.isEmpty()) {
            Paragraph none = new Paragraph(words.get("dashboard.noIndicators"));
            none.setId("dashboard-empty");
            body.add(none);
            return;
        }
        body.add(headline(range, wholes));
        for (IndicatorCatalogue.ModuleIndicators module : kernel.indicators().catalogue()) {
            List<RollUp.Figure> figures = rollUp.of(module.moduleId()).stream().filter(f -> f.member() == null).toList();
            if (!figures.isEmpty()) {
                body.add(new ModuleChart(module.moduleId(), words.english() ? module.nameEn() : module.nameZh(), range.months(),
                        figures, words.english(), words.get("chart.save"), tenant.code() + "-" + module.moduleId()));
            }
        }
        if (!rollUp.children().isEmpty()) {
            body.add(new H3(words.get("dashboard.children")), children(rollUp, wholes));
        }
    }

    private FlexLayout headline(MonthRange range, List<RollUp.Figure> wholes) {
        FlexLayout headline = new FlexLayout();
        headline.setId("dashboard-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        headline.getStyle().set("gap", "var(--lumo-space-l)");
        int last = range.size() - 1;
        for (RollUp.Figure figure : wholes) {
            IndicatorDefinition d = figure.definition();
            RollUp.Cell now = figure.months().get(last);
            RollUp.Cell before = last > 0 ? figure.months().get(last - 1) : null;
            Span number = new Span(format.of(d, now));
            number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
            Span change = new Span(words.get("dashboard.change", format.change(d, before, now)));
            change.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            VerticalLayout box = new VerticalLayout(number, new Span(words.english() ? d.nameEn() : d.nameZh()), change);
            box.setId("headline-" + figure.moduleId() + "-" + d.code());
            box.setPadding(false);
            box.setSpacing(false);
            box.setWidth("auto");
            headline.add(box);
        }
        return headline;
    }

    /** One row of the table: a child, or the federation's own records. */
    record Row(Tenant tenant, boolean own, Map<String, RollUp.Cell> cells) {
    }

    private Grid<Row> children(RollUp rollUp, List<RollUp.Figure> wholes) {
        Grid<Row> grid = new Grid<>();
        grid.setId("dashboard-children");
        List<Row> rows = new ArrayList<>();
        List<Tenant> tenants = new ArrayList<>();
        tenants.add(rollUp.tenant());
        tenants.addAll(rollUp.children());
        for (Tenant t : tenants) {
            Map<String, RollUp.Cell> cells = new java.util.LinkedHashMap<>();
            for (RollUp.Figure figure : wholes) {
                RollUp.Cell cell = figure.children().get(t.code());
                if (cell != null) {
                    cells.put(key(figure), cell);
                }
            }
            boolean own = t.code().equals(rollUp.tenant().code());
            if (!own || !cells.isEmpty()) {
                rows.add(new Row(t, own, cells));
            }
        }
        grid.addColumn(r -> r.own() ? words.get("dashboard.own", name(r.tenant())) : name(r.tenant()))
                .setHeader(words.get("dashboard.federation")).setFlexGrow(2).setFrozen(true).setAutoWidth(true);
        for (RollUp.Figure figure : wholes) {
            IndicatorDefinition d = figure.definition();
            String key = key(figure);
            grid.addColumn(r -> format.of(d, r.cells().getOrDefault(key, RollUp.Cell.EMPTY)))
                    .setHeader(words.english() ? d.nameEn() : d.nameZh()).setKey(key).setAutoWidth(true)
                    .setComparator(Comparator.comparing((Row r) -> sortValue(r.cells().get(key))))
                    .setSortable(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (!e.getItem().own()) {
                open(e.getItem().tenant().code());
            }
        });
        return grid;
    }

    /** Hidden figures sort below every figure shown, figures absent below them. */
    private static BigDecimal sortValue(RollUp.Cell cell) {
        if (cell == null || (!cell.hasValue() && !cell.suppressed())) {
            return BigDecimal.valueOf(-2);
        }
        return cell.suppressed() ? BigDecimal.valueOf(-1) : cell.value();
    }

    private static String key(RollUp.Figure figure) {
        return figure.moduleId() + "." + figure.definition().code();
    }

    /** The figures on screen, month by month for each federation below, as CSV in the screen's language. */
    private com.vaadin.flow.server.streams.DownloadHandler csv() {
        return event -> {
            event.setFileName("indicators-" + tenant.code() + "-" + shown.range().from() + "-" + shown.range().to() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            writeCsv(event.getOutputStream());
        };
    }

    /** The figures on screen as an Excel workbook headed by the federation, the period and the time of export. */
    private com.vaadin.flow.server.streams.DownloadHandler excel() {
        return event -> {
            event.setFileName("indicators-" + tenant.code() + "-" + shown.range().from() + "-" + shown.range().to() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            writeExcel(event.getOutputStream());
        };
    }

    /** What the CSV export writes: the figures shown. */
    public void writeCsv(java.io.OutputStream out) throws java.io.IOException {
        new DashboardExport(shown, words, format).csv(out);
    }

    /** What the Excel export writes: the figures shown, at the platform's time. */
    public void writeExcel(java.io.OutputStream out) throws java.io.IOException {
        new DashboardExport(shown, words, format).excel(out, kernel.clock().instant());
    }

    private void open(String code) {
        UI.getCurrent().navigate("", new QueryParameters(Map.of("tenant", List.of(code), "from", List.of(from.getValue().toString()),
                "to", List.of(to.getValue().toString()))));
    }

    private String name(Tenant t) {
        return words.english() ? t.names().en() : t.names().zh();
    }
}
