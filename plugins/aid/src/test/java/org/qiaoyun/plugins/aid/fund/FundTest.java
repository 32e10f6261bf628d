package org.qiaoyun.plugins.aid.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;

class FundTest {

    private static final java.time.Instant AT = java.time.Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void moneyIsFenNeverFloatingPoint() {
        assertThat(Money.yuan("amount", "1234.5", true).fen()).isEqualTo(123_450);
        assertThat(Money.yuan("amount", new BigDecimal("0.01"), true).fen()).isEqualTo(1);
        assertThat(new Money(123_450).toYuan()).isEqualByComparingTo("1234.50");
        assertThat(new Money(5).toString()).isEqualTo("¥0.05");
        assertThat(new Money(1_234_567_00).toString()).as("as people read amounts").isEqualTo("¥1,234,567.00");
        assertThatThrownBy(() -> Money.yuan("amount", "0.001", true)).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Money.yuan("amount", "0", true)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> Money.yuan("amount", "-5", true)).hasMessageContaining("more than zero");
        assertThatThrownBy(() -> Money.yuan("amount", "abc", true)).isInstanceOf(InvalidInputException.class);
        for (String odd : new String[] {"1e5", "[1]", "１００", "+5", "1,000", " ", "0x10", "NaN", "12.345"}) {
            assertThatThrownBy(() -> Money.yuan("amount", odd, true)).as(odd).isInstanceOf(InvalidInputException.class);
        }
        assertThat(Money.yuan("amount", " 1200.50 ", true)).isEqualTo(new Money(1_200_50));
    }

    @Test
    void fundCannotGoNegative() {
        Fund fund = new Fund("侨爱心基金", FundSource.OVERSEAS_DONATION, "旅美台山同乡会", AT);
        fund.receive(new Money(100_00), "admin", "捐赠", AT);
        FundEntry paid = fund.disburse(new Money(60_00), "case-1", "worker", null, AT);
        assertThat(paid.balance()).isEqualTo(new Money(40_00));
        assertThat(paid.source()).isEqualTo(FundSource.OVERSEAS_DONATION);
        assertThatThrownBy(() -> fund.disburse(new Money(40_01), "case-2", "worker", null, AT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("less than");
        assertThat(fund.balance()).isEqualTo(new Money(40_00));
        assertThatThrownBy(() -> fund.disburse(Money.ZERO, "case-2", "worker", null, AT)).hasMessageContaining("more than zero");
    }

    /** A wrong line is put right by a line the other way that names it; the original stays, and once is all. */
    @Test
    void aWrongLineIsReversedOnceTheOtherWayAndTheOriginalStays() {
        Fund fund = new Fund("侨爱心基金", FundSource.OVERSEAS_DONATION, null, AT);
        FundEntry receipt = fund.receive(new Money(100_00), "admin", "捐赠", AT);
        FundEntry paid = fund.disburse(new Money(30_00), "case-1", "worker", null, AT);
        FundEntry back = fund.reverse(paid, false, "director", "重复发放", AT);
        assertThat(back.kind()).isEqualTo(FundEntry.Kind.REVERSAL);
        assertThat(back.amount()).isEqualTo(new Money(30_00));
        assertThat(back.balance()).isEqualTo(new Money(100_00));
        assertThat(back.reverses()).isEqualTo(paid.id());
        assertThat(back.caseId()).as("a payment's reversal names its case").isEqualTo("case-1");
        assertThat(back.note()).isEqualTo("重复发放");
        assertThat(paid.kind()).isEqualTo(FundEntry.Kind.DISBURSEMENT);
        assertThat(paid.amount()).isEqualTo(new Money(30_00));
        assertThatThrownBy(() -> fund.reverse(paid, true, "director", "again", AT)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.reversal.twice"));
        assertThatThrownBy(() -> fund.reverse(back, false, "director", "undo", AT)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.reversal.of-reversal"));
        assertThatThrownBy(() -> fund.reverse(receipt, false, "director", " ", AT)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.field()).isEqualTo("reason"));
        assertThat(fund.balance()).isEqualTo(new Money(100_00));
    }

    @Test
    void aReceiptWhoseMoneyWasPaidOutIsNotReversed() {
        Fund fund = new Fund("敬老基金", FundSource.FISCAL_BUDGET, null, AT);
        FundEntry receipt = fund.receive(new Money(100_00), "admin", null, AT);
        fund.disburse(new Money(60_00), "case-1", "worker", null, AT);
        assertThatThrownBy(() -> fund.reverse(receipt, false, "director", "金额录错", AT)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.text().code()).isEqualTo("aid.reversal.receipt-spent"));
        assertThat(fund.balance()).isEqualTo(new Money(40_00));
        fund.receive(new Money(60_00), "admin", null, AT);
        assertThat(fund.reverse(receipt, false, "director", "金额录错", AT).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    void fundNeedsNameAndSource() {
        assertThatThrownBy(() -> new Fund(" ", FundSource.OTHER, null, AT)).hasMessageContaining("name");
        assertThatThrownBy(() -> new Fund("x", null, null, AT)).hasMessageContaining("source");
    }
}
