package org.qiaoyun.kernel.module;

import org.qiaoyun.kernel.text.KernelRefusal;

/** No module with this id is installed. */
public class UnknownModuleException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownModuleException(String moduleId) {
        super("kernel.module.unknown", moduleId);
    }
}
