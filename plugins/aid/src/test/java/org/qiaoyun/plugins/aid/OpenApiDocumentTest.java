package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Inputs;
import org.qiaoyun.plugins.aid.casework.CaseStatus;
import org.qiaoyun.plugins.aid.casework.CaseStep;
import org.qiaoyun.plugins.aid.fund.FundEntry;
import org.qiaoyun.testing.OpenApiDocuments;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the module ships describes exactly the endpoints (paths and methods) its resources serve. */
class OpenApiDocumentTest {

    @Test
    void documentAndResourcesHaveTheSameEndpoints() {
        Map<String, Set<String>> served = OpenApiDocuments.served(AidResource.class);
        assertThat(served).containsKeys("/beneficiaries", "/cases/{id}/{step}", "/funds/{id}/ledger.xlsx");
        assertThat(OpenApiDocuments.documented(AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml")))
                .isEqualTo(served);
    }

    /** The steps and statuses a client may send or read are those of the workflow's table, no more, no fewer. */
    @Test
    void documentNamesEveryStepAndStatusOfTheWorkflow() {
        assertThat(schemaEnum("CaseStep")).containsExactlyElementsOf(Stream.of(CaseStep.values()).map(CaseStep::wire).toList());
        assertThat(schemaEnum("CaseStatus")).containsExactlyElementsOf(Stream.of(CaseStatus.values()).map(Inputs::lower).toList());
        assertThat(propertyEnum("LedgerEntry", "kind")).containsExactlyElementsOf(Stream.of(FundEntry.Kind.values()).map(Inputs::lower).toList());
    }

    @SuppressWarnings("unchecked")
    static List<String> propertyEnum(String schema, String property) {
        Map<String, Object> properties = (Map<String, Object>) schemas().get(schema);
        return (List<String>) ((Map<String, Object>) ((Map<String, Object>) properties.get("properties")).get(property)).get("enum");
    }

    @SuppressWarnings("unchecked")
    static List<String> schemaEnum(String schema) {
        return (List<String>) ((Map<String, Object>) schemas().get(schema)).get("enum");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas() {
        Map<String, Object> document = new Yaml().load(AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml"));
        return (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
    }
}
