package org.qiaoyun.kernel.module;

import org.qiaoyun.kernel.text.KernelRefusal;

/** A tenant tried to enable a module that a parent federation's policy forbids. */
public class ModuleNotAllowedException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public ModuleNotAllowedException(String tenantCode, String moduleId) {
        super("kernel.module.not-allowed", moduleId, tenantCode);
    }
}
