package org.qiaoyun.kernel.identity;

/** The right password, but the second factor's code is missing or wrong (answered 401, naming the field {@code code}). */
public class SecondFactorNeeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecondFactorNeeded(String message) {
        super(message);
    }
}
