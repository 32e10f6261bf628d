package org.qiaoyun.api.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.IdentityDocument;

/** A person's rows found the one way every module finds them: a document's hash under either key, a phone by its digits. */
class PersonRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String PURPOSE = "qiaoyun/test/id-hash";

    /** A row as a module keeps one: an id, a keyed hash, a phone and a guardian's. */
    record Row(String id, String idHash, String phone, String guardianPhone) {
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    /** What a database would answer: the rows whose hash is among those asked for. */
    private static List<Row> withHashIn(List<Row> table, List<String> hashes) {
        return table.stream().filter(r -> hashes.contains(r.idHash())).toList();
    }

    /** What {@code like '%1234'} would answer on either phone. */
    private static List<Row> withPhoneLike(List<Row> table, String pattern) {
        String tail = pattern.substring(1);
        return table.stream().filter(r -> (r.phone() != null && r.phone().endsWith(tail))
                || (r.guardianPhone() != null && r.guardianPhone().endsWith(tail))).toList();
    }

    @Test
    void aRowHashedUnderThePreviousKeyIsFoundDuringARotationAndEachRowOnce() {
        IdentityDocument permit = IdentityDocument.of(DocumentKind.HK_MACAO_PERMIT, "H12345678", null, TODAY);
        IdVault before = new IdVault(key(1), PURPOSE);
        IdVault during = IdVault.rotating(key(2), key(1), PURPOSE);
        List<Row> table = List.of(
                new Row("old", before.hash(permit), "13902240001", null),
                new Row("new", during.hash(permit), null, null),
                new Row("other", during.hash(IdentityDocument.of(DocumentKind.HK_MACAO_PERMIT, "H87654321", null, TODAY)), null, null));
        PersonalData.Person person = new PersonalData.Person("H12345678", "+86 139 0224 0001", null);

        List<Row> found = PersonRows.of(person, Row::id)
                .byDocument(during, TODAY, hashes -> withHashIn(table, hashes))
                .byPhone(tail -> withPhoneLike(table, tail), Row::phone, Row::guardianPhone)
                .rows();

        assertThat(found).extracting(Row::id).containsExactly("old", "new");
        assertThat(PersonRows.of(person, Row::id).byDocument(new IdVault(key(2), PURPOSE), TODAY, hashes -> withHashIn(table, hashes))
                .rows()).as("after the rotation, only the new key").extracting(Row::id).containsExactly("new");
        assertThat(person.documentHashes(during, TODAY)).as("both keys").hasSize(2);
        assertThat(person.documentHashes(null, TODAY)).as("a module without a key").isEmpty();
    }

    @Test
    void phonesAreAskedByTheirLastFourDigitsThenComparedByAllOfThem() {
        List<Row> table = List.of(
                new Row("own", null, "139-0224-0001", null),
                new Row("child", null, null, "0086 13902240001"),
                new Row("same tail", null, "13800000001", null));
        List<String> asked = new ArrayList<>();
        PersonalData.Person person = new PersonalData.Person(null, "13902240001", null);

        List<Row> found = PersonRows.of(person, Row::id)
                .byDocument(new IdVault(key(3), PURPOSE), TODAY, hashes -> {
                    asked.add("hashes");
                    return table;
                })
                .byPhone(tail -> {
                    asked.add(tail);
                    return withPhoneLike(table, tail);
                }, Row::phone, Row::guardianPhone)
                .rows();

        assertThat(found).extracting(Row::id).containsExactly("own", "child");
        assertThat(asked).as("no number: no hash query; the phone's tail asked for").containsExactly("%0001");
        assertThat(new PersonalData.Person(null, "0001", null).phoneTail()).as("too short to name anyone").isNull();
        assertThat(PersonRows.of(new PersonalData.Person(null, "0001", null), Row::id)
                .byPhone(tail -> table, Row::phone).rows()).isEmpty();
    }
}
