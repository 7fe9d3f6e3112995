"""Chinese words for the complaint codes on printed forms and reports (the screens word the same
codes through tr()). A venue-typed category or department has no entry and prints as typed."""

from __future__ import annotations

KINDS = {"complaint": "投诉", "suggestion": "建议", "praise": "表扬"}
CHANNELS = {
    "phone": "电话",
    "in_person": "当面",
    "email": "电子邮件",
    "suggestion_box": "意见箱",
    "online_review": "网络评价",
    "letter": "信函",
}
STATES = {
    "received": "已受理",
    "investigating": "调查中",
    "handling": "处理中",
    "waiting_customer": "等待客人",
    "replied": "已答复",
    "following_up": "待回访",
    "closed": "已结案",
    "reopened": "重新处理",
}
SEVERITIES = {"normal": "一般", "major": "重大"}
REQUESTS = {
    "apology": "道歉",
    "refund": "退款",
    "compensation": "赔偿",
    "repair": "维修",
    "exchange": "更换",
    "explanation": "解释说明",
}
MAJOR_REASONS = {
    "repeat": "重复投诉",
    "media": "扬言投诉媒体或主管部门",
    "injury": "人身伤害或安全问题",
    "manager": "经理判定",
}
CATEGORIES = {
    "service_attitude": "服务态度",
    "facilities": "设施设备",
    "hygiene": "卫生",
    "price_billing": "价格与收费",
    "safety": "安全",
    "staff_conduct": "员工行为",
    "other": "其他",
}
DEPARTMENTS = {
    "front_desk": "前台",
    "housekeeping": "客房",
    "food_beverage": "餐饮",
    "recreation": "康乐",
    "engineering": "工程",
    "security": "保安",
    "finance": "财务",
    "other": "其他",
}
REPLY_METHODS = {
    "phone": "电话",
    "in_person": "当面",
    "email": "电子邮件",
    "letter": "信函",
    "sms": "短信",
    "online": "网上回复",
}
FOLLOWUP_METHODS = {"call": "电话回访", "visit": "上门回访"}
DEADLINES = {
    "first_response": "首次响应",
    "plan": "重大投诉处理方案",
    "close": "结案",
    "promised_reply": "承诺答复",
    "followup": "回访",
}
DEADLINE_STATES = {
    "open": "进行中",
    "paused": "暂停（等待客人）",
    "overdue": "已超时",
    "met": "按时完成",
    "late": "超时完成",
}
EVENT_NOTES = {
    "plan": "填写处理方案",
    "investigation": "填写调查报告",
    "remedy": "确定处理决定",
    "followup": "填写回访结果",
    "unsatisfied": "客人不满意，重新处理",
}


def word(table: dict[str, str], code: str) -> str:
    return table.get(code, code)


def words(table: dict[str, str], codes: tuple[str, ...]) -> str:
    return "、".join(word(table, c) for c in codes)
