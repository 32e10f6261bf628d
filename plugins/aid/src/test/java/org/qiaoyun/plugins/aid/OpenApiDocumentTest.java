package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the module ships describes exactly the paths its resources serve. */
class OpenApiDocumentTest {

    /** Every path served from {@code type} below {@code prefix}, following sub-resource locators. */
    static void collect(Class<?> type, String prefix, Set<String> paths) {
        for (Method method : type.getDeclaredMethods()) {
            Path path = method.getAnnotation(Path.class);
            String here = path == null ? prefix : prefix + "/" + path.value();
            boolean endpoint = java.util.Arrays.stream(method.getAnnotations())
                    .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
            if (endpoint) {
                paths.add(here);
            } else if (path != null) {
                collect(method.getReturnType(), here, paths); // a sub-resource locator
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentAndResourcesHaveTheSamePaths() throws Exception {
        Set<String> served = new TreeSet<>();
        collect(AidResource.class, "", served);
        assertThat(served).contains("/beneficiaries", "/cases/{id}/{step}", "/funds/{id}/ledger.xlsx");
        try (InputStream in = AidResource.class.getResourceAsStream("/META-INF/openapi/aid.yaml")) {
            Map<String, Object> document = new Yaml().load(in);
            Set<String> documented = ((Map<String, Object>) document.get("paths")).keySet();
            assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        }
    }
}
