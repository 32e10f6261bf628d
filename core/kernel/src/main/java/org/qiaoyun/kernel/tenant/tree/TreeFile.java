package org.qiaoyun.kernel.tenant.tree;

import java.util.List;

/**
 * A tenant tree as read from its file: the federations, and the errors of shape found while reading
 * (unknown or missing fields, wrong types). Planning adds the errors of meaning, so that a refused
 * file lists all its faults at once.
 */
public record TreeFile(TenantNode root, List<TreeError> shapeErrors) {

    public TreeFile {
        shapeErrors = List.copyOf(shapeErrors);
    }
}
