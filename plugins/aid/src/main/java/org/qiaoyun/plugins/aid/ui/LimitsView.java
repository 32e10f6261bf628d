package org.qiaoyun.plugins.aid.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.screens.Words;

/**
 * What each role may approve alone in this federation; above it a second approver is needed. Admins
 * change the limits; everybody else sees them.
 */
public class LimitsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final List<String> APPROVING_ROLES = List.of("admin", "caseworker");

    private final transient TenantScope tenant;

    public LimitsView(TenantScope tenant) {
        this.tenant = tenant;
        setId("aid-limits-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Words t = AidWords.of(getLocale());
        Casework casework = new Casework(tenant);
        Map<String, Money> limits = casework.limits();
        removeAll();
        add(new H2(t.get("limits.title")), new Paragraph(t.get("limits.intro")));
        FormLayout form = new FormLayout();
        boolean admin = tenant.callerHas("admin");
        for (String role : APPROVING_ROLES) {
            BigDecimalField field = new BigDecimalField(t.get("limits.role." + role));
            field.setId("aid-limit-" + role);
            field.setValue(limits.getOrDefault(role, Money.ZERO).toYuan());
            field.setReadOnly(!admin);
            Button save = new Button(t.get("save"), e -> {
                field.setInvalid(false);
                try {
                    BigDecimal value = field.getValue();
                    casework.setLimit(role, Money.yuan("limit", value, false));
                    Notification.show(t.get("limits.saved", t.get("limits.role." + role)));
                } catch (InvalidInputException refused) {
                    field.setErrorMessage(t.of(refused));
                    field.setInvalid(true);
                }
            });
            save.setId("aid-limit-save-" + role);
            save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            save.setVisible(admin);
            field.setSuffixComponent(save);
            form.add(field);
        }
        add(form);
    }
}
