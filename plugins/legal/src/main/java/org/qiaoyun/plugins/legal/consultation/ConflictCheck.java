package org.qiaoyun.plugins.legal.consultation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

/**
 * The conflict check (利益冲突审查): the federation's other matters that name the same people, the one asking
 * or another party, by name, by phone or by the keyed hash of the ID number. It reads the parties only; who may
 * see which matter it found is the caller's business ({@link Consultations}).
 */
final class ConflictCheck {

    /** How a matter was found. */
    enum Match {
        NAME, PHONE, RESIDENT_ID
    }

    /** The people to look for: names, phones and ID hashes of everybody the matter names. */
    record Probe(Set<String> nameKeys, Set<String> phoneKeys, Set<String> idHashes) {

        static Probe of(Collection<Party> parties) {
            return of(parties, Set.of());
        }

        /**
         * The same, looking also for these hashes of the person asking: while a key rotation runs, the hash under the
         * other key too, so that a matter sealed under the previous key is still found.
         */
        static Probe of(Collection<Party> parties, Collection<String> moreHashes) {
            Set<String> names = new TreeSet<>();
            Set<String> phones = new TreeSet<>();
            Set<String> ids = new TreeSet<>();
            for (Party party : parties) {
                names.add(party.nameKey());
                if (party.phoneKey() != null) {
                    phones.add(party.phoneKey());
                }
                if (party.idHash() != null) {
                    ids.add(party.idHash());
                }
            }
            ids.addAll(moreHashes);
            return new Probe(names, phones, ids);
        }
    }

    /** Another matter that names one of the people, and how. */
    record Found(String consultationId, Set<Match> matches, Set<String> names) {
    }

    private ConflictCheck() {
    }

    /** The matters (other than {@code except}, which may be null) naming someone of the probe, each once. */
    static List<Found> find(EntityManager em, Probe probe, String except) {
        List<Party> hits = new ArrayList<>();
        if (!probe.nameKeys().isEmpty()) {
            hits.addAll(em.createQuery("select p from Party p where p.nameKey in :names", Party.class)
                    .setParameter("names", probe.nameKeys()).getResultList());
        }
        if (!probe.phoneKeys().isEmpty()) {
            hits.addAll(em.createQuery("select p from Party p where p.phoneKey in :phones", Party.class)
                    .setParameter("phones", probe.phoneKeys()).getResultList());
        }
        if (!probe.idHashes().isEmpty()) {
            hits.addAll(em.createQuery("select p from Party p where p.idHash in :ids", Party.class)
                    .setParameter("ids", probe.idHashes()).getResultList());
        }
        Map<String, Set<Match>> matches = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Party hit : hits) {
            if (Objects.equals(hit.consultationId(), except)) {
                continue;
            }
            Set<Match> how = matches.computeIfAbsent(hit.consultationId(), id -> new TreeSet<>());
            if (probe.nameKeys().contains(hit.nameKey())) {
                how.add(Match.NAME);
            }
            if (hit.phoneKey() != null && probe.phoneKeys().contains(hit.phoneKey())) {
                how.add(Match.PHONE);
            }
            if (hit.idHash() != null && probe.idHashes().contains(hit.idHash())) {
                how.add(Match.RESIDENT_ID);
            }
            names.computeIfAbsent(hit.consultationId(), id -> new TreeSet<>()).add(hit.name());
        }
        return matches.entrySet().stream().map(e -> new Found(e.getKey(), Set.copyOf(e.getValue()), Set.copyOf(names.get(e.getKey()))))
                .toList();
    }
}
