package org.qiaoyun.api.rights;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.qiaoyun.api.personal.IdVault;

/**
 * The rows of one kind a module keeps that are about one person, each once, found the one way every module finds
 * people: by the keyed hash of their document number (every kind it may be, under each key of a rotation) and by
 * their phones (the rows whose phone ends in the same four digits, asked of the database, then compared digit by
 * digit). The module gives the queries; this keeps the rule.
 *
 * <pre>{@code
 * List<Volunteer> found = PersonRows.of(person, Volunteer::id)
 *         .byDocument(vault, today, hashes -> ...where v.idHash in :hashes...)
 *         .byPhone(tail -> ...where v.phone like :tail or v.guardianPhone like :tail..., Volunteer::phone, Volunteer::guardianPhone)
 *         .rows();
 * }</pre>
 *
 * @param <T> the kind of row (an entity)
 */
public final class PersonRows<T> {

    private final PersonalData.Person person;
    private final Function<T, ?> identity;
    private final Map<Object, T> found = new LinkedHashMap<>();

    private PersonRows(PersonalData.Person person, Function<T, ?> identity) {
        this.person = Objects.requireNonNull(person);
        this.identity = Objects.requireNonNull(identity);
    }

    /** The person's rows, none yet; {@code identity} tells when two finds are the same row. */
    public static <T> PersonRows<T> of(PersonalData.Person person, Function<T, ?> identity) {
        return new PersonRows<>(person, identity);
    }

    /**
     * Adds the rows whose keyed hash is one of the person's ({@link PersonalData.Person#documentHashes}); the query is
     * not asked when there is none (no number, or a module without a key).
     */
    public PersonRows<T> byDocument(IdVault vault, LocalDate today, Function<List<String>, List<T>> withHashIn) {
        List<String> hashes = person.documentHashes(vault, today);
        if (!hashes.isEmpty()) {
            withHashIn.apply(hashes).forEach(this::add);
        }
        return this;
    }

    /**
     * Adds the rows one of whose phones ({@code phones}: their own, a guardian's) is the person's: the query gets the
     * {@code like} pattern of the last four digits ({@link PersonalData.Person#phoneTail}), each row it answers is
     * compared by all the digits; a null phone is nobody's. Not asked without a phone that can name anyone.
     */
    @SafeVarargs
    public final PersonRows<T> byPhone(Function<String, List<T>> withPhoneLike, Function<T, String>... phones) {
        String tail = person.phoneTail();
        if (tail != null) {
            withPhoneLike.apply(tail).stream().filter(row -> Stream.of(phones).anyMatch(phone -> person.hasPhone(phone.apply(row))))
                    .forEach(this::add);
        }
        return this;
    }

    /** The rows found, each once, in the order first found. */
    public List<T> rows() {
        return List.copyOf(found.values());
    }

    private void add(T row) {
        found.putIfAbsent(identity.apply(row), row);
    }
}
