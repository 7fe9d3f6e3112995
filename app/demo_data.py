"""Word lists for demo customers: the names, phones and notes a real reception desk types in."""

from __future__ import annotations

SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "欧阳", "司马", "上官", "诸葛",
)  # fmt: skip
GIVEN = (
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "子涵", "浩然", "梓萱", "一诺", "欣怡",
    "宇轩", "雨桐", "思远", "佳怡", "𠮷", "䶮", "𡈽", "喆", "堃", "昇",
)  # fmt: skip
# Names a careless system mangles: rare CJK (two outside the BMP), interpuncts, Latin, emoji.
FEATURED = (
    "王𠮷",
    "刘䶮",
    "张𡈽",
    "阿卜杜拉·买买提",
    "热依拉·阿不都热合曼",
    "古丽娜尔·吐尔逊",
    "娜仁·格日勒",
    "欧阳·娜娜",
    "Anna Müller",
    "John O'Brien",
    "Lily 🌸 Wang",
)
MOBILE_PREFIXES = ("138", "139", "136", "150", "158", "186", "187", "177", "199")
AREA_CODES = ("021", "010", "020", "0755", "0571")
NOTES = (
    "",
    "",
    "",
    "喜欢靠窗的位置，不喜欢打扰",
    '常点"老样子"，周末下午来',
    "对花生过敏\n第二行：请提醒厨房",
    "VIP 接待，需提前准备茶水, 绿茶",
    'Prefers tea, not coffee; says "thanks" a lot',
    "生日在农历八月，按农历送祝福",
    '推荐人：王女士，电话见档案\n备注含逗号,引号"和换行',
)
TIERS = ("regular",) * 7 + ("vip",) * 2 + ("diamond",)
ACTIVITY = ("active",) * 5 + ("dormant",) * 3 + ("potential",) * 2
GENDERS = ("male", "female", "female", "male", "")
# Where demo customers live: district-level addresses as reception types them.
DISTRICTS = ("静安区", "徐汇区", "长宁区", "浦东新区", "黄浦区", "闵行区", "普陀区", "杨浦区")
STREETS = ("南京西路", "淮海中路", "愚园路", "世纪大道", "陆家嘴环路", "虹桥路", "武宁路", "四平路")
