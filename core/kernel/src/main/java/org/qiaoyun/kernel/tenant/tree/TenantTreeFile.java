package org.qiaoyun.kernel.tenant.tree;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a tenant tree kept as YAML (see {@code tenants-config/tenant-tree.schema.json}): one root
 * federation with nested {@code children}.
 */
public final class TenantTreeFile {

    private TenantTreeFile() {
    }

    public static TenantNode read(InputStream yaml) {
        try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(document instanceof Map<?, ?> root)) {
                throw new IllegalArgumentException("a tenant tree file holds one federation (a mapping) at its top");
            }
            return node(root, "");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read tenant tree: " + e.getMessage(), e);
        }
    }

    private static TenantNode node(Map<?, ?> map, String where) {
        String code = text(map, "code", where);
        String at = where.isEmpty() ? code : where + " > " + code;
        List<TenantNode> children = new ArrayList<>();
        Object kids = map.get("children");
        if (kids instanceof List<?> list) {
            for (Object kid : list) {
                if (!(kid instanceof Map<?, ?> kidMap)) {
                    throw new IllegalArgumentException(at + ": every child is a mapping");
                }
                children.add(node(kidMap, at));
            }
        }
        List<TenantNode.AccountNode> accounts = new ArrayList<>();
        Object users = map.get("accounts");
        if (users instanceof List<?> list) {
            for (Object user : list) {
                if (!(user instanceof Map<?, ?> userMap)) {
                    throw new IllegalArgumentException(at + ": every account is a mapping");
                }
                Set<String> roles = moduleIds(userMap.get("roles"));
                accounts.add(new TenantNode.AccountNode(text(userMap, "username", at), roles == null ? List.of() : List.copyOf(roles),
                        text(userMap, "password", at)));
            }
        }
        return new TenantNode(code, text(map, "level", at), text(map, "nameZh", at), text(map, "nameEn", at),
                optionalText(map, "divisionCode"), moduleIds(map.get("modulesAllowedForDescendants")),
                moduleIds(map.get("modulesEnabled")), accounts, children);
    }

    private static String text(Map<?, ?> map, String key, String where) {
        String value = optionalText(map, key);
        if (value == null) {
            throw new IllegalArgumentException((where.isEmpty() ? "root" : where) + ": " + key + " is required");
        }
        return value;
    }

    private static String optionalText(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static Set<String> moduleIds(Object value) {
        if (value == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(id -> ids.add(id.toString()));
        } else {
            ids.add(value.toString());
        }
        return ids;
    }
}
