package org.qiaoyun.plugins.volunteers.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;

/**
 * The domain's refusals in the screen's language. The domain and the REST API speak English (API clients
 * read the field and the status); screens speak Chinese unless switched to English, so each refusal the
 * module can throw has its Chinese here, keyed by the English text (with its numbers and names as
 * groups where it has any). {@code RefusalsTest} reads the module's sources and fails for a refusal
 * without its Chinese.
 */
public final class Refusals {

    private static final Map<String, String> FIXED = Map.ofEntries(
            // shifts and sign-ups
            Map.entry("the place is required", "请填写地点"),
            Map.entry("the start is required", "请填写开始时间"),
            Map.entry("a shift ends after it starts", "结束时间须晚于开始时间"),
            Map.entry("a shift lasts at most 24 hours: plan several shifts for a longer activity", "一个班次最长 24 小时，较长的活动请分多个班次"),
            Map.entry("a shift needs at least one volunteer", "名额至少为 1 人"),
            Map.entry("the cancelling deadline is before the start", "可取消截止时间须早于开始时间"),
            Map.entry("cancelling a shift needs a reason", "取消班次须填写原因"),
            Map.entry("this shift is cancelled", "该班次已取消"),
            Map.entry("this shift has begun or is over: it can no longer be changed", "该班次已开始或已结束，不能再修改"),
            Map.entry("this shift has begun or is over: no more sign-ups", "该班次已开始或已结束，不能再报名"),
            Map.entry("the deadline for cancelling this shift has passed", "已过取消报名的截止时间"),
            Map.entry("the check-in code is wrong", "签到码不正确"),
            Map.entry("check-in is open from half an hour before the start until the end", "签到时间为开始前半小时至结束"),
            Map.entry("someone else changed this shift meanwhile: reload it and try again", "该班次已被他人修改，请刷新后重试"),
            Map.entry("there is no such volunteer here", "本侨联没有这位志愿者"),
            Map.entry("only an approved volunteer signs up for shifts", "志愿者登记审核通过后才能报名"),
            Map.entry("you are signed up for a shift at the same time", "您已报名同一时段的其他班次"),
            Map.entry("this sign-up is cancelled already", "该报名已取消"),
            Map.entry("a shift already checked in cannot be cancelled", "已签到的班次不能取消"),
            Map.entry("only a confirmed volunteer checks in", "只有已确认的志愿者才能签到"),
            Map.entry("checked in already", "已经签到过了"),
            Map.entry("check in before checking out", "请先签到再签退"),
            Map.entry("checked out already", "已经签退过了"),
            Map.entry("a correction of hours needs a reason", "更正服务时长须填写原因"),
            Map.entry("only a sign-up waiting for the organiser's confirmation is confirmed", "只有待确认的报名才能确认"),
            Map.entry("turning a sign-up down needs a reason", "不录用须填写原因"),
            Map.entry("a shift is evaluated once it is served", "班次服务完成（有服务时长）后才能评价"),
            Map.entry("the evaluation is required", "请选择评价"),
            Map.entry("a failing evaluation says why", "评为不合格须说明原因"),
            Map.entry("the note is at most 500 characters", "评语最多 500 字"),
            Map.entry("only a sign-up not yet confirmed is turned down", "只有尚未确认的报名才能不录用"),
            Map.entry("the minutes must be between 0 and the length of the shift", "分钟数须在 0 与班次时长之间"),
            // activities
            Map.entry("the activity's title is required", "请填写活动名称"),
            Map.entry("the title is at most 200 characters", "名称最多 200 字"),
            Map.entry("the description is at most 2,000 characters", "简介最多 2000 字"),
            Map.entry("cancelling an activity needs a reason", "取消活动须填写原因"),
            Map.entry("this activity is cancelled", "该活动已取消"),
            Map.entry("someone else changed this activity meanwhile: reload it and try again", "该活动已被他人修改，请刷新后重试"),
            Map.entry("a staffing request names its module and its own reference (at most 100 characters)", "用工请求须注明来源模块及其编号（最多 100 字）"),
            Map.entry("a staffing request says what is needed", "用工请求须说明需要什么"),
            // volunteers, training, recognition
            Map.entry("the volunteer's platform account is required", "请填写志愿者的平台账号"),
            Map.entry("the name is required", "请填写姓名"),
            Map.entry("ID numbers cannot be kept here: the federation's key (QIAOYUN_VOLUNTEERS_ID_KEY) is not configured",
                    "本平台尚未配置身份证号加密密钥，暂不能登记身份证号"),
            Map.entry("the birth date cannot be in the future", "出生日期不能晚于今天"),
            Map.entry("a volunteer under 18 serves with a guardian's consent: the guardian's name is required",
                    "未满 18 周岁的志愿者须经监护人同意：请填写监护人姓名"),
            Map.entry("the guardian's phone is required", "请填写监护人电话"),
            Map.entry("a volunteer with this ID number is registered already", "该身份证号已登记为志愿者"),
            Map.entry("no ID number is kept for this volunteer", "该志愿者未登记身份证号"),
            Map.entry("a resident ID number has 17 digits and a check character (digit or X)", "身份证号应为 17 位数字加 1 位校验码（数字或 X）"),
            Map.entry("the check character of this resident ID number is wrong", "身份证号校验码不正确"),
            Map.entry("the birth date in this resident ID number does not exist", "身份证号中的出生日期不存在"),
            Map.entry("the birth date in this resident ID number is impossible", "身份证号中的出生日期不合理"),
            Map.entry("the volunteer is approved already", "该志愿者已审核通过"),
            Map.entry("volunteers register themselves; organisers register others", "志愿者只能登记本人，登记他人须由组织者办理"),
            Map.entry("no user of this federation has this username", "本侨联没有使用该用户名的用户"),
            Map.entry("hours are recorded once the shift has ended", "班次结束后才能登记或更正服务时长"),
            Map.entry("the course is required", "请填写课程名称"),
            Map.entry("the completion date is required and cannot be in the future", "请填写完成日期，且不能晚于今天"),
            Map.entry("the hours of a course are between 1 and 200", "课程学时须在 1 至 200 之间"),
            Map.entry("between 1 and 10 star thresholds", "星级标准须有 1 至 10 档"),
            Map.entry("star thresholds are positive and rising, e.g. 100, 300, 600", "星级标准须为递增的正整数，如 100, 300, 600"),
            Map.entry("the award is required, e.g. 最美基层侨联志愿者", "请填写荣誉名称，如：最美基层侨联志愿者"),
            Map.entry("the award's name is at most 100 characters", "荣誉名称最多 100 字"),
            Map.entry("nominations are for last year, this year or next year", "只能推荐上一年度、本年度或下一年度"),
            Map.entry("say in a few sentences (10 characters or more) why the volunteer deserves it", "请用几句话（至少 10 字）说明推荐理由"),
            Map.entry("the reason is at most 1,000 characters", "推荐理由最多 1000 字"),
            Map.entry("this nomination is decided already", "该推荐已审定"),
            Map.entry("the one who proposed a nomination does not decide it", "推荐人不能审定自己提交的推荐"),
            Map.entry("declining a nomination needs a note for the one who proposed it", "不通过时须填写意见，供推荐人参考"),
            Map.entry("someone else changed this nomination meanwhile: reload it", "该推荐已被他人处理，请刷新"),
            Map.entry("someone else changed these details meanwhile: reload them and try again", "资料已被他人修改，请刷新后重试"),
            Map.entry("someone else changed the star thresholds meanwhile: reload them and try again", "星级标准已被他人修改，请刷新后重试"),
            // permissions
            Map.entry("this needs the organiser or admin role", "此操作需要组织者或管理员权限"),
            Map.entry("volunteers act for themselves only", "志愿者只能为本人办理"),
            Map.entry("this needs the admin role", "此操作需要管理员权限"));

    /** Refusals that carry numbers or names: the English as a pattern, the Chinese with $1, $2... */
    private static final List<Map.Entry<Pattern, String>> WITH_VALUES = List.of(
            Map.entry(Pattern.compile("(\\d+) people signed up for these times: cancel this shift and plan another"),
                    "已有 $1 人按此时间报名，时间不能再改：请取消该班次并另行安排"),
            Map.entry(Pattern.compile("(\\d+) volunteers are confirmed: the places cannot be fewer"), "已有 $1 名志愿者确认，名额不能少于此数"),
            Map.entry(Pattern.compile("(.+) is registered as a volunteer already"), "$1 已登记为志愿者"),
            Map.entry(Pattern.compile("(.+) is nominated for (.+) (\\d{4}) already"), "$1 已被推荐为 $3 年度$2"));

    private Refusals() {
    }

    /** The refusal in the language of the current screen. */
    public static String say(RuntimeException refusal) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.CHINESE : ui.getLocale();
        if (refusal instanceof org.qiaoyun.api.Refusal coded && coded.text() != null) {
            return coded.text().in(locale, Refusals.class.getClassLoader()); // the platform's and the kernel's refusals
        }
        return say(refusal.getMessage(), locale);
    }

    /** The refusal's English text in the given language; English, or text with no Chinese here, as it is. */
    public static String say(String english, Locale locale) {
        if (english == null || locale != null && locale.getLanguage().equals("en")) {
            return english;
        }
        String fixed = FIXED.get(english);
        if (fixed != null) {
            return fixed;
        }
        for (Map.Entry<Pattern, String> entry : WITH_VALUES) {
            Matcher matcher = entry.getKey().matcher(english);
            if (matcher.matches()) {
                return matcher.replaceFirst(entry.getValue());
            }
        }
        return english;
    }
}
