package org.qiaoyun.kernel.text;

import org.qiaoyun.api.RefusalException;
import org.qiaoyun.api.Text;

/** A refusal of the kernel's, made from a code of its bundles ({@code texts/kernel*.properties}) and arguments. */
public abstract class KernelRefusal extends RefusalException {

    private static final long serialVersionUID = 1L;

    protected KernelRefusal(String code, Object... arguments) {
        super(Text.of(code, arguments));
    }
}
