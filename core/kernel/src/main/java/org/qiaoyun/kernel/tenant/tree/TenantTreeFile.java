package org.qiaoyun.kernel.tenant.tree;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a tenant tree kept as YAML (see {@code tenants-config/tenant-tree.schema.json}): one federation
 * with nested {@code children}. It keeps the line of every federation and notes every shape error
 * (unknown field, missing field, wrong type) with its line, so that a file is refused with all its
 * faults at once.
 */
public final class TenantTreeFile {

    /** The largest tree file read: several thousand federations fit in a tenth of it. */
    public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    private static final Set<String> FIELDS = Set.of("code", "parent", "level", "nameZh", "nameEn", "divisionCode", "status",
            "modulesAllowedForDescendants", "modulesEnabled", "accounts", "children");

    private final List<TreeError> errors = new ArrayList<>();

    private TenantTreeFile() {
    }

    /**
     * Reads the file, keeping its shape errors for the planner to report with the others.
     *
     * @throws InvalidTreeException when the file is not YAML or holds no federation at all
     */
    public static TreeFile read(InputStream yaml) {
        try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (java.io.IOException e) {
            throw new InvalidTreeException(List.of(new TreeError(0, null, "cannot read the file: " + e.getMessage())));
        }
    }

    public static TreeFile read(String yaml) {
        return read(new StringReader(yaml));
    }

    private static TreeFile read(Reader reader) {
        TenantTreeFile file = new TenantTreeFile();
        Node document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0); // a tree needs no aliases; recursive ones would never end
            options.setAllowRecursiveKeys(false);
            options.setCodePointLimit(MAX_CODE_POINTS);
            options.setNestingDepthLimit(64);
            document = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidTreeException(List.of(new TreeError(line, null, "not valid YAML: " + e.getProblem())));
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidTreeException(List.of(new TreeError(0, null, "not valid YAML: " + e.getMessage())));
        }
        if (!(document instanceof MappingNode root)) {
            throw new InvalidTreeException(List.of(new TreeError(document == null ? 0 : line(document), null,
                    "a tenant tree file holds one federation (a mapping) at its top")));
        }
        return new TreeFile(file.federation(root, true), file.errors);
    }

    private TenantNode federation(MappingNode map, boolean root) {
        String code = null, parent = null, level = null, nameZh = null, nameEn = null, division = null, status = null;
        Set<String> allowed = null, enabled = null;
        List<TenantNode.AccountNode> accounts = new ArrayList<>();
        List<TenantNode> children = new ArrayList<>();
        java.util.Map<String, Integer> lines = new java.util.HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), null);
            Node value = tuple.getValueNode();
            if (key != null) {
                lines.put(key, line(tuple.getKeyNode()));
            }
            if (key == null || !FIELDS.contains(key)) {
                errors.add(new TreeError(line(tuple.getKeyNode()), key, "unknown field " + key + "; allowed: " + FIELDS));
                continue;
            }
            switch (key) {
                case "code" -> code = scalar(value, key);
                case "parent" -> parent = root ? scalar(value, key) : misplaced(value, key);
                case "level" -> level = scalar(value, key);
                case "nameZh" -> nameZh = scalar(value, key);
                case "nameEn" -> nameEn = scalar(value, key);
                case "divisionCode" -> division = scalar(value, key);
                case "status" -> status = scalar(value, key);
                case "modulesAllowedForDescendants" -> allowed = ids(value, key);
                case "modulesEnabled" -> enabled = ids(value, key);
                case "accounts" -> accounts = accounts(value);
                case "children" -> children = children(value);
                default -> throw new IllegalStateException(key);
            }
        }
        for (String required : List.of("code", "level", "nameZh", "nameEn")) {
            boolean missing = switch (required) {
                case "code" -> code == null;
                case "level" -> level == null;
                case "nameZh" -> nameZh == null;
                default -> nameEn == null;
            };
            if (missing) {
                errors.add(new TreeError(line(map), required, required + " is required"));
            }
        }
        return new TenantNode(code, parent, level, nameZh, nameEn, division, status, allowed, enabled, accounts, children,
                line(map), lines);
    }

    private String misplaced(Node value, String key) {
        errors.add(new TreeError(line(value), key, "only the top federation names a parent; the others are nested under theirs"));
        return null;
    }

    private List<TenantNode> children(Node value) {
        List<TenantNode> children = new ArrayList<>();
        if (!(value instanceof SequenceNode list)) {
            errors.add(new TreeError(line(value), "children", "children is a list of federations"));
            return children;
        }
        for (Node child : list.getValue()) {
            if (child instanceof MappingNode mapping) {
                children.add(federation(mapping, false));
            } else {
                errors.add(new TreeError(line(child), "children", "every child is a federation (a mapping)"));
            }
        }
        return children;
    }

    private List<TenantNode.AccountNode> accounts(Node value) {
        List<TenantNode.AccountNode> accounts = new ArrayList<>();
        if (!(value instanceof SequenceNode list)) {
            errors.add(new TreeError(line(value), "accounts", "accounts is a list"));
            return accounts;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode account)) {
                errors.add(new TreeError(line(item), "accounts", "every account is a mapping"));
                continue;
            }
            String username = null, password = null;
            Set<String> roles = null;
            for (NodeTuple tuple : account.getValue()) {
                String key = scalar(tuple.getKeyNode(), null);
                switch (key == null ? "" : key) {
                    case "username" -> username = scalar(tuple.getValueNode(), "username");
                    case "password" -> password = scalar(tuple.getValueNode(), "password");
                    case "roles" -> roles = ids(tuple.getValueNode(), "roles");
                    default -> errors.add(new TreeError(line(tuple.getKeyNode()), key, "unknown account field " + key));
                }
            }
            if (username == null || password == null || roles == null) {
                errors.add(new TreeError(line(account), "accounts", "an account has username, roles and password"));
            } else {
                accounts.add(new TenantNode.AccountNode(username, List.copyOf(roles), password));
            }
        }
        return accounts;
    }

    private Set<String> ids(Node value, String field) {
        Set<String> ids = new LinkedHashSet<>();
        if (value instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                String id = scalar(item, field);
                if (id != null && !ids.add(id)) {
                    errors.add(new TreeError(line(item), field, id + " is listed twice"));
                }
            }
        } else {
            errors.add(new TreeError(line(value), field, field + " is a list, e.g. [aid, volunteers]"));
        }
        return ids;
    }

    private String scalar(Node node, String field) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        if (field != null) {
            errors.add(new TreeError(line(node), field, field + " must be a single value"));
        }
        return null;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
