package org.qiaoyun.kernel.tenant;

/**
 * What a parent federation fills in to provision a child: the code, the parent, the level and the
 * names, optionally the administrative division code. Raw strings: the rules are checked when the
 * tenant is made, each naming its field.
 */
public record ProvisioningRequest(String code, String parent, String level, String nameZh, String nameEn,
                                  String divisionCode) {
}
