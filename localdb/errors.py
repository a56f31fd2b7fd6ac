"""Errors the store raises, each with a stable code and a Chinese message.

The message templates live in one table so the UI can translate them
(``QCoreApplication.translate("errors", template)``) and the translation
source can list them all.
"""

from __future__ import annotations

from typing import Any

#: code -> Chinese message template (``str.format`` fields in braces).
MESSAGES: dict[str, str] = {
    "not_a_database": "文件“{path}”不是阳光台的数据库（也不是 SQLite 数据库），未做任何改动。",
    "newer_schema": (
        "数据库由更新版本的阳光台写入（结构版本 {revision}），"
        "本程序无法使用它。请升级阳光台后再打开，数据库未做任何改动。"
    ),
    "folder_read_only": "数据文件夹“{path}”不可写，无法保存数据。请检查文件夹权限或用 --db 指定其他位置。",
    "file_read_only": "数据库文件“{path}”是只读的，无法保存数据。请检查文件权限。",
    "server_unreachable": "无法连接数据库服务器 {target}：{detail}。请检查网络和服务器地址，未做任何改动。",
    "bad_url": "无法识别的数据库地址“{url}”。请使用 SQLAlchemy 地址或数据库文件路径。",
    "corrupt": "数据库文件“{path}”已损坏：{detail}",
    "permission_denied": "当前角色（{role}）无权执行此操作：{action}。",
    "login_failed_no_hint": "用户名或密码错误。",
    "account_locked": "连续输错密码次数过多，账户已锁定，请在 {minutes} 分钟后再试或联系管理员。",
    "account_inactive": "该账户已停用，请联系管理员。",
    "no_password": "该账户尚未设置密码，请联系管理员设置。",
    "already_set_up": "系统已完成初始设置。",
    "required": "请填写“{field}”。",
    "too_long": "“{field}”不能超过 {limit} 个字。",
    "password_too_short": "密码至少需要 {limit} 位。",
    "password_mismatch": "两次输入的密码不一致。",
    "bad_phone": "电话号码“{value}”格式不正确：手机号为 11 位数字，座机如 028-85551234。",
    "bad_hours": "时间“{value}”格式不正确，应为 时:分，例如 08:30。",
    "hours_order": "结束时间必须晚于开始时间。",
    "username_taken": "用户名“{username}”已被使用。",
    "bad_username": "用户名只能包含字母、数字、下划线、点和减号，长度 2–32。",
    "not_found": "找不到{what}（编号 {ident}）。",
    "last_admin": "不能停用或降级最后一位管理员。",
    "backup_invalid": "“{path}”不是有效的阳光台备份：{detail}",
    "bad_transition": "投诉当前状态为“{status}”，不能执行“{action}”。",
    "received_in_future": "受理时间 {value} 晚于当前时间，请检查电脑时钟或重新填写。",
    "unknown_room": "找不到房号“{value}”，请从列表中选择，或留空并填写地点。",
    "room_or_location": "请选择房号或填写地点。",
    "unknown_category": "请选择投诉类别。",
    "unknown_channel": "无法识别的受理渠道“{value}”。",
    "satisfaction_range": "满意度应为 1–5 分。",
    "unknown_user": "找不到处理人（编号 {ident}）。",
    "photo_too_large": "照片“{name}”超过 {limit} MB，请压缩后再添加。",
    "category_taken": "类别“{name}”已存在。",
    "bad_web_address": "网址“{value}”不正确：应以 http:// 或 https:// 开头，且不含空格。",
    # Work calendar: a manager types next year's official schedule in.
    "calendar_format": "放假安排数据格式不正确（{where}）。",
    "calendar_bad_year": "“{value}”不是有效年份，应为 1900–2100 之间的年份。",
    "calendar_bad_date": "“{value}”不是有效日期，应写作 年-月-日，例如 2027-10-01。",
    "calendar_wrong_year": "日期 {value} 不在 {year} 年内。",
    "calendar_conflict": "{value} 不能既是放假日又是调休上班日。",
    "calendar_workday_not_weekend": "{value} 不是周六或周日，本就上班；调休上班日只填周末。",
    "calendar_name_required": "请填写 {value} 对应的节日名称。",
    # Deadline policy and extensions.
    "policy_format": "时限规则格式不正确（{where}）。",
    "policy_range": "时限规则“{where}”应为 {low}–{high} 之间的整数。",
    "extension_not_allowed": "“{urgency}”投诉的时限规则不允许延期。",
    "too_many_extensions": "最多只能延期 {limit} 次。",
    "extension_too_long": "每次延期应为 1–{limit} 个工作日（本次 {value} 个）。",
    "bad_datetime": "无法识别的时间“{value}”，请写作 2026-09-30T16:20 或 2026-09-30T16:20+08:00。",
    "unknown_urgency": "无法识别的紧急程度“{value}”。",
    "last_category": "这是最后一个启用的投诉类别，停用后将无法受理投诉。",
    # Importing historical complaints from Excel or CSV.
    "import_missing_file": "找不到文件“{path}”。",
    "import_unsupported": (
        "无法导入“{path}”：只支持 Excel 工作簿（.xlsx）和 CSV 文件。"
        "旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再导入。"
    ),
    "import_unreadable": "无法读取文件“{path}”（{detail}），请确认它是 Excel 工作簿（.xlsx）或 CSV 文件。",
    "import_empty": "文件“{path}”中没有任何数据。",
    "import_missing_columns": "文件“{path}”的表头（第 {row} 行）缺少“{columns}”列，无法导入。",
    "import_has_errors": "有 {count} 行存在错误，未导入任何数据。请改正后重新导入，或选择只导入无误的行。",
    "import_bad_datetime": "“{value}”不是有效的时间，请写作 2026-03-05 14:20 或 2026/3/5 14:20。",
    "import_in_future": "时间 {value} 晚于当前时间。",
    "import_time_order": "时间 {value} 早于{other}（{other_value}）。",
    "import_unknown_channel": "无法识别的受理渠道“{value}”，可填：{options}。",
    "import_unknown_category": "找不到投诉类别“{value}”（或该类别已停用）。",
    "import_unknown_room": "找不到房号“{value}”，请写作 3栋-2单元-1502 或 3-2-1502。",
    "import_ambiguous_room": "房号“{value}”对应多个房间（{matches}），请写全 楼栋-单元-房号。",
    "import_unknown_status": "无法识别的状态“{value}”，可填：{options}。",
    "import_bad_satisfaction": "满意度“{value}”应为 1–5 的整数。",
    "import_needs_field": "状态为“{status}”时请填写“{field}”。",
    "import_needs_field_default": "未填写状态的历史投诉按“{status}”导入，请填写“{field}”，或填写状态。",
    "import_not_for_state": "状态为“{status}”的投诉不应填写“{field}”。",
    "import_needs_satisfaction": "填写了回访时间或回访意见时，请同时填写满意度。",
    "import_duplicate_row": "与第 {row} 行重复（受理时间、房号或地点、问题描述都相同）。",
    "import_duplicate_number": "编号“{value}”与第 {row} 行重复。",
    "import_already_present": "已经导入过（投诉 {number}），跳过。",
    # City-system sync.
    "sync_not_actionable": "该同步操作当前状态为“{state}”，不能{action}。",
    "sync_bad_url": "市平台地址“{value}”不正确：应以 https:// 开头（只有本机测试地址可以用 http://）。",
    "sync_no_ca_file": "找不到证书文件“{value}”，请选择市平台提供的证书（PEM 格式）。",
    "sync_no_url": "尚未设置市平台地址，请项目经理在同步设置中填写（或用 --city-url 指定）。",
    "sync_no_token": (
        "尚未保存访问市平台的令牌，请项目经理在同步设置中填写（或运行 sunshine-desk sync --set-token）。"
    ),
    "sync_no_keyring": (
        "本机没有可用的系统密钥环（keyring），无法安全地保存或读取市平台令牌。"
        "Windows 和 macOS 已自带；Linux 请安装并解锁 GNOME 密钥环或 KWallet 后再试。"
        "令牌不会保存在数据库或设置文件中。"
    ),
    "sync_tls": (
        "无法验证市平台服务器的证书：{detail}。如市平台使用自签名证书，请项目经理在同步设置中指定它的证书文件。"
    ),
    "sync_auth": "市平台拒绝了访问令牌（HTTP {status}），请检查令牌是否正确、是否已过期。",
    "sync_offline": "无法连接市平台：{detail}",
    "sync_server": "市平台暂时无法处理（{detail}），稍后自动重试。",
    # Query-desk records: catalogue, life cycle, attachments, questions.
    "record_bad_state": "记录当前状态为“{state}”，不能{action}。",
    "record_own_review": "不能审核发布自己起草的记录，请由另一位项目经理审核。",
    "record_correction_open": "该记录已有一个未发布的更正版本（第 {version} 版），请先完成或删除它。",
    "record_unknown_category": "找不到查询台类别“{value}”（或该类别已停用）。",
    "record_unknown_subcategory": "子类别“{value}”不属于所选类别（或已停用）。",
    "record_unknown_item": "找不到公开清单事项“{value}”（或该事项已停用）。",
    "record_item_mismatch": "公开事项“{value}”不属于“{category}”类别。",
    "record_period_needed": "“{item}”按期公开，请填写本次公开的期间。",
    "record_period_order": "期间结束日期 {end} 早于开始日期 {start}。",
    "record_bad_body_kind": "无法识别的正文类型“{value}”。",
    "record_body_kind_locked": "已有表格数据的记录不能更改正文类型。",
    "record_tag_too_long": "标签“{value}”不能超过 {limit} 个字。",
    "record_too_many_tags": "标签最多 {limit} 个。",
    "attachment_bad_type": "不支持附件“{name}”的文件类型；可添加 PDF、图片（JPG、PNG 等）和 Office 文件。",
    "attachment_too_large": "附件“{name}”超过 {limit} MB。",
    "attachment_empty": "附件“{name}”是空文件。",
    "attachment_exists": "该记录已附有相同内容的文件“{name}”。",
    "attachment_missing": "附件文件（{sha256}）不在数据文件夹中，可能已被移动或删除。",
    "files_folder_needed": "未指定附件文件夹，无法保存附件。",
    "catalogue_name_taken": "名称“{name}”已被使用。",
    "catalogue_code_taken": "代码“{code}”已被使用。",
    "catalogue_move_refused": "子类别“{name}”下已有记录，不能移到其他类别；可停用它并新建一个。",
    "catalogue_bad_frequency": "无法识别的公开频率“{value}”。",
    "catalogue_due_days_range": "公开时限应为 {low}–{high} 天。",
    "question_bad_channel": "无法识别的质疑渠道“{value}”。",
    "question_not_public": "只能对已公开的记录提出质疑。",
    "question_not_answered": "质疑尚未答复，不能公开。",
    # The resident kiosk (查询机).
    "kiosk_busy": "查询机在 {minutes} 分钟内已提交 {limit} 条质疑，请稍后再提交，或到服务中心前台办理。",
    "kiosk_room_limit": "该房号今天已通过查询机提交 {limit} 条质疑，请明天再提交，或到服务中心前台办理。",
    "kiosk_room_needed": "请选择楼栋、单元并填写房号。",
    "kiosk_bad_pin": "管理密码应为 {low}–{high} 位数字。",
    "kiosk_setting_range": "“{field}”应在 {low}–{high} 之间。",
    "kiosk_photo_type": "项目经理照片应为 JPG 或 PNG 图片，且不超过 {limit} MB。",
    # Money tables, work records and registers (table bodies of query-desk records).
    "table_no_period": "请先填写“{title}”的公开期间，再填写表格。",
    "table_wrong_kind": "“{title}”不是{kind}。",
    "table_outside_period": "{value} 不在本记录的期间（{start} 至 {end}）内。",
    "table_import_bad_date": "“{value}”不是有效日期，请写作 2026-03-05 或 2026/3/5。",
    "table_import_duplicate": "与第 {row} 行重复。",
    "table_import_no_rows": "文件“{path}”中没有可导入的行。",
    "money_bad_amount": "金额“{value}”不是数字。",
    "money_too_many_decimals": "金额“{value}”最多两位小数（精确到分）。",
    "money_not_positive": "金额应大于 0（填写的是“{value}”）。",
    "money_too_large": "金额“{value}”超出范围。",
    "money_unknown_account": "找不到科目“{value}”（或该科目已停用）。",
    "money_account_other_model": "科目“{value}”属于{other}，不能用于{model}表。",
    "money_account_wrong_direction": "科目“{value}”的收支方向（{direction}）不能用于{model}表。",
    "money_distribution_exceeds": (
        "分配合计 {distributed} 元超过可分配收益 {available} 元"
        "（期初结余 {opening} 元 + 本期收入 {income} 元 − 本期成本 {cost} 元）。"
    ),
    "money_fund_negative": "按此填写，{date} 的资金余额为 {balance} 元；酬金制物业服务资金不能为负数。",
    "money_opening_computed": "本表期初结余由上期已发布的“{title}”结转（{amount} 元），不能另填期初。",
    "money_opening_twice": "期初结余只能填写一行。",
    "money_no_opening_account": "{model}没有“期初结余”科目，请先在设置中添加。",
    "money_import_bad_total": "“{label}”填写 {stated} 元，按各行计算应为 {computed} 元。",
    "money_import_unknown_total": "看不出“{value}”是哪些行的合计，请写明如“收入合计”“支出合计”。",
    "money_import_class_mismatch": "类别“{value}”与科目“{account}”的类别“{expected}”不符。",
}


#: Field labels that appear inside messages (the ``field`` parameter).
FIELD_LABELS: tuple[str, ...] = (
    "小区名称", "地址", "服务电话", "项目经理", "开放时间", "上班时间", "下班时间", "姓名",
    "问题描述", "地点", "联系人", "联系电话", "处理结果", "原因", "审批人", "转交单位", "回访意见",
    "类别名称", "码上办二维码网址", "项目投诉电话", "企业投诉电话", "主管部门投诉电话", "主管部门名称",
    "编号", "受理时间", "渠道", "类别", "房号", "状态", "响应时间", "办结时间", "满意度", "回访时间",
    "市平台地址", "证书文件", "同步间隔", "每批操作数",
    "标题", "摘要", "正文", "撤回原因", "退回原因", "更正说明", "质疑内容", "答复", "文件名", "说明",
    "子类别", "公开事项", "名称", "依据", "公开栏目",
    "日期", "科目", "金额", "备注", "时间", "作业内容", "执行人", "结果", "位置", "规格", "数量", "保管人",
    "启用日期", "管理密码", "无操作返回首页（秒）", "每 10 分钟质疑条数", "每户每天质疑条数",
)


class StoreError(Exception):
    """A failure the user can understand and act on; nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return MESSAGES[self.code]

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(StoreError):
    """Bad input from a form; carries the field it is about."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(code, field=field, **params)


class PermissionDenied(StoreError):
    pass


class AuthError(StoreError):
    pass
