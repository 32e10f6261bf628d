package org.qiaoyun.kernel.module;

/** A tenant tried to enable a module that a parent federation's policy forbids. */
public class ModuleNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleNotAllowedException(String tenantCode, String moduleId) {
        super("module " + moduleId + " is not allowed in tenant " + tenantCode + " by a parent federation's policy");
    }
}
