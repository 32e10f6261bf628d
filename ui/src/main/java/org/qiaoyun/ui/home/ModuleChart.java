package org.qiaoyun.ui.home;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;

import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.kernel.indicator.RollUp;

/**
 * A module's figures month by month as an Apache ECharts line chart (SVG), drawn from the WebJar the WAR carries:
 * no npm build. The option is kept on the element ({@code data-option}) as the browser receives it; hidden
 * figures are gaps in their line, never values.
 */
@Tag("div")
final class ModuleChart extends Div {

    private static final long serialVersionUID = 1L;

    /** The script of the WebJar, served beside the application. */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    /**
     * Draws once ECharts has loaded (the script may still be on its way when the first chart arrives), and again at
     * the element's size whenever the layout changes it (at first draw the layout may not have settled).
     */
    private static final String DRAW = "const el = this; const option = JSON.parse($0);"
            + " const draw = () => { if (!window.echarts) { setTimeout(draw, 100); return; }"
            + " const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});"
            + " chart.setOption(option, true);"
            + " if (!el.$resizing && window.ResizeObserver) { el.$resizing = new ResizeObserver(() => chart.resize()); el.$resizing.observe(el); } };"
            + " draw();";

    /**
     * @param save     the title of the chart's button that saves it as an image (SVG, the renderer's), for a report
     * @param fileName the saved image's name without extension
     */
    ModuleChart(String moduleId, String title, List<YearMonth> months, List<RollUp.Figure> figures, boolean english, String save,
                String fileName) {
        setId("chart-" + moduleId);
        setWidthFull();
        setHeight("320px");
        String option = option(title, months, figures, english, save, fileName);
        getElement().setAttribute("data-option", option);
        getElement().executeJs(DRAW, option);
    }

    static String option(String title, List<YearMonth> months, List<RollUp.Figure> figures, boolean english, String save,
                         String fileName) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder names = Json.createArrayBuilder();
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (RollUp.Figure figure : figures) {
            IndicatorDefinition d = figure.definition();
            String name = english ? d.nameEn() : d.nameZh();
            names.add(name);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (RollUp.Cell cell : figure.months()) {
                BigDecimal value = FigureFormat.plotted(d, cell);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            JsonObjectBuilder line = Json.createObjectBuilder().add("name", name).add("type", "line").add("data", data)
                    .add("connectNulls", false);
            if (d.unit().equals("yuan") || d.kind() == IndicatorDefinition.Kind.RATIO) {
                line.add("yAxisIndex", 1); // money and percentages on their own axis beside the counts
            }
            series.add(line);
        }
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("text", title).add("textStyle", Json.createObjectBuilder().add("fontSize", 14)))
                .add("tooltip", Json.createObjectBuilder().add("trigger", "axis"))
                .add("toolbox", Json.createObjectBuilder().add("right", 8).add("feature", Json.createObjectBuilder()
                        .add("saveAsImage", Json.createObjectBuilder().add("title", save).add("name", fileName))))
                .add("legend", Json.createObjectBuilder().add("data", names).add("top", 24).add("type", "scroll"))
                .add("grid", Json.createObjectBuilder().add("top", 64).add("left", 48).add("right", 64).add("bottom", 32))
                .add("xAxis", Json.createObjectBuilder().add("type", "category").add("data", labels))
                .add("yAxis", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "value"))
                        .add(Json.createObjectBuilder().add("type", "value")))
                .add("series", series)
                .build().toString();
    }
}
