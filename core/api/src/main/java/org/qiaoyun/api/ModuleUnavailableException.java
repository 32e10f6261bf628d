package org.qiaoyun.api;

/**
 * Thrown when a module asks for a tenant in which it may not work now: the tenant does not exist,
 * is suspended, or has the module switched off. REST answers it as 404.
 */
public class ModuleUnavailableException extends RefusalException {

    private static final long serialVersionUID = 1L;

    public ModuleUnavailableException(String message) {
        super(message);
    }

    public ModuleUnavailableException(Text text) {
        super(text);
    }
}
