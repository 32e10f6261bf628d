package org.qiaoyun.plugins.events.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.screens.Words;

/**
 * The organisers' calendar: a month as a grid of weeks (Monday first, Beijing time), each day with its events (their
 * time and title; a draft and a cancelled one marked), a click opening the event; the month before and after one
 * button away. Built of plain components and a CSS grid: no client-side add-on.
 */
public class CalendarView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final H2 title = new H2();
    final Div month = new Div();
    final Button previous;
    final Button next;
    private final transient TenantScope tenant;
    private final transient Events events;
    private final Words t;
    private YearMonth shown;

    public CalendarView(TenantScope tenant) {
        this.tenant = tenant;
        this.events = new Events(tenant);
        this.t = EventWords.of(Words.screenLanguage());
        setId("events-calendar");
        previous = new Button(t.get("calendar.previous"), e -> show(shown.minusMonths(1)));
        previous.setId("events-calendar-previous");
        next = new Button(t.get("calendar.next"), e -> show(shown.plusMonths(1)));
        next.setId("events-calendar-next");
        Button today = new Button(t.get("calendar.today"), e -> show(YearMonth.from(tenant.clock().instant().atZone(ChinaTime.ZONE))));
        HorizontalLayout bar = new HorizontalLayout(previous, title, next, today);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        month.setId("events-calendar-month");
        month.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))").set("gap", "2px")
                .set("width", "100%");
        add(bar, month);
        show(YearMonth.from(tenant.clock().instant().atZone(ChinaTime.ZONE)));
    }

    void show(YearMonth which) {
        shown = which;
        title.setText(t.get("calendar.month", Integer.toString(which.getYear()), which.getMonthValue()));
        month.removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, t.locale()));
            name.getStyle().set("font-weight", "600").set("text-align", "center");
            month.add(name);
        }
        Map<LocalDate, List<CulturalEvent>> byDay = events.month(which).stream()
                .collect(Collectors.groupingBy(e -> e.startsAt().atZone(ChinaTime.ZONE).toLocalDate()));
        LocalDate first = which.atDay(1);
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            month.add(new Div());
        }
        for (int d = 1; d <= which.lengthOfMonth(); d++) {
            LocalDate date = which.atDay(d);
            Div cell = new Div(new Span(Integer.toString(d)));
            cell.setId("events-calendar-" + date);
            cell.getStyle().set("min-height", "5em").set("padding", "4px").set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("overflow", "hidden");
            for (CulturalEvent event : byDay.getOrDefault(date, List.of())) {
                String when = ChinaTime.shown(event.startsAt()).substring(11);
                String mark = event.status() == Status.PUBLISHED ? "" : "（" + EventWords.name(t, event.status()) + "）";
                Button open = new Button(when + " " + event.title() + mark,
                        e -> UI.getCurrent().navigate(EventView.route(tenant, event.id())));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                open.getStyle().set("display", "block").set("white-space", "normal").set("text-align", "start");
                if (event.status() == Status.CANCELLED) {
                    open.getStyle().set("text-decoration", "line-through");
                }
                cell.add(open);
            }
            month.add(cell);
        }
    }
}
