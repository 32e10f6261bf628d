package org.qiaoyun.plugins.legal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.ChinaTime;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.DutyShift;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The duty roster (值班) of the next four weeks, by day and station, for every member of the federation (who is
 * there when); admins put advisers on duty at the stations they serve and take lines off.
 */
public class RosterView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 28;

    final Grid<DutyShift> roster = new Grid<>();
    private final transient TenantScope tenant;
    private boolean built;

    public RosterView(TenantScope tenant) {
        this.tenant = tenant;
        setId("legal-roster");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        Network network = new Network(tenant);
        Map<String, Station> stations = network.allStations().stream().collect(Collectors.toMap(Station::id, Function.identity()));
        Map<String, Adviser> advisers = network.activeAdvisers().stream().collect(Collectors.toMap(Adviser::id, Function.identity()));
        add(new H2(t.get("roster.title")));
        if (tenant.callerHas("admin")) {
            add(form(t, network, List.copyOf(stations.values()), List.copyOf(advisers.values())));
        }
        roster.setId("legal-roster-grid");
        roster.addColumn(d -> d.day().toString()).setHeader(t.get("roster.day")).setAutoWidth(true);
        roster.addColumn(d -> stations.containsKey(d.stationId()) ? stations.get(d.stationId()).name() : "").setHeader(t.get("intake.station"))
                .setAutoWidth(true);
        roster.addColumn(d -> advisers.containsKey(d.adviserId()) ? advisers.get(d.adviserId()).name() : "").setHeader(t.get("adviser.name"))
                .setAutoWidth(true);
        if (tenant.callerHas("admin")) {
            roster.addComponentColumn(d -> new Button(t.get("roster.remove"), e -> {
                if (Attempt.run(t, () -> network.takeOffDuty(d.id()), t.get("roster.removed"))) {
                    show(network);
                }
            }));
        }
        roster.setEmptyStateText(t.get("roster.none"));
        roster.setAllRowsVisible(true);
        add(roster);
        show(network);
    }

    private FlexLayout form(Words t, Network network, List<Station> stations, List<Adviser> advisers) {
        FormErrors form = new FormErrors(t);
        ComboBox<Station> station = form.required("stationId", new ComboBox<>(t.get("intake.station"), stations));
        station.setItemLabelGenerator(Station::name);
        DatePicker day = form.required("day", new DatePicker(t.get("roster.day"), ChinaTime.today(tenant)));
        ComboBox<Adviser> adviser = form.required("adviserId", new ComboBox<>(t.get("adviser.name"), advisers));
        adviser.setItemLabelGenerator(Adviser::name);
        Button add = new Button(t.get("roster.add"), e -> {
            if (form.save(() -> network.putOnDuty(station.getValue().id(), day.getValue(), adviser.getValue().id()))) {
                Attempt.told(t.get("roster.added"));
                show(network);
            }
        });
        add.setId("legal-roster-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout layout = new FlexLayout(station, day, adviser, add);
        layout.setAlignItems(Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        return layout;
    }

    private void show(Network network) {
        LocalDate today = ChinaTime.today(tenant);
        roster.setItems(network.roster(today, today.plusDays(DAYS), null));
    }
}
