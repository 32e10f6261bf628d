package org.qiaoyun.plugins.volunteers.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;

/**
 * Recognition: the leaderboard by hours served (everyone with the module); nominations for awards, which
 * the federation's admins endorse or decline (organisers see them); the hours at which stars are earned
 * here, which admins set.
 */
public class RecognitionView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Registry.Standing> leaderboard = new Grid<>();
    final Grid<Nomination> nominations = new Grid<>();
    final TextField thresholds = new TextField();
    private final transient TenantScope tenant;
    private transient Registry registry;
    private boolean english;
    /** The thresholds' revision the admin sees: saving names it, so another admin's change is not overwritten. */
    private long starRevision;

    public RecognitionView(TenantScope tenant) {
        this.tenant = tenant;
        setId("vol-recognition-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        english = getLocale() != null && getLocale().getLanguage().equals("en");
        registry = new Registry(tenant);
        removeAll();
        add(new H2(english ? "Recognition" : "表彰激励"));

        add(new H3(english ? "Leaderboard" : "服务时长排行"));
        leaderboard.setId("vol-leaderboard");
        leaderboard.removeAllColumns();
        List<Registry.Standing> standings = registry.leaderboard(50);
        leaderboard.addColumn(s -> standings.indexOf(s) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        leaderboard.addColumn(s -> s.volunteer().name()).setHeader(english ? "Volunteer" : "志愿者");
        leaderboard.addColumn(s -> String.format(Locale.ROOT, "%.1f", s.minutesServed() / 60.0)).setHeader(english ? "Hours" : "小时");
        leaderboard.addColumn(s -> "★".repeat(s.stars())).setHeader(english ? "Stars" : "星级");
        leaderboard.setItems(standings);
        leaderboard.setAllRowsVisible(true);
        leaderboard.setEmptyStateText(english ? "No hours served yet." : "尚无服务时长记录。");
        add(leaderboard);

        add(new H3(english ? "Stars" : "星级标准"));
        thresholds.setId("vol-star-thresholds");
        thresholds.setLabel(english ? "Hours for each star, rising" : "每一星所需小时数（递增，逗号分隔）");
        thresholds.setValue(registry.starLevels().thresholdsInHours().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        starRevision = registry.starRevision();
        thresholds.setWidth("24em");
        boolean admin = tenant.callerHas("admin");
        thresholds.setReadOnly(!admin);
        HorizontalLayout stars = new HorizontalLayout(thresholds);
        stars.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (admin) {
            Button save = new Button(english ? "Save" : "保存", e -> saveThresholds());
            save.setId("vol-star-save");
            stars.add(save);
        }
        add(stars);

        if (Permissions.organises(tenant)) {
            add(new H3(english ? "Nominations" : "评优推荐"));
            nominations.setId("vol-nominations");
            nominations.removeAllColumns();
            nominations.addColumn(n -> n.year() + " " + n.award()).setHeader(english ? "Award" : "荣誉");
            nominations.addColumn(Nomination::reason).setHeader(english ? "Why" : "推荐理由").setFlexGrow(2);
            nominations.addColumn(Nomination::nominatedBy).setHeader(english ? "Proposed by" : "推荐人");
            nominations.addColumn(n -> switch (n.status()) {
                case PROPOSED -> english ? "Proposed" : "待审定";
                case ENDORSED -> english ? "Endorsed" : "已通过";
                case DECLINED -> (english ? "Declined: " : "未通过：") + n.decisionNote();
            }).setHeader(english ? "Status" : "状态");
            nominations.addComponentColumn(this::decision).setKey("decision").setAutoWidth(true);
            nominations.setEmptyStateText(english ? "No nomination yet." : "尚无评优推荐。");
            showNominations();
            add(nominations);
        }
    }

    private void showNominations() {
        nominations.setItems(new Nominations(tenant).find(null, 0, 200).items());
    }

    private HorizontalLayout decision(Nomination nomination) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (nomination.status() != Nomination.Status.PROPOSED || !tenant.callerHas("admin")) {
            return buttons;
        }
        TextField note = new TextField();
        note.setPlaceholder(english ? "Note (needed to decline)" : "意见（不通过时必填）");
        note.setId("vol-nomination-note-" + nomination.id());
        Button endorse = new Button(english ? "Endorse" : "通过", e -> decide(nomination, true, note));
        endorse.setId("vol-nomination-endorse-" + nomination.id());
        endorse.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(english ? "Decline" : "不通过", e -> decide(nomination, false, note));
        decline.setId("vol-nomination-decline-" + nomination.id());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(note, endorse, decline);
        return buttons;
    }

    private void decide(Nomination nomination, boolean endorse, TextField note) {
        try {
            new Nominations(tenant).decide(nomination.id(), nomination.version(), endorse, note.getValue());
            Notification.show(endorse ? (english ? "Endorsed" : "已通过") : (english ? "Declined" : "已标记不通过"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showNominations();
        } catch (InvalidInputException refused) {
            note.setErrorMessage(VolunteerWords.current().of(refused));
            note.setInvalid(true);
        } catch (ConflictException | PermissionDeniedException refused) {
            Attempt.refused(VolunteerWords.current().of(refused));
        }
    }

    private void saveThresholds() {
        thresholds.setInvalid(false);
        try {
            List<Integer> hours = Arrays.stream(thresholds.getValue().split("[,，\\s]+")).filter(t -> !t.isBlank())
                    .map(Integer::valueOf).toList();
            registry.setStarLevels(hours, starRevision);
            starRevision = registry.starRevision();
            Notification.show(english ? "Saved" : "已保存").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NumberFormatException notNumbers) {
            FormErrors.show(VolunteerWords.current(), new InvalidInputException("hours", english ? "whole hours, separated by commas" : "请填写整数小时，用逗号分隔"),
                    Map.of("hours", thresholds));
        } catch (InvalidInputException refused) {
            FormErrors.show(VolunteerWords.current(), refused, Map.of("hours", thresholds));
        } catch (ConflictException refused) {
            FormErrors.show(VolunteerWords.current(), refused, Map.of("version", thresholds));
        }
    }
}
