package org.qiaoyun.plugins.legal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Stands in for the module's home route, which the platform registers: where a saved intake goes. */
@Route("t/:tenant/legal")
public class WorkListRoute extends Div {

    private static final long serialVersionUID = 1L;
}
