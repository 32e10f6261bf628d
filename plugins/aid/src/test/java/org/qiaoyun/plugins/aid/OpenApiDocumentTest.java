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
        assertThat(schemaEnum("DocumentKind")).containsExactlyElementsOf(
                Stream.of(org.qiaoyun.api.personal.DocumentKind.values()).map(Inputs::lower).toList());
        assertThat(schemaEnum("CaseStatus")).containsExactlyElementsOf(Stream.of(CaseStatus.values()).map(Inputs::lower).toList());
        assertThat(schemaEnum("Scheme")).containsExactlyElementsOf(
                Stream.of(org.qiaoyun.plugins.aid.referral.Scheme.values()).map(Inputs::lower).toList());
        assertThat(propertyEnum("Referral", "outcome")).containsExactlyElementsOf(
                Stream.of(org.qiaoyun.plugins.aid.referral.Referral.Outcome.values()).map(Inputs::lower).toList());
        assertThat(propertyEnum("Schedule", "status")).containsExactlyElementsOf(
                Stream.of(org.qiaoyun.plugins.aid.periodic.Schedule.Status.values()).map(Inputs::lower).toList());
        assertThat(propertyEnum("LedgerEntry", "kind")).containsExactlyElementsOf(Stream.of(FundEntry.Kind.values()).map(Inputs::lower).toList());
    }

    /** The spreadsheet of the work list takes the work list's filters, in the document as in the resource. */
    @Test
    void theCasesSpreadsheetTakesTheWorkListsFilters() throws Exception {
        List<String> filters = queryParameters("/cases").stream().filter(name -> !List.of("page", "size").contains(name)).toList();
        assertThat(filters).contains("mine", "status", "type", "beneficiary", "search", "tag");
        assertThat(queryParameters("/cases.xlsx")).containsExactlyInAnyOrderElementsOf(filters);
        java.lang.reflect.Method export = Stream.of(AidResource.class.getMethods()).filter(m -> m.getName().equals("casesSpreadsheet"))
                .findFirst().orElseThrow();
        assertThat(Stream.of(export.getParameters()).filter(p -> p.isAnnotationPresent(jakarta.ws.rs.QueryParam.class))
                .map(p -> p.getAnnotation(jakarta.ws.rs.QueryParam.class).value()))
                .containsExactlyInAnyOrderElementsOf(filters);
    }

    /** The names of a GET's query parameters in the document, references followed. */
    @SuppressWarnings("unchecked")
    static List<String> queryParameters(String path) {
        Map<String, Object> document = new Yaml().load(AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml"));
        Map<String, Object> shared = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("parameters");
        Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(path)).get("get");
        return ((List<Map<String, Object>>) get.get("parameters")).stream()
                .map(p -> p.containsKey("$ref") ? (Map<String, Object>) shared.get(((String) p.get("$ref")).replace("#/components/parameters/", "")) : p)
                .filter(p -> "query".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
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
