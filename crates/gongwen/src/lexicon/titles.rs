//! Words that tell a title line.

/// Words that end the title of an official document (文种).
pub(crate) const TITLE_ENDINGS: [&str; 36] = [
    "要点", "计划", "方案", "意见", "通知", "办法", "规定", "条例", "决定", "报告", "总结", "纲要", "细则", "规则",
    "批复", "公告", "通告", "决议", "法", "规划", "安排", "指引", "指南", "标准", "制度", "函", "讲话", "说明", "措施",
    "通报", "命令", "议案", "解释", "章程", "守则", "范文",
];
