package org.qiaoyun.kernel.module;

/** No module with this id is installed. */
public class UnknownModuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownModuleException(String moduleId) {
        super("no module " + moduleId + " is installed");
    }
}
