"""The venue's Chinese words for the archive's codes, as printed on its paper forms (the UI
words them through tr())."""

from __future__ import annotations

from collections.abc import Iterable

CONTENT_ZH = {
    "id_copy": "身份证复印件",
    "contract": "合同",
    "signed_forms": "签字表单",
    "receipts": "收据",
    "other": "其他",
}
LEVEL_ZH = {"normal": "普通", "confidential": "机密", "top_secret": "绝密"}
STAGE_ZH = {"department": "部门负责人", "archive": "档案管理员", "general_manager": "总经理"}
CONDITION_ZH = {"complete": "完好", "damaged": "破损", "missing_pages": "缺页", "": ""}
METHOD_ZH = {"shred": "碎纸机粉碎", "pulp": "化浆", "incinerate": "焚烧"}
STATE_ZH = {
    "pending": "审批中",
    "refused": "未批准",
    "approved": "已批准待借出",
    "lent": "借出中",
    "returned": "已归还注销",
}


def contents_zh(codes: Iterable[str]) -> str:
    return "、".join(CONTENT_ZH.get(c, c) for c in codes)


def highest_level(levels: Iterable[str]) -> str:
    """The strictest classification among the files, for the form's corner box."""
    order = ["normal", "confidential", "top_secret"]
    return max(levels, key=lambda v: order.index(v) if v in order else 0, default="normal")
