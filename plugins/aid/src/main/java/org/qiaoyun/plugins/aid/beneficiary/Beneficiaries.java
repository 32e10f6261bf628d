package org.qiaoyun.plugins.aid.beneficiary;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.aid.AidIndicators;
import org.qiaoyun.plugins.aid.Permissions;

/** Registering, finding and (with permission, audited) revealing the people a tenant cares for. */
public final class Beneficiaries {

    private final TenantScope scope;
    private final IdVault vault;

    public Beneficiaries(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
    }

    /**
     * Registers a person; the same document twice in a tenant is refused, naming the existing person (the
     * same kind, issuing state and number, or for a travel permit the same lifetime number in another issue).
     */
    public Beneficiary register(Beneficiary.Registration registration) {
        Permissions.requireCaseworker(scope);
        LocalDate today = AidIndicators.today(scope);
        IdentityDocument document = registration.document(today);
        return scope.transaction(em -> {
            byNumber(em, document).ifPresent(existing -> {
                throw new ConflictException(numberField(document.kind()),
                        Text.of("aid.beneficiary.id-registered-as", existing.name(), existing.id()));
            });
            Beneficiary person = Beneficiary.register(registration, document, vault, scope.clock());
            em.persist(person);
            scope.audit("beneficiary.register", person.id()); // the object names the record; no personal data in the log
            return person;
        });
    }

    /**
     * Changes a person's record as the caseworker saw it (a change by someone else meanwhile is refused,
     * 409, not overwritten). Audited.
     */
    public Beneficiary describe(String id, long seenVersion, Beneficiary.Details details) {
        Permissions.requireCaseworker(scope);
        return scope.transaction(em -> {
            Beneficiary person = find(em, id);
            if (person.version() != seenVersion) {
                throw new StaleVersionException();
            }
            person.describe(details, AidIndicators.today(scope));
            scope.audit("beneficiary.describe", person.id());
            return person;
        });
    }

    /** One person's record; reading personal data is written to the audit log. */
    public Beneficiary get(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Beneficiary person = find(em, id);
            scope.audit("beneficiary.read", person.id());
            return person;
        });
    }

    /** The full ID number: for admins only, and every reveal is written to the audit log. */
    public String revealId(String id) {
        Permissions.requireAdmin(scope);
        return scope.transaction(em -> {
            Beneficiary person = find(em, id);
            if (person.erased()) {
                throw new UnknownObjectException(Text.of("aid.rights.number-erased"));
            }
            scope.audit("beneficiary.reveal-id", person.id());
            return vault.decrypt(person.idCipher());
        });
    }

    /** A page of people by name, optionally only those whose name contains {@code search} or with a tag. */
    public List<Beneficiary> search(String search, VulnerabilityTag tag, int first, int max) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            List<Beneficiary> found = query(em, "select b", search, tag, Beneficiary.class)
                    .setFirstResult(first).setMaxResults(max).getResultList();
            // a list shows names and masked numbers: it is a read of personal data, audited like one
            scope.audit("beneficiary.list", "beneficiaries", Text.of("aid.audit.listed", found.size(), first));
            return found;
        });
    }

    /**
     * The names of these people, for a work list or an export that shows whom each case is for: a read of
     * personal data, audited like a list.
     */
    public java.util.Map<String, String> names(java.util.Collection<String> ids) {
        Permissions.requireReaderOfPeople(scope);
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return scope.transaction(em -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (List<String> chunk : chunks(List.copyOf(new java.util.LinkedHashSet<>(ids)))) {
                em.createQuery("select b.id, b.name from Beneficiary b where b.id in :ids", Object[].class)
                        .setParameter("ids", chunk).getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
            }
            scope.audit("beneficiary.list", "beneficiaries", Text.of("aid.audit.listed", names.size(), 0));
            return names;
        });
    }

    /** Lists of at most 1,000 ids: databases bound the length of an IN list. */
    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
        return chunks;
    }

    public long count(String search, VulnerabilityTag tag) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> query(em, "select count(b)", search, tag, Long.class).getSingleResult());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String search, VulnerabilityTag tag, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from Beneficiary b where 1 = 1");
        if (search != null && !search.isBlank()) {
            jpql.append(" and lower(b.name) like :search");
        }
        if (tag != null) {
            jpql.append(" and b.tags like :tag");
        }
        if (type == Beneficiary.class) {
            jpql.append(" order by b.name, b.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        if (search != null && !search.isBlank()) {
            query.setParameter("search", "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (tag != null) {
            query.setParameter("tag", "%" + tag.name() + "%");
        }
        return query;
    }

    static Beneficiary find(EntityManager em, String id) {
        Beneficiary person = em.find(Beneficiary.class, id);
        if (person == null) {
            throw new UnknownObjectException(Text.of("aid.beneficiary.unknown", id));
        }
        return person;
    }

    /** Whether the person exists in this tenant. */
    public static boolean exists(EntityManager em, String id) {
        return em.find(Beneficiary.class, id) != null;
    }

    /** The field a document's number is given in: {@code residentId} for a resident ID (as always), else {@code documentNumber}. */
    public static String numberField(DocumentKind kind) {
        return kind == DocumentKind.RESIDENT_ID ? "residentId" : IdentityDocument.FIELD;
    }

    /**
     * Others who may be this person under another document: the same name and birth date. A resident ID,
     * a residence permit, a passport and a travel permit of one person share no number, and a renewed
     * passport has a new one; the name and the birth date are what they do share. A hint for the
     * caseworker to check, never a refusal: namesakes born on one day exist.
     */
    public List<Beneficiary> possibleDuplicates(String id) {
        Permissions.requireReaderOfPeople(scope);
        return scope.transaction(em -> {
            Beneficiary person = find(em, id);
            List<Beneficiary> found = em.createQuery("select b from Beneficiary b where b.name = :name and b.birthDate = :born and b.id <> :id"
                            + " order by b.id", Beneficiary.class)
                    .setParameter("name", person.name()).setParameter("born", person.birthDate()).setParameter("id", person.id())
                    .setMaxResults(20).getResultList();
            scope.audit("beneficiary.list", "beneficiaries", Text.of("aid.audit.listed", found.size(), 0));
            return found;
        });
    }

    private java.util.Optional<Beneficiary> byNumber(EntityManager em, IdentityDocument document) {
        // during a key rotation a row not yet re-hashed carries the hash under the previous key
        return em.createQuery("select b from Beneficiary b where b.idHash in :hashes", Beneficiary.class)
                .setParameter("hashes", vault.hashes(document)).getResultStream().findFirst();
    }
}
