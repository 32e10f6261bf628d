package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.consultation.Step;
import org.qiaoyun.testing.OpenApiDocuments;
import org.qiaoyun.testing.TextBundles;
import org.yaml.snakeyaml.Yaml;

/** The module speaks Chinese and English alike, and its OpenAPI document describes exactly what it serves. */
class LegalTextsAndDocumentTest {

    private static final ClassLoader LOADER = LegalTextsAndDocumentTest.class.getClassLoader();

    @Test
    void everyCodeAndEveryNameOfTheWorkflowHasBothTexts() {
        TextBundles.assertComplete("legal", Path.of("src/main/java"), LOADER);
        // names built from enums at run time, which the sources do not spell out
        for (List<? extends Enum<?>> values : List.of(List.of(Category.values()), List.of(Channel.values()), List.of(Relation.values()),
                List.of(Outcome.values()), List.of(Destination.values()), List.of(Satisfaction.values()), List.of(Status.values()))) {
            for (Enum<?> value : values) {
                String code = "legal." + prefix(value) + "." + value.name();
                assertThat(Text.of(code).in(Text.CHINESE, LOADER)).as(code).doesNotStartWith("legal.");
                assertThat(Text.of(code).in(Text.ENGLISH, LOADER)).as(code).doesNotStartWith("legal.");
            }
        }
        for (Step step : Step.values()) {
            assertThat(Text.of("legal.step." + step.wire()).in(Text.CHINESE, LOADER)).doesNotStartWith("legal.");
        }
    }

    private static String prefix(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theDocumentDescribesTheResourcesWithAnOperationIdAndTagsOnEveryOperation() {
        assertThat(OpenApiDocuments.documented(document())).isEqualTo(OpenApiDocuments.served(LegalResource.class));
        assertThat(OpenApiDocuments.served(LegalResource.class)).containsKeys("/consultations", "/stations", "/advisers",
                "/education-sessions", "/consultations/{id}/{step}");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) new Yaml()
                .<Map<String, Object>>load(document()).get("paths");
        java.util.Set<String> ids = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((verb, value) -> {
            if (List.of("get", "post", "put", "delete").contains(verb)) {
                Map<String, Object> operation = (Map<String, Object>) value;
                assertThat(operation).as(verb + " " + path).containsKeys("operationId", "tags", "responses");
                assertThat(ids.add((String) operation.get("operationId"))).as("unique " + operation.get("operationId")).isTrue();
            }
        }));
    }

    private static InputStream document() {
        return LegalResource.class.getResourceAsStream("/META-INF/openapi/legal.yaml");
    }
}
