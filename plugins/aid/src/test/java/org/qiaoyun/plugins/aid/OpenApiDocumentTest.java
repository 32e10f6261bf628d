package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.testing.OpenApiDocuments;

/** The OpenAPI document the module ships describes exactly the endpoints (paths and methods) its resources serve. */
class OpenApiDocumentTest {

    @Test
    void documentAndResourcesHaveTheSameEndpoints() {
        Map<String, Set<String>> served = OpenApiDocuments.served(AidResource.class);
        assertThat(served).containsKeys("/beneficiaries", "/cases/{id}/{step}", "/funds/{id}/ledger.xlsx");
        assertThat(OpenApiDocuments.documented(AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml")))
                .isEqualTo(served);
    }
}
