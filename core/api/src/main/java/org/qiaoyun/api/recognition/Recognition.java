package org.qiaoyun.api.recognition;

import java.util.List;

/**
 * Recognition that flows up, offered to modules by the platform: a module hands a nomination its federation endorsed
 * (a volunteer for 最美基层侨联志愿者, say) to the federation's nominations, which go up level by level to the
 * federation that awards the title. The caller must be an admin of the federation, at home in it; the platform
 * refuses as it refuses its own nominations (an awarding federation that is not above, the same nominee twice, a
 * year that is not last, this or next year), naming the field.
 */
public interface Recognition {

    /** The titles the platform's nominations carry. */
    enum Award {
        /** 最美基层侨联工作者 */
        WORKER,
        /** 最美基层侨联志愿者 */
        VOLUNTEER,
        /** 示范单位 */
        MODEL_UNIT
    }

    /** A federation above that may award a title, nearest first. */
    record Federation(String code, String nameZh, String nameEn) {
    }

    /** Sends a nomination up; returns the platform's nomination id. */
    String nominate(Award award, int year, String nominee, String citation, String awardingFederation);

    /** The federations above this one (the national root included), nearest first: where a nomination may be sent. */
    List<Federation> awardingFederations();
}
