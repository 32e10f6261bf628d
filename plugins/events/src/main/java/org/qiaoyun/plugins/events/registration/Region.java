package org.qiaoyun.plugins.events.registration;

import java.util.List;
import java.util.Locale;

/**
 * Where a guest lives, as the figures count it: the mainland, or one of the countries and regions overseas
 * Chinese of the 侨乡 mostly come from, or elsewhere abroad. People type the name as they say it (美国, USA,
 * 马来西亚, Hong Kong); it is kept as typed and counted under one of these.
 */
public enum Region {
    MAINLAND("中国", "中国大陆", "大陆", "内地", "china", "mainland", "mainland china", "cn", "prc"),
    HONG_KONG("香港", "中国香港", "hong kong", "hk", "hongkong"),
    MACAO("澳门", "中国澳门", "macao", "macau", "mo"),
    TAIWAN("台湾", "中国台湾", "taiwan", "tw"),
    UNITED_STATES("美国", "usa", "us", "united states", "america", "u.s.", "u.s.a."),
    CANADA("加拿大", "canada", "ca"),
    MALAYSIA("马来西亚", "malaysia", "my"),
    INDONESIA("印度尼西亚", "印尼", "indonesia", "id"),
    THAILAND("泰国", "thailand", "th"),
    SINGAPORE("新加坡", "singapore", "sg"),
    PHILIPPINES("菲律宾", "philippines", "ph"),
    AUSTRALIA("澳大利亚", "澳洲", "australia", "au"),
    UNITED_KINGDOM("英国", "united kingdom", "uk", "gb", "britain", "england"),
    OTHER_ABROAD();

    private final List<String> names;

    Region(String... names) {
        this.names = List.of(names);
    }

    /** The region a typed name belongs to; a blank name counts as the mainland, an unknown one as elsewhere abroad. */
    public static Region of(String typed) {
        if (typed == null || typed.isBlank()) {
            return MAINLAND;
        }
        String name = typed.strip().toLowerCase(Locale.ROOT);
        for (Region region : values()) {
            if (region.names.contains(name)) {
                return region;
            }
        }
        return OTHER_ABROAD;
    }

    /** Whether a guest from here is an overseas (or Hong Kong, Macao, Taiwan) attendee. */
    public boolean overseas() {
        return this != MAINLAND;
    }

    /** The member code of the indicators' breakdown. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
