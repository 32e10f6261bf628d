package org.qiaoyun.plugins.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.testing.OpenApiDocuments;

/** The OpenAPI document the module ships describes exactly the endpoints (paths and methods) its resources serve. */
class OpenApiDocumentTest {

    @Test
    void documentAndResourcesHaveTheSameEndpoints() {
        Map<String, Set<String>> served = OpenApiDocuments.served(VolunteersResource.class);
        assertThat(served).containsKeys("/volunteers", "/shifts/{id}/sign-ups", "/nominations/{id}/decision");
        assertThat(OpenApiDocuments.documented(VolunteersResource.class.getResourceAsStream("/META-INF/openapi/volunteers.yaml")))
                .isEqualTo(served);
    }
}
