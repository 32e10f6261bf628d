package org.qiaoyun.kernel.indicator;

import java.util.List;
import java.util.Optional;

import org.qiaoyun.api.IndicatorDefinition;

/** The indicators the running modules declare, module by module: what a roll-up may be asked for. */
@FunctionalInterface
public interface IndicatorCatalogue {

    /** A module that declares indicators, with its names for headings. */
    record ModuleIndicators(String moduleId, String nameZh, String nameEn, List<IndicatorDefinition> definitions) {

        public ModuleIndicators {
            definitions = List.copyOf(definitions);
        }

        public Optional<IndicatorDefinition> find(String code) {
            return definitions.stream().filter(d -> d.code().equals(code)).findFirst();
        }
    }

    /** The modules, in a stable order. */
    List<ModuleIndicators> modules();

    default Optional<ModuleIndicators> module(String moduleId) {
        return modules().stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
    }
}
