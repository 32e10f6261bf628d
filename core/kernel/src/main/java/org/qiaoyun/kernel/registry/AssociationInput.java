package org.qiaoyun.kernel.registry;

import java.util.Locale;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/**
 * What an admin enters for an association, checked field by field. A domestic association (涉侨社团, the "N" of 1+N)
 * has a kind and may have a unified social credit code; an overseas association (海外侨团, the "Y" of 1+Y) has the
 * country or region it is in, and no Chinese code. Either may name the university (or other institutional)
 * federation it forms a triad with ({@code linkedTenant}): local federation, university federation, alumni
 * association.
 */
public record AssociationInput(Association.Scope scope, Association.Kind kind, String name, Uscc uscc, String chair,
                               Integer members, String contact, String country, String city, Integer since, String linkedTenant) {

    private static final int MOST_MEMBERS = 10_000_000;

    public AssociationInput {
        if (scope == null) {
            throw new InvalidInputException("scope", Text.of("kernel.registry.association-scope", "?"));
        }
        name = Texts.required("name", name, 100);
        chair = Texts.optional("chair", chair, 50);
        contact = Texts.optional("contact", contact, 200);
        country = Texts.optional("country", country, 50);
        city = Texts.optional("city", city, 50);
        linkedTenant = Texts.optional("linkedTenant", linkedTenant, 63);
        if (kind == null) {
            throw new InvalidInputException("kind", Text.of("kernel.registry.association-kind", "?"));
        }
        if (scope == Association.Scope.OVERSEAS && uscc != null) {
            throw new InvalidInputException("uscc", Text.of("kernel.registry.association-uscc-domestic"));
        }
        if (scope == Association.Scope.OVERSEAS && country == null) {
            throw new InvalidInputException("country", Text.of("kernel.registry.text-required"));
        }
        if (members != null && (members < 0 || members > MOST_MEMBERS)) {
            throw new InvalidInputException("members", Text.of("kernel.registry.association-members", members));
        }
    }

    /** The year the pairing or the association began: from 1800, never ahead of {@code thisYear}. */
    void checkYear(int thisYear) {
        if (since != null && (since < 1800 || since > thisYear)) {
            throw new InvalidInputException("since", Text.of("kernel.registry.association-since", since));
        }
    }

    /** A scope by its wire name ({@code domestic}, {@code overseas}), refused naming the field otherwise. */
    public static Association.Scope scope(String wire) {
        return parse(Association.Scope.class, "scope", "kernel.registry.association-scope", wire);
    }

    /** A kind by its wire name ({@code hometown}, {@code chamber}, {@code alumni}...). */
    public static Association.Kind kind(String wire) {
        return parse(Association.Kind.class, "kind", "kernel.registry.association-kind", wire);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String code, String wire) {
        if (wire != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(wire.strip())) {
                    return constant;
                }
            }
        }
        throw new InvalidInputException(field, Text.of(code, String.valueOf(wire).toLowerCase(Locale.ROOT)));
    }
}
