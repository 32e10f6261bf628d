package org.qiaoyun.kernel.identity;

import org.qiaoyun.kernel.text.KernelRefusal;

/** The right password, but the second factor's code is missing or wrong (answered 401, naming the field {@code code}). */
public class SecondFactorNeeded extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public SecondFactorNeeded(String code) {
        super(code);
    }
}
