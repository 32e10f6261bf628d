package org.qiaoyun.plugins.legal.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.network.StationKind;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Confirm;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The service network as admins keep it: the centre (with its head), stations and points, and the advisers
 * (an account of the federation or an external lawyer) with their specialities, languages and stations.
 */
public class NetworkView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Station> stations = new Grid<>();
    final Grid<Adviser> advisers = new Grid<>();
    private final transient TenantScope tenant;
    /** The forms' lists of places, filled again when a place is opened. */
    private ComboBox<Station> centres;
    private MultiSelectComboBox<Station> servedStations;
    private boolean built;

    public NetworkView(TenantScope tenant) {
        this.tenant = tenant;
        setId("legal-network");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (built) {
            return;
        }
        built = true;
        Words t = LegalWords.of(getLocale());
        Network network = new Network(tenant);
        stations.setId("legal-stations");
        stations.addColumn(Station::name).setHeader(t.get("network.name")).setAutoWidth(true);
        stations.addColumn(s -> LegalWords.name(t, s.kind())).setHeader(t.get("network.kind")).setAutoWidth(true);
        stations.addColumn(s -> s.place() == null ? "" : s.place()).setHeader(t.get("network.place")).setAutoWidth(true);
        stations.addColumn(s -> s.openingHours() == null ? "" : s.openingHours()).setHeader(t.get("network.hours")).setAutoWidth(true);
        stations.addColumn(s -> s.contact() == null ? "" : s.contact()).setHeader(t.get("network.contact")).setAutoWidth(true);
        stations.addColumn(s -> s.head() == null ? "" : s.head()).setHeader(t.get("network.head")).setAutoWidth(true);
        stations.setAllRowsVisible(true);
        advisers.setId("legal-advisers");
        advisers.addColumn(Adviser::name).setHeader(t.get("adviser.name")).setAutoWidth(true);
        advisers.addColumn(a -> a.username().orElse(t.get("desk.external"))).setHeader(t.get("adviser.account")).setAutoWidth(true);
        advisers.addColumn(a -> a.firm() == null ? "" : a.firm()).setHeader(t.get("network.firm")).setAutoWidth(true);
        advisers.addColumn(a -> String.join("、", a.specialities().stream().map(s -> LegalWords.name(t, s)).toList()))
                .setHeader(t.get("adviser.specialities")).setFlexGrow(2);
        advisers.addColumn(a -> String.join("、", a.languages())).setHeader(t.get("adviser.languages")).setAutoWidth(true);
        advisers.setAllRowsVisible(true);
        if (tenant.callerHas("admin")) {
            stations.addComponentColumn(s -> {
                Button change = new Button(t.get("network.change"), e -> changeStation(t, network, s));
                change.setId("legal-change-" + s.id());
                return change;
            }).setKey("change").setAutoWidth(true);
            advisers.addComponentColumn(a -> {
                Button retire = new Button(t.get("network.retire"), e -> Confirm.destructive(t, t.get("network.retire.question", a.name()),
                        t.get("network.retire.consequence"), t.get("network.retire"), () -> {
                            if (Attempt.run(t, () -> network.retireAdviser(a.id(), a.version()), t.get("network.retired"))) {
                                show(network);
                            }
                        }));
                retire.setId("legal-retire-" + a.id());
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
                return retire;
            }).setKey("retire").setAutoWidth(true);
        }
        add(new H2(t.get("network.title")), new H3(t.get("network.stations")));
        if (tenant.callerHas("admin")) {
            add(stationForm(t, network));
        }
        add(stations, new H3(t.get("desk.advisers")));
        if (tenant.callerHas("admin")) {
            add(adviserForm(t, network));
        }
        add(advisers);
        show(network);
    }

    private FormLayout stationForm(Words t, Network network) {
        FormErrors form = new FormErrors(t);
        ComboBox<StationKind> kind = form.required("kind", new ComboBox<>(t.get("network.kind"), StationKind.values()));
        kind.setItemLabelGenerator(k -> LegalWords.name(t, k));
        TextField name = form.required("name", new TextField(t.get("network.name")));
        TextField place = form.field("place", new TextField(t.get("network.place")));
        TextField hours = form.field("openingHours", new TextField(t.get("network.hours")));
        TextField contact = form.field("contact", new TextField(t.get("network.contact")));
        TextField head = form.field("head", new TextField(t.get("network.head")));
        head.setHelperText(t.get("network.head.help"));
        ComboBox<Station> centre = form.field("centreId", new ComboBox<>(t.get("network.centre")));
        centre.setItemLabelGenerator(Station::name);
        Button open = new Button(t.get("network.open"), e -> {
            Station.Details details = new Station.Details(name.getValue(), place.getValue(), hours.getValue(), contact.getValue());
            if (form.save(() -> {
                if (kind.getValue() == StationKind.CENTRE) {
                    network.openCentre(details, head.getValue());
                } else {
                    network.openStation(kind.getValue(), centre.getValue() == null ? null : centre.getValue().id(), details);
                }
            })) {
                Attempt.told(t.get("network.opened"));
                show(network);
            }
        });
        open.setId("legal-open-station");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        centres = centre;
        return new FormLayout(kind, name, place, hours, contact, head, centre, open);
    }

    private FormLayout adviserForm(Words t, Network network) {
        FormErrors form = new FormErrors(t);
        TextField username = form.field("username", new TextField(t.get("adviser.account")));
        username.setHelperText(t.get("network.username.help"));
        TextField name = form.required("name", new TextField(t.get("adviser.name")));
        TextField firm = form.field("firm", new TextField(t.get("network.firm")));
        TextField licence = form.field("licenceNumber", new TextField(t.get("network.licence")));
        MultiSelectComboBox<Category> specialities = form.field("specialities", new MultiSelectComboBox<>(t.get("adviser.specialities")));
        specialities.setItems(Category.values());
        specialities.setItemLabelGenerator(c -> LegalWords.name(t, c));
        TextField languages = form.field("languages", new TextField(t.get("adviser.languages")));
        languages.setHelperText(t.get("network.languages.help"));
        MultiSelectComboBox<Station> served = form.field("stationIds", new MultiSelectComboBox<>(t.get("network.served")));
        served.setItemLabelGenerator(Station::name);
        Button add = new Button(t.get("network.addAdviser"), e -> {
            Set<Category> known = specialities.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(specialities.getValue());
            if (form.save(() -> network.addAdviser(new Adviser.Profile(username.getValue(), name.getValue(), firm.getValue(),
                    licence.getValue(), known, Arrays.stream(languages.getValue().split("[,，、\\s]+")).filter(l -> !l.isBlank()).toList(),
                    served.getValue().stream().map(Station::id).collect(java.util.stream.Collectors.toSet()))))) {
                Attempt.told(t.get("network.added"));
                show(network);
            }
        });
        add.setId("legal-add-adviser");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        servedStations = served;
        return new FormLayout(username, name, firm, licence, specialities, languages, served, add);
    }

    /** The admin changes a place's name, address, hours or contact (and a centre's head) as they saw it. */
    private void changeStation(Words t, Network network, Station station) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("legal-station-dialog");
        dialog.setHeaderTitle(t.get("network.change") + " · " + station.name());
        FormErrors form = new FormErrors(t);
        TextField name = form.required("name", new TextField(t.get("network.name"), station.name(), ""));
        TextField place = form.field("place", new TextField(t.get("network.place"), station.place() == null ? "" : station.place(), ""));
        TextField hours = form.field("openingHours", new TextField(t.get("network.hours"),
                station.openingHours() == null ? "" : station.openingHours(), ""));
        TextField contact = form.field("contact", new TextField(t.get("network.contact"), station.contact() == null ? "" : station.contact(), ""));
        TextField head = form.field("head", new TextField(t.get("network.head"), station.head() == null ? "" : station.head(), ""));
        head.setVisible(station.kind() == StationKind.CENTRE);
        name.setId("legal-station-name");
        Button save = new Button(t.get("network.save"), e -> {
            if (!form.missingRequired() && form.save(() -> network.describe(station.id(), station.version(),
                    new Station.Details(name.getValue(), place.getValue(), hours.getValue(), contact.getValue()),
                    head.isVisible() ? head.getValue() : null))) {
                dialog.close();
                Attempt.told(t.get("network.saved"));
                show(network);
            }
        });
        save.setId("legal-station-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, place, hours, contact, head));
        dialog.getFooter().add(new Button(t.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void show(Network network) {
        var all = network.allStations();
        stations.setItems(all);
        advisers.setItems(network.activeAdvisers());
        if (centres != null) {
            centres.setItems(all.stream().filter(s -> s.kind() == StationKind.CENTRE).toList());
        }
        if (servedStations != null) {
            servedStations.setItems(all);
        }
    }
}
