package org.qiaoyun.plugins.legal.consultation;

/**
 * Who the person asking is to the federation: a returnee (归侨), a relative of overseas Chinese (侨眷), an
 * overseas Chinese (华侨), a foreign national of Chinese origin (外籍华人), a compatriot from Hong Kong or Macao
 * (港澳同胞) or Taiwan (台湾同胞), a returned student (留学人员), or other.
 */
public enum Relation {
    RETURNEE, RELATIVE, OVERSEAS_CHINESE, FOREIGN_CHINESE, HONG_KONG_MACAO, TAIWAN, RETURNED_STUDENT, OTHER
}
