<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionBar</name>
    <message>
        <source>只有项目经理或管理员可以批准延期</source>
        <extracomment>Alt+letter for each action (R 响应, P 挂起, S 办结 …), fixed so hands learn them. An action was written (the list and the detail refresh on worker.changed). A direct action failed; carries the message.</extracomment>
        <translation>Only a project manager or an administrator can approve an extension</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>可留空，稍后再设置</source>
        <translation>May be left empty and set later</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>AlertsNotifier</name>
    <message>
        <source>阳光台 投诉预警</source>
        <extracomment>The unacknowledged alerts now (list[AlertView]).</extracomment>
        <translation>Sunshine Desk complaint alerts</translation>
    </message>
    <message>
        <source>另有 {n} 条预警</source>
        <translation>{n} more alerts</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>答复质疑 {number}</source>
        <extracomment>The answer (and its public flag) was saved: the question&apos;s id.</extracomment>
        <translation>Answer question {number}</translation>
    </message>
    <message>
        <source>质疑的记录</source>
        <translation>Questioned record</translation>
    </message>
    <message>
        <source>未留房号和电话</source>
        <translation>No room number or phone given</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>提出</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>{at}，{channel}</source>
        <translation>{at}, {channel}</translation>
    </message>
    <message>
        <source>{due}（{clock}）</source>
        <translation>{due} ({clock})</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <source>质疑内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>对住户的答复，会随记录在查询台公开（经项目经理同意后）</source>
        <translation>Answer to the resident; disclosed with the record on the query desk (with the project manager&apos;s approval)</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>在查询台公开此答复</source>
        <translation>Disclose this answer on the query desk</translation>
    </message>
    <message>
        <source>保存答复（Ctrl+Enter）</source>
        <translation>Save answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>阳光台 — 无法打开数据库</source>
        <extracomment>The store could not be opened; carries the user-facing message. The current screen: &quot;setup&quot;, &quot;login&quot;, &quot;main&quot; or &quot;locked&quot;.</extracomment>
        <translation>Sunshine Desk — cannot open the database</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>提出质疑</source>
        <extracomment>record id, building, unit, room, phone, text</extracomment>
        <translation>Raise a question</translation>
    </message>
    <message>
        <source>房号，如 1502</source>
        <translation>Room number, e.g. 1502</translation>
    </message>
    <message>
        <source>手机号（选填）</source>
        <translation>Mobile number (optional)</translation>
    </message>
    <message>
        <source>请写下您的疑问（可使用屏幕输入法）</source>
        <translation>Write your question here (you can use the on-screen keyboard)</translation>
    </message>
    <message>
        <source>电话只用于答复您，不会在查询机或任何公示中显示。</source>
        <translation>Your phone number is only used to answer you. It is never shown on the kiosk or in any notice.</translation>
    </message>
    <message>
        <source>提交质疑</source>
        <translation>Submit question</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>疑问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>关于：{title}</source>
        <translation>About: {title}</translation>
    </message>
    <message>
        <source>已提交，谢谢您！
质疑编号：{number}
我们将在 {due} 前答复。
请记下编号，可凭编号到服务中心前台查询。</source>
        <translation>Sent. Thank you!
Question number: {number}
We will answer by {due}.
Please note this number. You can use it to ask about your question at the service centre desk.</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>此类文件无法在程序内预览，可以用电脑上的程序打开。</source>
        <translation>This file type can&apos;t be previewed here; open it with a program on your computer.</translation>
    </message>
    <message>
        <source>用电脑上的程序打开</source>
        <translation>Open with a program on this computer</translation>
    </message>
    <message>
        <source>无法打开“{name}”：{reason}</source>
        <translation>Can&apos;t open “{name}”: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>添加附件…</source>
        <extracomment>A file was chosen to attach. An attachment (its id) is to be removed.</extracomment>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>移除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>PDF、图片和 Office 文件，相同内容只保存一份</source>
        <translation>PDF, images and Office files; identical files are stored only once</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>PDF、图片和 Office 文件 ({patterns})</source>
        <translation>PDF, images and Office files ({patterns})</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>公开栏目</source>
        <translation>Notice board column</translation>
    </message>
    <message>
        <source>频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>本期</source>
        <translation>Current period</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>最近公开</source>
        <translation>Last disclosed</translation>
    </message>
    <message>
        <source>{state}（{n} 期）</source>
        <translation>{state} ({n} periods)</translation>
    </message>
    <message>
        <source>{item}：本期已公开。Enter 打开最近一次公开的记录。</source>
        <translation>{item}: disclosed for this period. Press Enter to open the latest disclosed record.</translation>
    </message>
    <message>
        <source>{item}：Enter 为“{period}”起草公开记录。</source>
        <translation>{item}: press Enter to draft a disclosure record for “{period}”.</translation>
    </message>
    <message>
        <source>本次变更</source>
        <translation>This change</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>信息公开清单按民法典第九百四十三条等规定列出应公开的事项。“本期”是最近一个已结束、应当公开的期间；即将到期为截止前 7 天内。双击或按 Enter：为该事项起草本期记录，已公开的打开最近一次记录。</source>
        <extracomment>How many items are overdue (the page puts it on the tab).</extracomment>
        <translation>The disclosure list sets out what must be disclosed under Civil Code art. 943 and other rules. “Current period” is the most recent period that has ended and must be disclosed; “due soon” means within 7 days of the deadline. Double-click or press Enter to draft this period&apos;s record for an item, or to open the latest record if already disclosed.</translation>
    </message>
    <message>
        <source>已逾期 {overdue} 项 · 即将到期 {soon} 项 · 未到期 {later} 项 · 已公开 {done} 项</source>
        <translation>{overdue} overdue · {soon} due soon · {later} not yet due · {done} disclosed</translation>
    </message>
</context>
<context>
    <name>CalendarForm</name>
    <message>
        <source>删除所选年份…</source>
        <translation>Remove the selected year…</translation>
    </message>
    <message>
        <source>已有的放假安排</source>
        <translation>Schedules in use</translation>
    </message>
    <message>
        <source>管理员添加的年份（点一下可载入右侧修改）：</source>
        <translation>Years added by a manager (click to edit on the right):</translation>
    </message>
    <message>
        <source>管理员添加的年份（点一下可在右侧查看）：</source>
        <translation>Years added by a manager (click to view on the right):</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>每行一条，例如：
2027-01-01 元旦
2027-02-05..2027-02-11 春节</source>
        <translation>One per line, e.g.
2027-01-01 元旦
2027-02-05..2027-02-11 春节</translation>
    </message>
    <message>
        <source>每行一条，例如：
2027-02-14 春节</source>
        <translation>One per line, e.g.
2027-02-14 春节</translation>
    </message>
    <message>
        <source>放假日期</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>调休上班日期（周末上班）</source>
        <translation>Make-up working days (weekend days worked)</translation>
    </message>
    <message>
        <source>保存这一年的安排</source>
        <translation>Save this year&apos;s schedule</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>添加或替换一年的放假安排</source>
        <translation>Add or replace one year&apos;s schedule</translation>
    </message>
    <message>
        <source>管理员添加的放假安排（仅供查看）</source>
        <translation>Schedules added by a manager (view only)</translation>
    </message>
    <message>
        <source>按国务院办公厅发布的通知填写；日期写作 年-月-日，连续几天写作 起..止，后面空一格写节日名称。</source>
        <translation>Copy the State Council&apos;s notice: dates as year-month-day, a run of days as start..end, then a space and the holiday&apos;s name.</translation>
    </message>
    <message>
        <source>程序内置的官方放假安排：{years} 年。</source>
        <translation>Official schedules shipped with the program: {years}.</translation>
    </message>
    <message>
        <source>{year} 年放假安排尚未公布，正按周末和法定节假日推算。</source>
        <translation>The {year} schedule is not published yet; weekends and statutory holidays are used.</translation>
    </message>
    <message>
        <source>{year} 年：已按管理员添加的官方安排计算。</source>
        <translation>{year}: computed from the official schedule a manager added.</translation>
    </message>
    <message>
        <source>{year} 年：已按内置的官方安排计算。</source>
        <translation>{year}: computed from the shipped official schedule.</translation>
    </message>
    <message>
        <source>{year} 年（{holidays} 天放假，{workdays} 天调休上班）</source>
        <translation>{year} ({holidays} days off, {workdays} make-up working days)</translation>
    </message>
    <message>
        <source>，替换内置安排</source>
        <translation>, replacing the shipped schedule</translation>
    </message>
    <message>
        <source>（暂无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>填写完整后，这里显示共有几天放假、几天调休上班。</source>
        <translation>When complete, this shows how many days off and make-up working days there are.</translation>
    </message>
    <message>
        <source>共 {holidays} 天放假，{workdays} 天调休上班。</source>
        <translation>{holidays} days off, {workdays} make-up working days.</translation>
    </message>
    <message>
        <source>{year} 年放假安排已保存。</source>
        <translation>The {year} schedule is saved.</translation>
    </message>
    <message>
        <source>{year} 年已添加过放假安排，保存将替换原来的内容。确定吗？</source>
        <translation>A schedule for {year} was added before; saving replaces it. Continue?</translation>
    </message>
    <message>
        <source>{year} 年已有内置的官方安排，保存后以这里填写的为准。确定吗？</source>
        <translation>{year} has a shipped official schedule; after saving, what you enter here applies. Continue?</translation>
    </message>
    <message>
        <source>替换放假安排</source>
        <translation>Replace schedule</translation>
    </message>
    <message>
        <source>请先在列表中选择要删除的年份。</source>
        <translation>Select the year to remove in the list first.</translation>
    </message>
    <message>
        <source>删除管理员添加的 {year} 年安排？删除后改回程序内置的官方安排。</source>
        <translation>Remove the {year} schedule a manager added? The shipped official schedule applies again.</translation>
    </message>
    <message>
        <source>删除管理员添加的 {year} 年安排？删除后该年按周末和法定节假日推算。</source>
        <translation>Remove the {year} schedule a manager added? The year then falls back to weekends and statutory holidays.</translation>
    </message>
    <message>
        <source>删除放假安排</source>
        <translation>Remove schedule</translation>
    </message>
    <message>
        <source>已删除 {year} 年放假安排。</source>
        <translation>The {year} schedule is removed.</translation>
    </message>
</context>
<context>
    <name>CatalogueForm</name>
    <message>
        <source>类别与子类别</source>
        <translation>Categories and subcategories</translation>
    </message>
    <message>
        <source>信息公开清单</source>
        <translation>Disclosure list</translation>
    </message>
    <message>
        <source>公开栏目</source>
        <translation>Notice board column</translation>
    </message>
</context>
<context>
    <name>CatalogueSettings</name>
    <message>
        <source>只有项目经理可以修改查询台目录、信息公开清单和公开栏目；这里仅供查看。</source>
        <translation>Only the project manager can change the query desk catalogue, disclosure list and notice board columns; view only here.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>CategoriesForm</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>例如：电梯故障</source>
        <translation>e.g. lift breakdown</translation>
    </message>
    <message>
        <source>添加类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>请先在表格中选择一个类别。</source>
        <translation>Select a category in the table first.</translation>
    </message>
    <message>
        <source>更改紧急程度</source>
        <translation>Change urgency</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>所选类别</source>
        <translation>Selected category</translation>
    </message>
    <message>
        <source>紧急程度决定新投诉的处理时限；已受理的投诉保持受理时的紧急程度。</source>
        <translation>Urgency sets the deadlines of new complaints; complaints already received keep the urgency they had.</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>停用此类别</source>
        <translation>Deactivate this category</translation>
    </message>
    <message>
        <source>重新启用此类别</source>
        <translation>Activate this category again</translation>
    </message>
    <message>
        <source>已添加类别“{name}”。</source>
        <translation>Category “{name}” added.</translation>
    </message>
    <message>
        <source>已更改：此后受理的“{name}”投诉按“{urgency}”计时，已受理的不变。</source>
        <translation>Changed: “{name}” complaints received from now on are timed as “{urgency}”; earlier ones are unchanged.</translation>
    </message>
    <message>
        <source>停用类别</source>
        <translation>Deactivate category</translation>
    </message>
    <message>
        <source>停用“{name}”？
停用后新投诉不能再选此类别，已有投诉不受影响。</source>
        <translation>Deactivate “{name}”?
New complaints can no longer use it; existing complaints are not affected.</translation>
    </message>
    <message>
        <source>已重新启用“{name}”。</source>
        <translation>“{name}” is active again.</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>“{name}” is deactivated.</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <source>类别 / 子类别</source>
        <extracomment>A status line for the page (what was saved, or why not).</extracomment>
        <translation>Category / subcategory</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>给住户看的一句说明</source>
        <translation>One-line description for residents</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>正文类型</source>
        <translation>Body type</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>所选类别或子类别</source>
        <translation>Selected category or subcategory</translation>
    </message>
    <message>
        <source>例如：停车场管理协议</source>
        <translation>e.g. Parking management agreement</translation>
    </message>
    <message>
        <source>添加为所选类别的子类别</source>
        <translation>Add as subcategory of selected category</translation>
    </message>
    <message>
        <source>添加为新类别</source>
        <translation>Add as new category</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>停用的类别和子类别不再用于新记录，已有记录不受影响；可随时重新启用。正文类型决定记录的正文是文档还是收支表、作业记录表或清册。</source>
        <translation>Inactive categories and subcategories are not used for new records; existing records are unaffected, and you can reactivate them at any time. The body type decides whether a record&apos;s body is a document, an income and expense sheet, a work record sheet or a register.</translation>
    </message>
    <message>
        <source>请先在左侧选择一个类别或子类别。</source>
        <translation>Select a category or subcategory on the left first.</translation>
    </message>
    <message>
        <source>类别：{name}</source>
        <translation>Category: {name}</translation>
    </message>
    <message>
        <source>{category} 的子类别：{name}</source>
        <translation>Subcategory of {category}: {name}</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>添加为“{name}”的子类别</source>
        <translation>Add as subcategory of “{name}”</translation>
    </message>
    <message>
        <source>已保存“{name}”。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <source>子类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>停用{what}</source>
        <translation>Deactivate {what}</translation>
    </message>
    <message>
        <source>停用“{name}”？
停用后新记录不能再选它，已有记录和查询台上的公开内容不受影响。</source>
        <translation>Deactivate “{name}”?
New records can no longer use it; existing records and content disclosed on the query desk are unaffected.</translation>
    </message>
    <message>
        <source>已重新启用“{name}”。</source>
        <translation>“{name}” is active again.</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>“{name}” is deactivated.</translation>
    </message>
    <message>
        <source>已在“{category}”下添加子类别“{name}”。</source>
        <translation>Added subcategory “{name}” under “{category}”.</translation>
    </message>
    <message>
        <source>已添加类别“{name}”。</source>
        <translation>Category “{name}” added.</translation>
    </message>
</context>
<context>
    <name>CategoryTiles</name>
    <message>
        <source>查询台目录中还没有启用的类别，请在设置中添加。</source>
        <translation>The query desk catalogue has no active categories yet. Add one in Settings.</translation>
    </message>
</context>
<context>
    <name>ClockBox</name>
    <message>
        <source>{state}：截止时间随挂起顺延，见下方计算</source>
        <translation>{state}: the deadline moves with the pause; see the steps below</translation>
    </message>
    <message>
        <source>截止 {due}&#x3000;{state}</source>
        <translation>Due {due}   {state}</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>关闭投诉</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ColumnsTab</name>
    <message>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>例如：收支公开</source>
        <translation>e.g. Income and expense disclosure</translation>
    </message>
    <message>
        <source>栏目名称</source>
        <translation>Column name</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>添加为新栏目</source>
        <translation>Add as new column</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>物业管理事务公开栏共八个栏目；停用的栏目不再出现在公示海报上。</source>
        <translation>The notice board has eight columns; inactive columns no longer appear on the notice posters.</translation>
    </message>
    <message>
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>已保存“{name}”。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <source>已添加栏目“{name}”。</source>
        <translation>Added column “{name}”.</translation>
    </message>
    <message>
        <source>停用“{name}”？</source>
        <translation>Deactivate “{name}”?</translation>
    </message>
    <message>
        <source>有 {n} 个公开事项仍归入此栏目，停用后它们在公示海报上不再出现于此栏。</source>
        <translation>{n} disclosure items are still in this column; once it is deactivated, they no longer appear under it on the notice posters.</translation>
    </message>
    <message>
        <source>停用栏目</source>
        <translation>Deactivate column</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>“{name}” is deactivated.</translation>
    </message>
    <message>
        <source>已重新启用“{name}”。</source>
        <translation>“{name}” is active again.</translation>
    </message>
</context>
<context>
    <name>CommunityForm</name>
    <message>
        <source>小区名称</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <source>项目经理</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以修改小区信息。</source>
        <translation>Only a project manager or an administrator can change the community profile.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ComplaintSettings</name>
    <message>
        <source>第 {line} 行：“{value}”无法识别，应写作“2027-01-01 元旦”或“2027-02-05..2027-02-11 春节”。</source>
        <translation>Line {line}: “{value}” is not understood; write it as “2027-01-01 元旦” or “2027-02-05..2027-02-11 春节”.</translation>
    </message>
    <message>
        <source>第 {line} 行：“{value}”不是有效日期，应写作 年-月-日，例如 2027-10-01。</source>
        <translation>Line {line}: “{value}” is not a valid date; write year-month-day, e.g. 2027-10-01.</translation>
    </message>
    <message>
        <source>第 {line} 行：日期 {value} 不在 {year} 年内。</source>
        <translation>Line {line}: the date {value} is not in {year}.</translation>
    </message>
    <message>
        <source>第 {line} 行：{value} 的起止日期颠倒了。</source>
        <translation>Line {line}: {value} ends before it starts.</translation>
    </message>
    <message>
        <source>第 {line} 行：{value} 超过 {limit} 天，请检查日期。</source>
        <translation>Line {line}: {value} is longer than {limit} days; please check the dates.</translation>
    </message>
    <message>
        <source>第 {line} 行：请在日期后空一格写上节日名称，例如“{value} 元旦”。</source>
        <translation>Line {line}: write the holiday&apos;s name after the date and a space, e.g. “{value} 元旦”.</translation>
    </message>
    <message>
        <source>第 {line} 行：{value} 已在第 {other} 行填写过。</source>
        <translation>Line {line}: {value} is already on line {other}.</translation>
    </message>
    <message>
        <source>第 {line} 行：{value} 不是周六或周日，本就上班；调休上班日只填周末。</source>
        <translation>Line {line}: {value} is not a Saturday or Sunday, so it is a working day anyway; list only weekend days as make-up working days.</translation>
    </message>
    <message>
        <source>第 {line} 行：{value} 已填为放假日，不能同时是调休上班日。</source>
        <translation>Line {line}: {value} is already a day off and cannot also be a make-up working day.</translation>
    </message>
    <message>
        <source>请至少填写一行放假日期。</source>
        <translation>Enter at least one line of days off.</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以修改投诉类别、处理时限和节假日安排；这里仅供查看。</source>
        <translation>Only a project manager or an administrator can change complaint categories, deadlines and holidays; shown here for reference.</translation>
    </message>
    <message>
        <source>未办结投诉的时限已按新规则重新计算。</source>
        <translation>Deadlines of open complaints were recomputed under the new rules.</translation>
    </message>
    <message>
        <source>已重新计算未办结投诉的时限，其中 {n} 件的截止时间有变化。</source>
        <translation>Deadlines of open complaints were recomputed; {n} of them changed.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>复杂</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>（工作时间外受理 {n} 分钟）</source>
        <translation> ({n} min when received outside working hours)</translation>
    </message>
    <message>
        <source>响应 {response}，办结 {resolution}</source>
        <translation>respond within {response}, resolve within {resolution}</translation>
    </message>
    <message>
        <source>，最多延期 {count} 次、每次不超过 {days} 个工作日</source>
        <translation>; at most {count} extensions of up to {days} working days each</translation>
    </message>
    <message>
        <source>{channel} · {urgency}：{rules}</source>
        <translation>{channel} · {urgency}: {rules}</translation>
    </message>
    <message>
        <source>以下受理渠道另有专用规则，优先于上面的默认规则（此处仅供查看）：</source>
        <translation>These channels have rules of their own, which take precedence over the defaults above (shown for reference):</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>Calm colours: tinted cells with dark text, readable on any screen.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地点/房号</source>
        <translation>Place / room</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>{category}（重复）</source>
        <translation>{category} (repeat)</translation>
    </message>
    <message>
        <source>重复投诉：近30天同户或同地点同类别已有投诉</source>
        <translation>Repeat complaint: the same household, or the same place and category, complained within 30 days</translation>
    </message>
    <message>
        <source>截止时间所在年份的放假安排尚未公布，按周末和法定节假日推算，可能变化</source>
        <translation>The holiday schedule for the deadline&apos;s year is not published yet; it is estimated from weekends and statutory holidays and may change</translation>
    </message>
    <message>
        <source>挂起中：截止时间随挂起顺延</source>
        <translation>Paused: the deadline moves with the pause</translation>
    </message>
    <message>
        <source>截止 {due}</source>
        <translation>Due {due}</translation>
    </message>
</context>
<context>
    <name>ContactsForm</name>
    <message>
        <source>例如：武侯区住房和城乡建设局</source>
        <translation>e.g. Wuhou District Housing and Urban-Rural Development Bureau</translation>
    </message>
    <message>
        <source>码上办二维码网址</source>
        <translation>Mashangban QR code address</translation>
    </message>
    <message>
        <source>项目投诉电话</source>
        <translation>Project complaint phone</translation>
    </message>
    <message>
        <source>企业投诉电话</source>
        <translation>Company complaint phone</translation>
    </message>
    <message>
        <source>主管部门名称</source>
        <translation>Supervising authority</translation>
    </message>
    <message>
        <source>主管部门投诉电话</source>
        <translation>Authority complaint phone</translation>
    </message>
    <message>
        <source>二维码预览</source>
        <translation>QR code preview</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以修改投诉渠道；这里仅供查看。</source>
        <translation>Only a project manager or an administrator can change the complaint channels; shown here for reference.</translation>
    </message>
    <message>
        <source>住户用微信扫这个二维码即可反映问题、报事报修或投诉。打印的“码上办”标识牌、公示栏的投诉渠道海报和大堂自助机的小区信息页都显示它和上面的投诉电话。</source>
        <translation>Residents scan this code with WeChat to raise a problem, report a repair or complain. The printed Mashangban sign, the notice board&apos;s complaint-channels poster and the lobby kiosk&apos;s community page show it together with the complaint phones above.</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>网址过长，
无法生成二维码</source>
        <translation>Address too long
for a QR code</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>工作台</source>
        <extracomment>The overdue-disclosure banner was clicked: show the 公开时限 board.</extracomment>
        <translation>Desk</translation>
    </message>
    <message>
        <source>受理投诉（F2）</source>
        <translation>New complaint (F2)</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>{name} · 工作台</source>
        <translation>{name} · Desk</translation>
    </message>
    <message>
        <source>{label}（{n}）</source>
        <translation>{label} ({n})</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>响应时限</source>
        <translation>Response deadline</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>Resolution deadline</translation>
    </message>
    <message>
        <source>处理记录</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>在列表中选择一条投诉，按 Enter 查看详情和处理。</source>
        <translation>Select a complaint in the list and press Enter to see and handle it.</translation>
    </message>
    <message>
        <source>重复投诉（前次 {number}）</source>
        <translation>Repeat complaint (previous: {number})</translation>
    </message>
    <message>
        <source>处理结果：{text}</source>
        <translation>Result: {text}</translation>
    </message>
    <message>
        <source>已转交：{body}</source>
        <translation>Referred to: {body}</translation>
    </message>
    <message>
        <source>回访满意度：{n} 分 {comment}</source>
        <translation>Follow-up satisfaction: {n} {comment}</translation>
    </message>
    <message>
        <source>住户不需要回访</source>
        <translation>The resident wants no callback</translation>
    </message>
</context>
<context>
    <name>DisclosureBanner</name>
    <message>
        <source>查看公开时限</source>
        <extracomment>Calm: the desk&apos;s blue hint colours, not the alarm red of a complaint alert. The user wants the 公开时限 board.</extracomment>
        <translation>View disclosure deadlines</translation>
    </message>
    <message>
        <source>{item}（{period}）</source>
        <translation>{item} ({period})</translation>
    </message>
    <message>
        <source>{named} 等</source>
        <translation>{named}, etc.</translation>
    </message>
    <message>
        <source>信息公开逾期 {n} 项：{named}</source>
        <translation>{n} disclosures overdue: {named}</translation>
    </message>
    <message>
        <source>{item}（{period}）应于 {due} 前公开</source>
        <translation>{item} ({period}) must be disclosed by {due}</translation>
    </message>
</context>
<context>
    <name>DisclosureWatch</name>
    <message>
        <source>阳光台 信息公开逾期</source>
        <extracomment>The overdue items now (list[BoardRow], the longest overdue first).</extracomment>
        <translation>Sunshine Desk: disclosures overdue</translation>
    </message>
    <message>
        <source>{item}（{period}）逾期 {days} 天</source>
        <translation>{item} ({period}) is {days} days overdue</translation>
    </message>
    <message>
        <source>另有 {n} 项</source>
        <translation>and {n} more</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>◀ 上一页</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>下一页 ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>－ 缩小</source>
        <translation>- Zoom out</translation>
    </message>
    <message>
        <source>＋ 放大</source>
        <translation>+ Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>无法显示这张图片。</source>
        <translation>Can&apos;t show this picture.</translation>
    </message>
    <message>
        <source>无法打开这份文件，请到服务中心前台查阅。</source>
        <translation>Can&apos;t open this file. Please ask to see it at the service centre desk.</translation>
    </message>
    <message>
        <source>第 {page} / {count} 页</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason returned</translation>
    </message>
    <message>
        <source>我起草的记录。审核退回的排在前面，退回原因见最后一列；改好后再次提交审核。</source>
        <translation>Records I drafted. Those returned in review come first, with the reason in the last column; fix them and submit them for review again.</translation>
    </message>
    <message>
        <source>没有草稿。按 Ctrl+N 新建一份公开记录。</source>
        <translation>No drafts. Press Ctrl+N to create a disclosure record.</translation>
    </message>
    <message>
        <source>新建（Ctrl+N）</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>删除草稿（Del）</source>
        <translation>Delete draft (Del)</translation>
    </message>
    <message>
        <source>被退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>更正草稿</source>
        <translation>Correction draft</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>点击上方的数字或图表，查看背后的投诉</source>
        <extracomment>Double click or Enter on a complaint. The list to show changed (the page loads its rows).</extracomment>
        <translation>Click a figure or chart above to see the complaints behind it</translation>
    </message>
    <message>
        <source>显示全部计入的投诉</source>
        <translation>Show every complaint counted</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>地点 / 摘要</source>
        <translation>Place / summary</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>延期原因</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <source>延长</source>
        <translation>Extend by</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审批人：{name}</source>
        <translation>Approved by: {name}</translation>
    </message>
</context>
<context>
    <name>FigureCards</name>
    <message>
        <source>受理总数</source>
        <extracomment>A card was clicked: its key (``CARD_KEYS``).</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>及时响应率</source>
        <translation>On-time response rate</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>On-time resolution rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>超时未办结</source>
        <translation>Overdue, unresolved</translation>
    </message>
    <message>
        <source>重复投诉</source>
        <translation>Repeat complaints</translation>
    </message>
    <message>
        <source>按受理日期统计</source>
        <translation>By date received</translation>
    </message>
    <message>
        <source>{n} / {d} 件</source>
        <translation>{n} / {d}</translation>
    </message>
    <message>
        <source>暂无可计入的投诉</source>
        <translation>No complaints to count yet</translation>
    </message>
    <message>
        <source>仍未办结且已超时</source>
        <translation>Still unresolved and overdue</translation>
    </message>
    <message>
        <source>涉及 {n} 户或地点</source>
        <translation>{n} households or places</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>只看由我处理的投诉</source>
        <translation>Only complaints I handle</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>仅超时</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>仅挂起</source>
        <translation>Paused only</translation>
    </message>
    <message>
        <source>搜索编号、描述、联系人、电话、地点（Ctrl+F）</source>
        <translation>Search number, description, contact, phone, place (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>住户的意见（可不填）</source>
        <translation>The resident&apos;s comment (optional)</translation>
    </message>
    <message>
        <source>满意度（按 1–5）</source>
        <translation>Satisfaction (press 1–5)</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Follow-up comment</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>在左侧选择一条已办结的投诉进行回访。</source>
        <translation>Select a resolved complaint on the left to follow it up.</translation>
    </message>
    <message>
        <source>住户的意见（可不填），Enter 保存</source>
        <translation>The resident&apos;s comment (optional); Enter saves</translation>
    </message>
    <message>
        <source>保存回访(&amp;V)</source>
        <translation>Sa&amp;ve follow-up</translation>
    </message>
    <message>
        <source>满意度（按 1–5）</source>
        <translation>Satisfaction (press 1–5)</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Follow-up comment</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>没有待回访的投诉。</source>
        <translation>No complaints waiting for a follow-up.</translation>
    </message>
    <message>
        <source>{number}&#x3000;{place}
联系人：{contact}&#x3000;电话：{phone}
问题：{summary}
处理结果：{result}</source>
        <translation>{number}   {place}
Contact: {contact}   Phone: {phone}
Problem: {summary}
Result: {result}</translation>
    </message>
    <message>
        <source>已记录 {number} 的回访。</source>
        <translation>Follow-up of {number} recorded.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>房屋</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>员工账户</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>投诉受理、倒计时与预警将在这里显示。左侧导航可进入查询台、公开管理、台账打印、统计与设置。</source>
        <translation>Complaint intake, countdowns and warnings will appear here. Use the navigation on the left for the query desk, disclosure, ledgers, review and settings.</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>地址：{address}
服务电话：{phone}&#x3000;项目经理：{manager}
开放时间：{hours}</source>
        <translation>Address: {address}
Service phone: {phone}   Project manager: {manager}
Opening hours: {hours}</translation>
    </message>
    <message>
        <source>物业管理事务查询台</source>
        <translation>Property management query desk</translation>
    </message>
    <message>
        <source>点选类别查看公开记录；也可按关键词、楼栋或期间查找。</source>
        <translation>Tap a category to see disclosed records, or search by keyword, building or period.</translation>
    </message>
    <message>
        <source>小区信息
码上办二维码 · 公开时间</source>
        <translation>Community info
QR code · disclosure deadlines</translation>
    </message>
    <message>
        <source>输入要找的内容，如 电梯、停车</source>
        <translation>Type what you&apos;re looking for, e.g. lift, parking</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>选择楼栋</source>
        <translation>Choose building</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>常用关键词</source>
        <translation>Common keywords</translation>
    </message>
    <message>
        <source>按楼栋或期间</source>
        <translation>By building or period</translation>
    </message>
    <message>
        <source>{n} 份公开记录</source>
        <translation>{n} disclosed records</translation>
    </message>
    <message>
        <source> · 最近 {date}</source>
        <translation> · latest {date}</translation>
    </message>
    <message>
        <source>关键词：{tag}</source>
        <translation>Keyword: {tag}</translation>
    </message>
    <message>
        <source>选择期间</source>
        <translation>Choose period</translation>
    </message>
    <message>
        <source>楼栋：{name}</source>
        <translation>Building: {name}</translation>
    </message>
    <message>
        <source>期间：{period}</source>
        <translation>Period: {period}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>缩小</source>
        <extracomment>The image loaded (True) or could not be read (False).</extracomment>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>无法显示此图片：文件已损坏或格式不受支持。</source>
        <translation>Can&apos;t display this image: the file is damaged or the format is not supported.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>导入未完成</source>
        <translation>Import not completed</translation>
    </message>
    <message>
        <source>文件“{name}”有 {rows} 行存在问题（共 {count} 处），未导入任何数据。请按下表改正后重新导入。</source>
        <translation>File “{name}” has problems in {rows} rows ({count} in all); nothing was imported. Fix them as listed below and import again.</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>整行</source>
        <translation>Whole row</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>受理投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>已恢复上次未保存的草稿。</source>
        <translation>The unsaved draft from last time is restored.</translation>
    </message>
    <message>
        <source>公共部位，如 3栋大堂、地下车库B区</source>
        <translation>A common part, e.g. building 3 lobby, garage zone B</translation>
    </message>
    <message>
        <source>请选择类别</source>
        <translation>Pick a category</translation>
    </message>
    <message>
        <source>住户反映的问题</source>
        <translation>The problem the resident reports</translation>
    </message>
    <message>
        <source>手机 11 位，座机如 028-85551234</source>
        <translation>Mobile: 11 digits; landline e.g. 028-85551234</translation>
    </message>
    <message>
        <source>需要回访</source>
        <translation>Callback wanted</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>或 地点</source>
        <translation>or place</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>未保存的内容留作草稿，下次受理时恢复</source>
        <translation>Unsaved input is kept as a draft and restored next time</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>事项</source>
        <extracomment>The name takes what is left; sub-category and basis are in the form beside.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>公开栏目</source>
        <translation>Notice board column</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>例如：公共水电分摊情况</source>
        <translation>e.g. Shared utility cost allocation</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>期间结束（或发生变更）后多少天内须公开</source>
        <translation>Number of days after the period ends (or a change occurs) within which it must be disclosed</translation>
    </message>
    <message>
        <source>例如：民法典第九百四十三条</source>
        <translation>e.g. Civil Code art. 943</translation>
    </message>
    <message>
        <source>事项名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>子类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>公开频率</source>
        <translation>Disclosure frequency</translation>
    </message>
    <message>
        <source>公开时限</source>
        <translation>Disclosure deadline</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>添加为新事项</source>
        <translation>Add as new item</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>公开时限板按这里的频率和时限计算每个事项的截止日期；停用的事项不再提醒。</source>
        <translation>The disclosure deadline board uses the frequency and deadline set here to work out each item&apos;s due date; inactive items get no reminders.</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>（不上公开栏）</source>
        <translation>(not on notice board)</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>（不限子类别）</source>
        <translation>(any subcategory)</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>已保存“{name}”。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <source>已添加公开事项“{name}”。</source>
        <translation>Added disclosure item “{name}”.</translation>
    </message>
    <message>
        <source>停用公开事项</source>
        <translation>Deactivate disclosure item</translation>
    </message>
    <message>
        <source>停用“{name}”？
停用后公开时限板不再列出它，也不再提醒；已公开的记录不受影响。</source>
        <translation>Deactivate “{name}”?
The disclosure deadline board will no longer list it or remind you about it; disclosed records are unaffected.</translation>
    </message>
    <message>
        <source>已停用“{name}”。</source>
        <translation>“{name}” is deactivated.</translation>
    </message>
    <message>
        <source>已重新启用“{name}”。</source>
        <translation>“{name}” is active again.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>退格</source>
        <translation>Backspace</translation>
    </message>
</context>
<context>
    <name>KioskForm</name>
    <message>
        <source>在自助机上显示项目经理照片</source>
        <translation>Show the project manager&apos;s photo on the kiosk</translation>
    </message>
    <message>
        <source>无操作返回首页（秒）</source>
        <translation>Return home when idle (seconds)</translation>
    </message>
    <message>
        <source>每 10 分钟质疑条数</source>
        <translation>Questions per 10 minutes</translation>
    </message>
    <message>
        <source>每户每天质疑条数</source>
        <translation>Questions per household per day</translation>
    </message>
    <message>
        <source>自助机无人操作到设定时间后回到首页，并清除住户输入的内容。质疑条数限制每台自助机每 {minutes} 分钟、每户每天最多提交的质疑，防止刷屏。</source>
        <translation>When nobody touches the kiosk for this long it returns to the home screen and clears whatever a resident typed. The question limits cap how many questions each kiosk accepts per {minutes} minutes and each household per day, to prevent flooding.</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>自助机设置</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以修改大堂自助机设置；这里仅供查看。</source>
        <translation>Only a project manager or an administrator can change the lobby kiosk&apos;s settings; shown here for reference.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>阳光台 — 物业管理事务查询台</source>
        <extracomment>The right PIN was entered: the kiosk may end. A screen finished showing what it loaded (tests wait on it).</extracomment>
        <translation>Sunshine Desk — Query desk</translation>
    </message>
    <message>
        <source>物业管理事务查询台</source>
        <translation>Property management query desk</translation>
    </message>
    <message>
        <source>◀ 返回</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>搜索：{text}</source>
        <translation>Search: {text}</translation>
    </message>
    <message>
        <source>{name} · 物业管理事务查询台</source>
        <translation>{name} · Query desk</translation>
    </message>
    <message>
        <source>数据更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>数据更新于 {time}（正在重新连接…）</source>
        <translation>Updated {time} (reconnecting…)</translation>
    </message>
    <message>
        <source>密码错误次数过多，请 {n} 分钟后再试。</source>
        <translation>Too many wrong PINs. Try again in {n} minutes.</translation>
    </message>
    <message>
        <source>密码错误次数过多</source>
        <translation>Too many wrong PINs</translation>
    </message>
    <message>
        <source>正在核对…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>密码不正确，还可以再试 {n} 次。</source>
        <translation>Wrong PIN. {n} tries left.</translation>
    </message>
</context>
<context>
    <name>LanguageForm</name>
    <message>
        <source>界面语言在重新启动阳光台后生效。</source>
        <translation>The interface language takes effect after Sunshine Desk restarts.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>已保存。请重新启动阳光台以切换语言。</source>
        <translation>Saved. Restart Sunshine Desk to switch the language.</translation>
    </message>
</context>
<context>
    <name>LazyIdTableModel</name>
    <message>
        <source>加载中…</source>
        <extracomment>The ids were (re)loaded; carries how many there are. A query failed; carries the exception.</extracomment>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>没有找到公开记录。可以换一个关键词，或返回首页按类别查看。</source>
        <translation>No disclosed records found. Try another keyword, or go back to Home and browse by category.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>已被更正（旧版本，仅供查阅）</source>
        <translation>Corrected (old version, for reference only)</translation>
    </message>
    <message>
        <source>发布于 {date}</source>
        <translation>Published {date}</translation>
    </message>
    <message>
        <source>附件 {n} 份</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <source>（已被更正）</source>
        <translation> (corrected)</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>打开（Enter）</source>
        <translation>Open (Enter)</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>阳光台</source>
        <translation>Sunshine Desk</translation>
    </message>
    <message>
        <source>物业服务中心 · 请登录</source>
        <translation>Property service centre · please log in</translation>
    </message>
    <message>
        <source>长时间未操作，已锁定。{name}，请输入密码解锁。</source>
        <translation>Locked after a period without activity. {name}, enter your password to unlock.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>只能由锁定前的用户解锁。</source>
        <translation>Only the user who was logged in can unlock.</translation>
    </message>
</context>
<context>
    <name>MainStatusBar</name>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation>Logged in: {name} ({role})</translation>
    </message>
    <message>
        <source>同步：未连接城市系统</source>
        <extracomment>The sync place was clicked: open the sync panel.</extracomment>
        <translation>Sync: not connected to the city system</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>阳光台 — 物业服务中心</source>
        <translation>Sunshine Desk — property service centre</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>MoneyBody</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>{model}收支表 · {period}</source>
        <translation>{model} income and expense sheet · {period}</translation>
    </message>
    <message>
        <source>{model}收支表</source>
        <translation>{model} income and expense sheet</translation>
    </message>
    <message>
        <source>期初结余承接上一期已发布的同类收支表的期末结余。</source>
        <translation>The opening balance is carried over from the closing balance of the previous published sheet of the same type.</translation>
    </message>
    <message>
        <source>期初结余为本表首期填报的数额。</source>
        <translation>The opening balance is the amount entered for this sheet&apos;s first period.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>添加备注</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>知道了(&amp;K)</source>
        <extracomment>The ids of the alerts the user has seen (知道了).</extracomment>
        <translation>&amp;Got it</translation>
    </message>
    <message>
        <source>另有 {n} 条预警</source>
        <translation>{n} more alerts</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>小区信息</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>码上办 · 一区一码</source>
        <translation>QR code · one code per community</translation>
    </message>
    <message>
        <source>用微信“扫一扫”扫描左侧二维码，即可反映问题、报事报修或投诉，并随时查看办理进度。物业项目经理接到后：工作时间内 4 小时内响应，其他时间 8 小时内响应；一般问题 2 个工作日内办结。</source>
        <translation>Scan the QR code on the left with WeChat “Scan” to report a problem, request a repair or make a complaint, and check its progress at any time. Once the project manager receives it, they respond within 4 hours during working hours, or within 8 hours at other times. Most problems are resolved within 2 working days.</translation>
    </message>
    <message>
        <source>信息公开清单：各事项最近一次公开</source>
        <translation>Disclosure list: latest disclosure of each item</translation>
    </message>
    <message>
        <source>服务中心开放时间：{hours}</source>
        <translation>Service centre hours: {hours}</translation>
    </message>
    <message>
        <source>请咨询前台</source>
        <translation>Please ask at the front desk</translation>
    </message>
    <message>
        <source>服务电话：{phone}</source>
        <translation>Service phone: {phone}</translation>
    </message>
    <message>
        <source>项目经理：{name}</source>
        <translation>Project manager: {name}</translation>
    </message>
    <message>
        <source>地址：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>本小区的码上办二维码尚未设置，请到服务中心前台反映问题。</source>
        <translation>This community&apos;s QR code hasn&apos;t been set up yet. Please report problems at the service centre desk.</translation>
    </message>
    <message>
        <source>项目投诉电话</source>
        <translation>Project complaint phone</translation>
    </message>
    <message>
        <source>企业投诉电话</source>
        <translation>Company complaint phone</translation>
    </message>
    <message>
        <source>行业主管部门</source>
        <translation>Supervising authority</translation>
    </message>
    <message>
        <source>尚未公开</source>
        <translation>Not yet disclosed</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>设置密码 — {name}</source>
        <translation>Set password — {name}</translation>
    </message>
    <message>
        <source>新密码（至少 8 位）</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>挂起（等待住户）</source>
        <translation>Pause (waiting for the resident)</translation>
    </message>
    <message>
        <source>例如：住户出差，约定下周一上门</source>
        <translation>e.g. the resident is away; visit agreed for next Monday</translation>
    </message>
    <message>
        <source>挂起原因</source>
        <translation>Reason for pausing</translation>
    </message>
    <message>
        <source>挂起期间办结时限暂停计时，响应时限照常计时。</source>
        <translation>While paused the resolution clock stops; the response clock keeps running.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>上一页</source>
        <extracomment>The document is ready (carries its page count) or failed (carries 0).</extracomment>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>上一页（PgUp）</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>下一页（PgDn）</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>缩小（Ctrl+-）</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>放大（Ctrl++）</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>适合宽度（Ctrl+0）</source>
        <translation>Fit width (Ctrl+0)</translation>
    </message>
    <message>
        <source>无法打开此 PDF 文件：文件已损坏或设有密码。</source>
        <translation>Can&apos;t open this PDF: the file is damaged or password-protected.</translation>
    </message>
    <message>
        <source>第 {page} / {count} 页</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>月度</source>
        <extracomment>(start, end): the chosen period changed.</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>上一期</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一期</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>{year} 年{part}</source>
        <translation>{part} {year}</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>不填期间（如合同、制度等按变更公开的记录）</source>
        <translation>No period (for records disclosed on change, such as contracts and rules)</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not entered</translation>
    </message>
</context>
<context>
    <name>PhotoBox</name>
    <message>
        <source>项目经理照片</source>
        <translation>Project manager&apos;s photo</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>移除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>JPG 或 PNG，不超过 {limit} MB。勾选“在自助机上显示项目经理照片”后，自助机的小区信息页才显示它。</source>
        <translation>JPG or PNG, at most {limit} MB. The kiosk&apos;s community page shows it only when &quot;Show the project manager&apos;s photo on the kiosk&quot; is ticked.</translation>
    </message>
    <message>
        <source>未设置照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>照片无法显示</source>
        <translation>Photo cannot be shown</translation>
    </message>
    <message>
        <source>选择项目经理照片</source>
        <translation>Choose the project manager&apos;s photo</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>照片已保存。</source>
        <translation>Photo saved.</translation>
    </message>
    <message>
        <source>确定移除项目经理照片吗？自助机将不再显示照片。</source>
        <translation>Remove the project manager&apos;s photo? The kiosk will no longer show a photo.</translation>
    </message>
    <message>
        <source>照片已移除。</source>
        <translation>Photo removed.</translation>
    </message>
    <message>
        <source>无法读取所选文件：{detail}</source>
        <translation>Cannot read the chosen file: {detail}</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <source>添加照片…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>也可以按 Ctrl+V 粘贴截图；选中照片按 Delete 移除</source>
        <translation>Or paste a screenshot with Ctrl+V; select a photo and press Delete to remove it</translation>
    </message>
    <message>
        <source>无法识别图片“{name}”。</source>
        <translation>“{name}” is not an image we can read.</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>粘贴图片-{time}.png</source>
        <translation>pasted-{time}.png</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>无法显示</source>
        <translation>Cannot display</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <source>管理密码</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>设置密码…</source>
        <translation>Set PIN…</translation>
    </message>
    <message>
        <source>清除密码</source>
        <translation>Clear PIN</translation>
    </message>
    <message>
        <source>已设置。工作人员在自助机上用隐藏手势调出密码键盘，输入它即可退出自助机。</source>
        <translation>Set. Staff open the PIN pad on the kiosk with the hidden gesture and type it to leave the kiosk.</translation>
    </message>
    <message>
        <source>尚未设置：自助机无法由工作人员退出，只能由操作系统关闭。</source>
        <translation>Not set: staff cannot leave the kiosk; only the operating system can close it.</translation>
    </message>
    <message>
        <source>管理密码已设置。</source>
        <translation>Staff PIN set.</translation>
    </message>
    <message>
        <source>清除管理密码</source>
        <translation>Clear the staff PIN</translation>
    </message>
    <message>
        <source>清除后，工作人员无法在自助机上输入密码退出，只能由操作系统关闭自助机。确定清除吗？</source>
        <translation>Without a PIN, staff cannot leave the kiosk by typing it; only the operating system can close the kiosk. Clear it?</translation>
    </message>
    <message>
        <source>管理密码已清除。</source>
        <translation>Staff PIN cleared.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>设置自助机管理密码</source>
        <translation>Set the kiosk&apos;s staff PIN</translation>
    </message>
    <message>
        <source>新密码（{low}–{high} 位数字）</source>
        <translation>New PIN ({low}–{high} digits)</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请重新输入。</source>
        <translation>The two PINs do not match; please type them again.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>工作人员退出</source>
        <translation>Staff exit</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>尚未设置管理密码，查询机只能由操作系统关闭。请项目经理在“设置”中或用 sunshine-desk kiosk --set-pin 设置。</source>
        <translation>No admin PIN is set, so the kiosk can only be closed from the operating system. The project manager should set one in “Settings” or with sunshine-desk kiosk --set-pin.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此功能正在建设中，将在后续版本提供。</source>
        <translation>This area is being built and arrives in a later release.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>响应时限 · 工作时间内受理</source>
        <translation>Response · received in working time</translation>
    </message>
    <message>
        <source>响应时限 · 工作时间外受理</source>
        <translation>Response · received outside working time</translation>
    </message>
    <message>
        <source>办结时限计算方式</source>
        <translation>Resolution counted</translation>
    </message>
    <message>
        <source>办结时限</source>
        <translation>Resolution deadline</translation>
    </message>
    <message>
        <source>最多延期次数</source>
        <translation>Most extensions</translation>
    </message>
    <message>
        <source>每次延期最多</source>
        <translation>Longest extension</translation>
    </message>
    <message>
        <source>默认规则（所有受理渠道）</source>
        <translation>Default rules (every channel)</translation>
    </message>
    <message>
        <source>响应时限和按自然时间的办结时限从受理时起算，例如 1440 分钟即 24 小时；按工作日的办结时限不计受理当日，到第 N 个工作日下班为止。保存后，所有未办结投诉的时限按新规则重新计算。</source>
        <translation>Response deadlines and clock-time resolution deadlines run from receipt (1440 minutes is 24 hours); working-day resolution deadlines skip the day of receipt and end when work stops on the Nth working day. Saving recomputes every open complaint.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>恢复默认…</source>
        <translation>Restore defaults…</translation>
    </message>
    <message>
        <source>按工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>按自然时间（分钟）</source>
        <translation>Clock time (minutes)</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> attempts</translation>
    </message>
    <message>
        <source>把处理时限恢复为默认规则？所有未办结投诉的时限将重新计算。</source>
        <translation>Restore the default deadline rules? Every open complaint is recomputed.</translation>
    </message>
    <message>
        <source>
各渠道的专用规则也会一并清除。</source>
        <translation>
Per-channel rules are removed too.</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>打印预览 · {title}</source>
        <translation>Print preview · {title}</translation>
    </message>
    <message>
        <source>正在生成“{title}”……</source>
        <translation>Building “{title}”…</translation>
    </message>
    <message>
        <source>取消（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存为 PDF（Ctrl+S）</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>第</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>生成的文件无法打开（{error}）。</source>
        <translation>The file built cannot be opened ({error}).</translation>
    </message>
    <message>
        <source>/ {n} 页</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <source>生成失败：{detail}</source>
        <translation>Build failed: {detail}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在打印……</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>无法连接打印机。</source>
        <translation>Cannot reach the printer.</translation>
    </message>
    <message>
        <source>打印失败：{detail}</source>
        <translation>Printing failed: {detail}</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{error}</source>
        <translation>Cannot save to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>台账打印</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>选择要打印的台账、海报或公示牌，设定统计期间和选项，预览后打印或另存为 PDF。</source>
        <translation>Choose a ledger, poster or sign, set the period and options, preview, then print or save as PDF.</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>公开栏栏目</source>
        <translation>Notice-board column</translation>
    </message>
    <message>
        <source>作业类别</source>
        <translation>Work kind</translation>
    </message>
    <message>
        <source>清册类别</source>
        <translation>Register kind</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>公开版（隐去个人信息）</source>
        <translation>Public copy (personal data hidden)</translation>
    </message>
    <message>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>此项不按统计期间打印。</source>
        <translation>This print has no period.</translation>
    </message>
    <message>
        <source>结束日期不能早于起始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>公开管理</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>新建公开记录（Ctrl+N）</source>
        <translation>New disclosure record (Ctrl+N)</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>公开时限</source>
        <translation>Disclosure deadline</translation>
    </message>
    <message>
        <source>草稿（{n}）</source>
        <translation>Drafts ({n})</translation>
    </message>
    <message>
        <source>草稿（{n}，退回 {r}）</source>
        <translation>Drafts ({n}, {r} returned)</translation>
    </message>
    <message>
        <source>待审核（{n}）</source>
        <translation>Pending review ({n})</translation>
    </message>
    <message>
        <source>今天 {day}</source>
        <translation>Today {day}</translation>
    </message>
    <message>
        <source>公开时限（逾期 {n}）</source>
        <translation>Disclosure deadlines ({n} overdue)</translation>
    </message>
    <message>
        <source>已提交审核，等待项目经理发布。</source>
        <translation>Submitted for review; waiting for a project manager to publish it.</translation>
    </message>
</context>
<context>
    <name>PublishedTab</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>审核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation>No matching records.</translation>
    </message>
    <message>
        <source>查看（Enter）</source>
        <translation>View (Enter)</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>期间在此日期及以后</source>
        <translation>Period on or after this date</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>期间在此日期及以前</source>
        <translation>Period on or before this date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>以此版本为底稿起草新版本；新版本发布后，此版本标为“已被更正”</source>
        <translation>Draft a new version based on this one; when the new version is published, this one is marked “Corrected”</translation>
    </message>
    <message>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>共 {n} 份，显示最近 {shown} 份</source>
        <translation>{n} records, showing the latest {shown}</translation>
    </message>
</context>
<context>
    <name>QueryPage</name>
    <message>
        <source>查询台</source>
        <translation>Query desk</translation>
    </message>
    <message>
        <source>选择类别查阅已公开的记录：方向键选择，Enter 打开；Alt+← 或退格键返回。</source>
        <translation>Choose a category to browse disclosed records: arrow keys to select, Enter to open; Alt+← or Backspace to go back.</translation>
    </message>
</context>
<context>
    <name>QuestionButton</name>
    <message>
        <source>提出质疑</source>
        <translation>Raise a question</translation>
    </message>
    <message>
        <source>登记住户对这条公开记录的质疑，5 个工作日内答复</source>
        <translation>Register a resident&apos;s question about this disclosed record; answer within 5 working days</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>答复期限</source>
        <translation>Answer deadline</translation>
    </message>
    <message>
        <source>质疑的记录</source>
        <translation>Questioned record</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>质疑内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>提出时间</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>未答复</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>已公开</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>未公开</source>
        <translation>Not disclosed</translation>
    </message>
    <message>
        <source>已</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{answerer}答复，{shown}</source>
        <translation>Answered by {answerer}, {shown}</translation>
    </message>
    <message>
        <source>答复已在查询台随记录公开</source>
        <translation>Answer disclosed with the record on the query desk</translation>
    </message>
    <message>
        <source>答复未公开</source>
        <translation>Answer not disclosed</translation>
    </message>
    <message>
        <source>{at} 答复：{answer}
{shown}</source>
        <translation>Answered {at}: {answer}
{shown}</translation>
    </message>
    <message>
        <source>截止 {due}</source>
        <translation>Due {due}</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <source>只看未答复</source>
        <extracomment>(unanswered, of which past their deadline): for the tab&apos;s label. The user asked to see a question&apos;s record.</extracomment>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <source>答复（Enter）</source>
        <translation>Answer (Enter)</translation>
    </message>
    <message>
        <source>在查询台公开此答复</source>
        <translation>Disclose this answer on the query desk</translation>
    </message>
    <message>
        <source>答复经项目经理同意后，随记录在查询台展示</source>
        <translation>With the project manager&apos;s approval, the answer is shown with the record on the query desk</translation>
    </message>
    <message>
        <source>查看记录</source>
        <translation>View record</translation>
    </message>
    <message>
        <source>没有质疑。住户在查询台或前台对公开记录提出的质疑会列在这里。</source>
        <translation>No questions. Questions residents raise about disclosed records at the query desk or front desk are listed here.</translation>
    </message>
    <message>
        <source>未答复 {n} 件，其中已超过答复期限 {late} 件</source>
        <translation>{n} unanswered, {late} past the answer deadline</translation>
    </message>
    <message>
        <source>没有未答复的质疑</source>
        <translation>No unanswered questions</translation>
    </message>
    <message>
        <source>先答复，才能公开答复</source>
        <translation>Answer the question before disclosing the answer</translation>
    </message>
    <message>
        <source>质疑（{n}，超时 {late}）</source>
        <translation>Questions ({n}, {late} overdue)</translation>
    </message>
    <message>
        <source>质疑（{n}）</source>
        <translation>Questions ({n})</translation>
    </message>
    <message>
        <source>质疑</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>RaiseQuestionDialog</name>
    <message>
        <source>提出质疑</source>
        <extracomment>The field names localdb.questions.raise_question reports errors under. The question was stored (its row, with number and answer deadline).</extracomment>
        <translation>Raise a question</translation>
    </message>
    <message>
        <source>选填；手机 11 位，座机如 028-85551234</source>
        <translation>Optional; mobile 11 digits, landline e.g. 028-85551234</translation>
    </message>
    <message>
        <source>住户对这条公开记录的疑问</source>
        <translation>The resident&apos;s question about this disclosed record</translation>
    </message>
    <message>
        <source>质疑的记录</source>
        <translation>Questioned record</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>质疑内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>提交质疑（Ctrl+Enter）</source>
        <translation>Submit question (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已登记质疑，编号 {number}。
请告知住户：我们将在 {due} 前答复。</source>
        <translation>Question registered, number {number}.
Tell the resident we will answer by {due}.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>例如：住户反映问题仍未解决</source>
        <translation>e.g. the resident says the problem is not solved</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>发布</source>
        <extracomment>Another version was asked for (its id): the page reopens on it, with its own actions.</extracomment>
        <translation>Publish</translation>
    </message>
    <message>
        <source>退回修改…</source>
        <translation>Return for changes…</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>编辑公开记录</source>
        <extracomment>The draft was written (its id; a new draft gets one on its first save). The draft went to review.</extracomment>
        <translation>Edit disclosure record</translation>
    </message>
    <message>
        <source>新建公开记录</source>
        <translation>New disclosure record</translation>
    </message>
    <message>
        <source>例如：2026年10月共有部分经营收益公示</source>
        <translation>e.g. Common-part income disclosure, October 2026</translation>
    </message>
    <message>
        <source>一两句话说明本记录公开什么，住户在列表中先看到它</source>
        <translation>One or two sentences on what this record discloses; residents see this first in the list</translation>
    </message>
    <message>
        <source>用逗号或空格分隔，例如：停车 广告</source>
        <translation>Separate with commas or spaces, e.g. parking advertising</translation>
    </message>
    <message>
        <source>仅涉及共有部分（不含任何住户的个人信息）</source>
        <translation>Common parts only (no personal information about any resident)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>子类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>保存草稿（Ctrl+S）</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>提交审核（Ctrl+Enter）</source>
        <translation>Submit for review (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>（不选）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（不属于信息公开清单）</source>
        <translation>(not on disclosure list)</translation>
    </message>
    <message>
        <source>{frequency}公开，期满后 {days} 天内</source>
        <translation>{frequency}, within {days} days after the period ends</translation>
    </message>
    <message>
        <source>发生变更后 {days} 天内公开</source>
        <translation>Disclosed within {days} days after a change</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>更正草稿 · {version}</source>
        <translation>Correction draft · {version}</translation>
    </message>
    <message>
        <source>编辑草稿</source>
        <translation>Edit draft</translation>
    </message>
    <message>
        <source>审核退回：{reason}</source>
        <translation>Returned in review: {reason}</translation>
    </message>
    <message>
        <source>该记录已不是草稿，不能修改。</source>
        <translation>This record is no longer a draft and can&apos;t be edited.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存草稿。</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation>Adding attachment…</translation>
    </message>
    <message>
        <source>已添加附件“{name}”。</source>
        <translation>Added attachment “{name}”.</translation>
    </message>
    <message>
        <source>已移除附件。</source>
        <translation>Attachment removed.</translation>
    </message>
    <message>
        <source>从 Excel 导入表格</source>
        <translation>Import table from Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>已从“{name}”导入 {n} 行。</source>
        <translation>Imported {n} rows from “{name}”.</translation>
    </message>
    <message>
        <source>未导入：{n} 行有问题。</source>
        <translation>Not imported: {n} rows have problems.</translation>
    </message>
    <message>
        <source>收支表</source>
        <translation>Income and expense sheet</translation>
    </message>
    <message>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>关闭编辑</source>
        <translation>Close editor</translation>
    </message>
    <message>
        <source>有未保存的修改，关闭后将丢失。确定关闭吗？</source>
        <translation>You have unsaved changes that will be lost if you close. Close anyway?</translation>
    </message>
    <message>
        <source>放弃修改并关闭</source>
        <translation>Discard changes and close</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>← 返回</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>返回上一屏（Alt+←）</source>
        <translation>Back to previous screen (Alt+←)</translation>
    </message>
    <message>
        <source>期间从（含）；不限则不按起始日期筛选</source>
        <translation>Period from (inclusive); Any means no filter on start date</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>期间到（含）；不限则不按截止日期筛选</source>
        <translation>Period to (inclusive); Any means no filter on end date</translation>
    </message>
    <message>
        <source>公开中</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>没有符合条件的记录。</source>
        <translation>No matching records.</translation>
    </message>
    <message>
        <source>全部子类</source>
        <translation>All subcategories</translation>
    </message>
    <message>
        <source>{name}（{n}）</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>子类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Publish date</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>第{n}版</source>
        <translation>v{n}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>关键词</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>显示更多行</source>
        <translation>Show more rows</translation>
    </message>
    <message>
        <source>文件（点击打开阅读）</source>
        <translation>Files (tap to open and read)</translation>
    </message>
    <message>
        <source>质疑与答复</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>对这份记录有疑问？提出质疑</source>
        <translation>Have a question about this record? Ask a question</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>查看最新版本（第 {n} 版）</source>
        <translation>View latest version (version {n})</translation>
    </message>
    <message>
        <source>这是第 {n} 版，已于 {date} 被更正，保留供查阅；请以最新版本为准。</source>
        <translation>This is version {n}. It was corrected on {date} and is kept for reference; please refer to the latest version.</translation>
    </message>
    <message>
        <source>{title}（共 {n} 行）</source>
        <translation>{title} ({n} rows)</translation>
    </message>
    <message>
        <source>质疑 {number}（{asked}）：{text}
答复（{answered}）：{answer}</source>
        <translation>Question {number} ({asked}): {text}
Answer ({answered}): {answer}</translation>
    </message>
    <message>
        <source>{model}收支明细</source>
        <translation>{model} income and expense details</translation>
    </message>
    <message>
        <source>打开 {name}（{size}）</source>
        <translation>Open {name} ({size})</translation>
    </message>
    <message>
        <source>{name}：此类文件请到服务中心前台查阅</source>
        <translation>{name}: please ask to see this type of file at the service centre desk</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>← 返回</source>
        <extracomment>Another version (or the newer one) was asked for. The detail arrived (tests and the page wait on it).</extracomment>
        <translation>← Back</translation>
    </message>
    <message>
        <source>返回上一屏（Alt+←）</source>
        <translation>Back to previous screen (Alt+←)</translation>
    </message>
    <message>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>起草 / 审核</source>
        <translation>Drafted / reviewed</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>附件（Enter 打开）</source>
        <translation>Attachments (Enter to open)</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>质疑与答复</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>未发布</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>此版本已于 {at} 被更正，内容保留供查阅；请以最新版本为准。</source>
        <translation>This version was corrected on {at} and is kept for reference; please refer to the latest version.</translation>
    </message>
    <message>
        <source>此记录已于 {at} 撤回。原因：{reason}</source>
        <translation>This record was withdrawn on {at}. Reason: {reason}</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>此版本尚未发布，住户看不到。</source>
        <translation>This version is not published yet; residents can&apos;t see it.</translation>
    </message>
    <message>
        <source>查看最新版本（第 {n} 版）→</source>
        <translation>View latest version (version {n}) →</translation>
    </message>
    <message>
        <source>查看最新版本 →</source>
        <translation>View latest version →</translation>
    </message>
    <message>
        <source>第 {n} 版 · {state}</source>
        <translation>Version {n} · {state}</translation>
    </message>
    <message>
        <source> · 发布于 {date}</source>
        <translation> · published {date}</translation>
    </message>
    <message>
        <source>（正在查看）</source>
        <translation>(viewing)</translation>
    </message>
    <message>
        <source>质疑</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <source>非本单位职责，转交</source>
        <translation>Not our remit: refer</translation>
    </message>
    <message>
        <source>例如：社区居委会、供电公司</source>
        <translation>e.g. the residents&apos; committee, the power company</translation>
    </message>
    <message>
        <source>已告知住户的内容</source>
        <translation>What the resident was told</translation>
    </message>
    <message>
        <source>转交单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RepeatHint</name>
    <message>
        <source>近30天同户/同地点投诉 {n} 条，保存后将标记为重复投诉：</source>
        <translation>{n} complaints from the same household or place in 30 days; this one will be marked a repeat:</translation>
    </message>
    <message>
        <source>同户</source>
        <translation>Same household</translation>
    </message>
    <message>
        <source>同地点</source>
        <translation>Same place</translation>
    </message>
    <message>
        <source>…另有 {n} 条</source>
        <translation>…{n} more</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>处理经过和结果（Ctrl+Enter 确定）</source>
        <translation>What was done and the result (Ctrl+Enter to confirm)</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <source>响应住户</source>
        <translation>Respond to the resident</translation>
    </message>
    <message>
        <source>例如：已电话联系，约明早上门</source>
        <translation>e.g. called; visit agreed for tomorrow morning</translation>
    </message>
    <message>
        <source>响应方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>已发布“{title}”，住户在查询台可以看到。</source>
        <extracomment>A result to show: (text, is_error). A correction draft was started: its record id (the page opens the editor on it).</extracomment>
        <translation>Published “{title}”; residents can now see it on the query desk.</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <source>“{title}”将退回给起草人（{author}）修改，退回原因显示在其草稿中。</source>
        <translation>“{title}” will be returned to its drafter ({author}) for changes; the reason will be shown in their draft.</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason returned</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>已退回“{title}”。</source>
        <translation>Returned “{title}”.</translation>
    </message>
    <message>
        <source>撤回公开</source>
        <translation>Withdraw disclosure</translation>
    </message>
    <message>
        <source>确定撤回“{title}”吗？撤回后住户在查询台看不到它，员工仍可查看撤回原因。撤回不能撤销；如内容有误，也可以选择“更正”发布新版本。</source>
        <translation>Withdraw “{title}”? Residents will no longer see it on the query desk; staff can still see the withdrawal reason. Withdrawal can&apos;t be undone. If the content is wrong, you can choose “Correct” instead to publish a new version.</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>确定撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>已撤回“{title}”。</source>
        <translation>Withdrew “{title}”.</translation>
    </message>
    <message>
        <source>已为“{title}”开始更正（第 {version} 版草稿），发布后替代原版本。</source>
        <translation>Started a correction of “{title}” (version {version} draft); once published, it replaces the original version.</translation>
    </message>
    <message>
        <source>已删除草稿“{title}”。</source>
        <translation>Deleted draft “{title}”.</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>确定删除草稿“{title}”吗？草稿的内容、表格和附件关联将一并删除，不能恢复。</source>
        <translation>Delete draft “{title}”? Its content, tables and attachment links will be deleted too. This can&apos;t be undone.</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>统计复盘</source>
        <extracomment>Double click on a complaint in the drill-down list. The figures on screen changed (tests and screenshots wait for it).</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>导出 Excel（Ctrl+E）</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>按渠道受理量</source>
        <translation>Received by channel</translation>
    </message>
    <message>
        <source>四项比率（按月）</source>
        <translation>The four rates by month</translation>
    </message>
    <message>
        <source>按类别受理量</source>
        <translation>Received by category</translation>
    </message>
    <message>
        <source>重复投诉的住户 / 地点</source>
        <translation>Households / places with repeat complaints</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>正在统计……</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{period}：按受理日期统计，截至 {now}。已转交其他单位的 {n} 件只计入受理量。</source>
        <translation>{period}: by date received, as of {now}. The {n} referred to other bodies count in the volume only.</translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation>Month {m}</translation>
    </message>
    <message>
        <source>其他 {n} 类</source>
        <translation>{n} other categories</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>及时响应率</source>
        <translation>On-time response rate</translation>
    </message>
    <message>
        <source>办结率</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>按时办结率</source>
        <translation>On-time resolution rate</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>受理的全部投诉（{n} 件）</source>
        <translation>All complaints received ({n})</translation>
    </message>
    <message>
        <source>超时未办结（{n} 件）</source>
        <translation>Overdue, unresolved ({n})</translation>
    </message>
    <message>
        <source>重复投诉（{n} 件）</source>
        <translation>Repeat complaints ({n})</translation>
    </message>
    <message>
        <source>未按时响应</source>
        <translation>Not responded on time</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <source>未按时办结</source>
        <translation>Not resolved on time</translation>
    </message>
    <message>
        <source>不满意（1–3 分）</source>
        <translation>Not satisfied (1–3)</translation>
    </message>
    <message>
        <source>{label}：{missed} {n} 件（计入 {d} 件）</source>
        <translation>{label}: {missed} {n} (of {d} counted)</translation>
    </message>
    <message>
        <source>{label}：计入的 {d} 件，其中达标 {n} 件</source>
        <translation>{label}: {d} counted, {n} met</translation>
    </message>
    <message>
        <source>渠道“{name}”受理的投诉（{n} 件）</source>
        <translation>Complaints received through “{name}” ({n})</translation>
    </message>
    <message>
        <source>类别“{name}”的投诉（{n} 件）</source>
        <translation>Complaints in “{name}” ({n})</translation>
    </message>
    <message>
        <source>“{label}”的重复投诉及其前次投诉（{n} 件）</source>
        <translation>Repeat complaints of “{label}” and the ones they repeat ({n})</translation>
    </message>
    <message>
        <source>投诉复盘_{start}_{end}</source>
        <translation>complaint-review_{start}_{end}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>导出失败：{detail}</source>
        <translation>Export failed: {detail}</translation>
    </message>
    <message>
        <source>投诉复盘 · {period}</source>
        <translation>Complaint review · {period}</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>起草人</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>等待审核的记录，先提交的在前。审核人不能是起草人；发布后住户在查询台可以看到。</source>
        <translation>Records waiting for review, oldest first. The reviewer can&apos;t be the drafter; once published, residents can see them on the query desk.</translation>
    </message>
    <message>
        <source>等待项目经理审核的记录。</source>
        <translation>Records waiting for project manager review.</translation>
    </message>
    <message>
        <source>没有等待审核的记录。</source>
        <translation>No records waiting for review.</translation>
    </message>
    <message>
        <source>查看（Enter）</source>
        <translation>View (Enter)</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>退回修改…</source>
        <translation>Return for changes…</translation>
    </message>
    <message>
        <source>第 {n} 版 · 更正</source>
        <translation>Version {n} · correction</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <source>房号、姓名或电话，如 3-2-1502</source>
        <extracomment>A room was picked from the list (None: the text was edited since).</extracomment>
        <translation>Room, name or phone, e.g. 3-2-1502</translation>
    </message>
</context>
<context>
    <name>RowsBody</name>
    <message>
        <source>只看此日期及以后</source>
        <translation>Only on or after this date</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>只看此日期及以前</source>
        <translation>Only on or before this date</translation>
    </message>
    <message>
        <source>执行人</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {n} 行</source>
        <translation>{n} rows</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>加载中…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>SatisfactionPicker</name>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>搜索标题、摘要、表格内容和 PDF 附件中的文字（Ctrl+F）</source>
        <translation>Search titles, summaries, table contents and text in PDF attachments (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>搜索“{text}”</source>
        <translation>Search “{text}”</translation>
    </message>
    <message>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>找到 {n} 条，↑↓ 选择，Enter 打开。</source>
        <translation>Found {n}. ↑↓ to select, Enter to open.</translation>
    </message>
    <message>
        <source>显示前 {n} 条，请输入更多文字缩小范围。</source>
        <translation>Showing the first {n}; type more to narrow the search.</translation>
    </message>
    <message>
        <source>没有找到包含“{text}”的公开记录。</source>
        <translation>No disclosed records contain “{text}”.</translation>
    </message>
    <message>
        <source>全文搜索尚未启用。</source>
        <translation>Full-text search is not enabled yet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>小区信息</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>工作时间与安全</source>
        <translation>Working hours and security</translation>
    </message>
    <message>
        <source>用户与角色</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>处理时限</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>查询台目录</source>
        <translation>Query desk catalogue</translation>
    </message>
    <message>
        <source>投诉渠道</source>
        <translation>Complaint channels</translation>
    </message>
    <message>
        <source>大堂自助机</source>
        <translation>Lobby kiosk</translation>
    </message>
    <message>
        <source>市平台同步</source>
        <translation>City sync</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>&lt;h2&gt;欢迎使用阳光台&lt;/h2&gt;&lt;p&gt;请填写小区信息，并创建第一个管理员账户。系统没有默认密码，请牢记您设置的密码。&lt;/p&gt;</source>
        <extracomment>The administrator just created, logged in.</extracomment>
        <translation>&lt;h2&gt;Welcome to Sunshine Desk&lt;/h2&gt;&lt;p&gt;Enter the community profile and create the first administrator account. There is no default password: remember the one you choose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>如 028-85551234 或 13800001234</source>
        <translation>e.g. 028-85551234 or 13800001234</translation>
    </message>
    <message>
        <source>如 每天 08:30–18:00</source>
        <translation>e.g. daily 08:30–18:00</translation>
    </message>
    <message>
        <source>小区信息</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>小区名称</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <source>项目经理</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>管理员账户</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码（至少 8 位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>完成设置</source>
        <translation>Finish setup</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>投诉编号</source>
        <extracomment>Open this complaint (Enter or double click on its row). How many open supervisions there are now.</extracomment>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>督办原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>督办时间</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>共 {n} 条未处理的督办。按 Enter 打开对应投诉。</source>
        <translation>{n} open supervisions. Press Enter to open the complaint.</translation>
    </message>
    <message>
        <source>没有督办。</source>
        <translation>No supervisions.</translation>
    </message>
</context>
<context>
    <name>SyncForm</name>
    <message>
        <source>留空则保留已保存的令牌</source>
        <translation>Leave empty to keep the saved token</translation>
    </message>
    <message>
        <source>清除令牌</source>
        <translation>Clear token</translation>
    </message>
    <message>
        <source>留空：使用系统信任的证书</source>
        <translation>Empty: use the certificates the system trusts</translation>
    </message>
    <message>
        <source>选择证书…</source>
        <translation>Choose certificate…</translation>
    </message>
    <message>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <source>市平台地址</source>
        <translation>City system URL</translation>
    </message>
    <message>
        <source>访问令牌</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>自签名证书</source>
        <translation>Self-signed certificate</translation>
    </message>
    <message>
        <source>同步间隔</source>
        <translation>Sync interval</translation>
    </message>
    <message>
        <source>每批操作数</source>
        <translation>Operations per batch</translation>
    </message>
    <message>
        <source>令牌只保存在本机的系统密钥环中，不写入数据库或设置文件；每台电脑需各自保存一次。证书只在市平台使用自签名证书时需要，证书校验始终开启。</source>
        <translation>The token is kept only in this PC&apos;s system keyring, never in the database or a settings file; save it once on each PC. A certificate is needed only when the city system uses a self-signed one; certificate checks are always on.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以修改同步设置；这里仅供查看。</source>
        <translation>Only a project manager or an administrator can change the sync settings; shown here for reference.</translation>
    </message>
    <message>
        <source>先填写市平台地址，再保存令牌。</source>
        <translation>Enter the city system&apos;s address first, then save the token.</translation>
    </message>
    <message>
        <source>已为该地址保存令牌（在本机系统密钥环中）。</source>
        <translation>A token is saved for this address (in this PC&apos;s system keyring).</translation>
    </message>
    <message>
        <source>尚未为该地址保存令牌：请填写市平台发给本项目的令牌。</source>
        <translation>No token saved for this address yet: enter the token the city system issued to this project.</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环，无法保存令牌。</source>
        <translation>This PC has no usable system keyring, so the token cannot be saved.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存。同步将按新设置重新开始。</source>
        <translation>Saved. Sync restarts with the new settings.</translation>
    </message>
    <message>
        <source>清除本机保存的市平台令牌？清除后本机将停止与市平台同步，直到重新填写令牌。</source>
        <translation>Clear the city token saved on this PC? This PC stops syncing with the city system until a token is entered again.</translation>
    </message>
    <message>
        <source>令牌已清除。</source>
        <translation>Token cleared.</translation>
    </message>
    <message>
        <source>选择市平台的证书</source>
        <translation>Choose the city system&apos;s certificate</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>正在连接市平台…</source>
        <translation>Connecting to the city system…</translation>
    </message>
    <message>
        <source>连接成功：市平台提供 {n} 个服务类别，往返 {ms} 毫秒。</source>
        <translation>Connected: the city system offers {n} service categories, round trip {ms} ms.</translation>
    </message>
    <message>
        <source>市平台时钟与本机相差 {s} 秒。</source>
        <translation>The city&apos;s clock differs from this PC&apos;s by {s} s.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>与市平台同步</source>
        <extracomment>The staff asked for a round now (立即同步 / F5).</extracomment>
        <translation>Sync with the city system</translation>
    </message>
    <message>
        <source>状态</source>
        <extracomment>Asks before a discard; tests put their own answer here.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>没有等待发送或需要处理的操作。</source>
        <translation>Nothing is waiting to be sent or needs attention.</translation>
    </message>
    <message>
        <source>立即同步 (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>放弃…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>只有项目经理或管理员可以重试或放弃操作；如有失败，请告诉项目经理。</source>
        <translation>Only a project manager or an administrator can retry or discard an operation; tell your project manager about failures.</translation>
    </message>
    <message>
        <source>已安排重试。</source>
        <translation>Retry scheduled.</translation>
    </message>
    <message>
        <source>已放弃该操作。</source>
        <translation>The operation was discarded.</translation>
    </message>
    <message>
        <source>放弃同步操作</source>
        <translation>Discard sync operation</translation>
    </message>
    <message>
        <source>放弃后，市平台将不会收到“{label}”。此操作会记入审计日志。确定放弃吗？</source>
        <translation>Once discarded, the city system will not receive “{label}”. This is recorded in the audit log. Discard it?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>{n} 秒后重试</source>
        <translation>retry in {n} s</translation>
    </message>
    <message>
        <source>{n} 分钟后重试</source>
        <translation>retry in {n} min</translation>
    </message>
    <message>
        <source>待发送 {n}</source>
        <translation>waiting {n}</translation>
    </message>
    <message>
        <source>失败 {n}</source>
        <translation>failed {n}</translation>
    </message>
    <message>
        <source>点击打开同步面板（F5 立即同步）</source>
        <translation>Click to open the sync panel (F5 syncs now)</translation>
    </message>
    <message>
        <source>同步：未设置城市系统地址</source>
        <translation>Sync: no city system address set</translation>
    </message>
    <message>
        <source>同步：无法启动</source>
        <translation>Sync: cannot start</translation>
    </message>
    <message>
        <source>同步：正在连接城市系统…</source>
        <translation>Sync: connecting to the city system…</translation>
    </message>
    <message>
        <source>同步：离线</source>
        <translation>Sync: offline</translation>
    </message>
    <message>
        <source>同步：出错</source>
        <translation>Sync: error</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>上次同步 {time}</source>
        <translation>last synced {time}</translation>
    </message>
    <message>
        <source>同步：在线</source>
        <translation>Sync: online</translation>
    </message>
    <message>
        <source>{time} 已同步</source>
        <translation>synced {time}</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>导出到 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>表格：{kind}</source>
        <translation>Table: {kind}</translation>
    </message>
    <message>
        <source>从 Excel 导入收支明细（列：日期、科目、摘要、金额、备注）；合计、期初和期末结余由系统计算，不能手工填写。有任何一行出错时不导入，并列出出错的行。</source>
        <translation>Import income and expense lines from Excel (columns: date, account, summary, amount, notes). Totals and opening and closing balances are calculated by the system and can&apos;t be entered by hand. If any row has an error, nothing is imported and the rows with errors are listed.</translation>
    </message>
    <message>
        <source>从 Excel 导入表格的各行；有任何一行出错时不导入，并列出出错的行。</source>
        <translation>Import table rows from Excel. If any row has an error, nothing is imported and the rows with errors are listed.</translation>
    </message>
    <message>
        <source>（保存草稿后在此显示表格。）</source>
        <translation>(The table appears here after you save the draft.)</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{n} 份</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>最近发布 {date}</source>
        <translation>Last published {date}</translation>
    </message>
    <message>
        <source>尚无公开记录</source>
        <translation>No disclosed records yet</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>转派给其他员工</source>
        <translation>Transfer to another staff member</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>设置密码…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>停用 / 启用</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <source>只有管理员可以管理用户。</source>
        <translation>Only an administrator can manage users.</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>未设置密码</source>
        <translation>No password yet</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>请先在表格中选择一个用户。</source>
        <translation>Select a user in the table first.</translation>
    </message>
    <message>
        <source>密码已设置。</source>
        <translation>Password set.</translation>
    </message>
    <message>
        <source>角色已更改。</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>停用后 {name} 将无法登录，确定停用吗？</source>
        <translation>{name} will no longer be able to log in. Deactivate?</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <source>工作台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>查询台</source>
        <translation>Query desk</translation>
    </message>
    <message>
        <source>公开管理</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>台账打印</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> attempts</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Work starts</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Work ends</translation>
    </message>
    <message>
        <source>无操作自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <source>密码连续错误锁定</source>
        <translation>Lock account after wrong passwords</translation>
    </message>
    <message>
        <source>账户锁定时长</source>
        <translation>Account lock lasts</translation>
    </message>
    <message>
        <source>工作时间按北京时间（Asia/Shanghai）计算，用于投诉响应与办结时限。</source>
        <translation>Working hours are Beijing time (Asia/Shanghai) and drive complaint response and resolution deadlines.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>board_states</name>
    <message>
        <source>已公开</source>
        <translation>Disclosed</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
</context>
<context>
    <name>body_kinds</name>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>共有部分经营收益表</source>
        <translation>Common-part income sheet</translation>
    </message>
    <message>
        <source>酬金制收支表</source>
        <translation>Commission model income and expense sheet</translation>
    </message>
    <message>
        <source>包干制成本表</source>
        <translation>Lump-sum model cost sheet</translation>
    </message>
    <message>
        <source>保洁作业记录表</source>
        <translation>Cleaning work record</translation>
    </message>
    <message>
        <source>绿化养护记录表</source>
        <translation>Landscaping maintenance record</translation>
    </message>
    <message>
        <source>秩序维护巡查记录表</source>
        <translation>Security patrol record</translation>
    </message>
    <message>
        <source>设施设备维保记录表</source>
        <translation>Facility and equipment maintenance record</translation>
    </message>
    <message>
        <source>电梯检验维保记录表</source>
        <translation>Elevator inspection and maintenance record</translation>
    </message>
    <message>
        <source>设施设备清册</source>
        <translation>Facility and equipment register</translation>
    </message>
    <message>
        <source>共有部分清册</source>
        <translation>Common-part register</translation>
    </message>
    <message>
        <source>档案资料清单</source>
        <translation>Archives register</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>码上办</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>12345</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>天府市民云</source>
        <translation>Tianfu Citizen Cloud</translation>
    </message>
</context>
<context>
    <name>complaint_actions</name>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>恢复处理</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>转派</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>非本单位职责</source>
        <translation>Not our remit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>complaint_events</name>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>恢复处理</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>转派</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>转交其他单位</source>
        <translation>Referred elsewhere</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>complaint_status</name>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已转交</source>
        <translation>Referred</translation>
    </message>
</context>
<context>
    <name>countdown</name>
    <message>
        <source>{days}天{hours}小时</source>
        <translation>{days}d {hours}h</translation>
    </message>
    <message>
        <source>{days}天</source>
        <translation>{days}d</translation>
    </message>
    <message>
        <source>{hours}小时{minutes:02d}分</source>
        <translation>{hours}h {minutes:02d}m</translation>
    </message>
    <message>
        <source>{minutes}分</source>
        <translation>{minutes}m</translation>
    </message>
    <message>
        <source>剩 {span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <source>超时 {span}</source>
        <translation>{span} over</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>超时响应</source>
        <translation>Responded late</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>超时办结</source>
        <translation>Resolved late</translation>
    </message>
    <message>
        <source>挂起中</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{number} 响应即将超时（剩 {span}）</source>
        <translation>{number}: response due soon ({span} left)</translation>
    </message>
    <message>
        <source>{number} 响应已超时（超时 {span}）</source>
        <translation>{number}: response overdue ({span} over)</translation>
    </message>
    <message>
        <source>{number} 办结即将超时（剩 {span}）</source>
        <translation>{number}: resolution due soon ({span} left)</translation>
    </message>
    <message>
        <source>{number} 办结已超时（超时 {span}）</source>
        <translation>{number}: resolution overdue ({span} over)</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>（日志写入失败，已输出到控制台）</source>
        <translation>(the log file could not be written; see the console)</translation>
    </message>
    <message>
        <source>程序遇到了意外错误。已保存的数据不受影响，请重试刚才的操作。

如果问题重复出现，请把日志文件发给技术支持：
{log}</source>
        <translation>Sunshine Desk hit an unexpected error. Saved data is not affected; please try again.

If it happens again, send this log file to support:
{log}</translation>
    </message>
    <message>
        <source>阳光台 — 出错了</source>
        <translation>Sunshine Desk — error</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>操作失败：{detail}</source>
        <translation>The operation failed: {detail}</translation>
    </message>
    <message>
        <source>文件“{path}”不是阳光台的数据库（也不是 SQLite 数据库），未做任何改动。</source>
        <translation>“{path}” is not a Sunshine Desk database (nor a SQLite database). Nothing was changed.</translation>
    </message>
    <message>
        <source>数据库由更新版本的阳光台写入（结构版本 {revision}），本程序无法使用它。请升级阳光台后再打开，数据库未做任何改动。</source>
        <translation>The database was written by a newer Sunshine Desk (schema {revision}) and cannot be used by this version. Upgrade Sunshine Desk and open it again; nothing was changed.</translation>
    </message>
    <message>
        <source>数据文件夹“{path}”不可写，无法保存数据。请检查文件夹权限或用 --db 指定其他位置。</source>
        <translation>The data folder “{path}” is not writable, so nothing can be saved. Check its permissions or choose another place with --db.</translation>
    </message>
    <message>
        <source>数据库文件“{path}”是只读的，无法保存数据。请检查文件权限。</source>
        <translation>The database file “{path}” is read-only, so nothing can be saved. Check its permissions.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {target}：{detail}。请检查网络和服务器地址，未做任何改动。</source>
        <translation>Cannot reach the database server {target}: {detail}. Check the network and the server address; nothing was changed.</translation>
    </message>
    <message>
        <source>无法识别的数据库地址“{url}”。请使用 SQLAlchemy 地址或数据库文件路径。</source>
        <translation>Unrecognised database address “{url}”. Use a SQLAlchemy URL or a database file path.</translation>
    </message>
    <message>
        <source>数据库文件“{path}”已损坏：{detail}</source>
        <translation>The database file “{path}” is damaged: {detail}</translation>
    </message>
    <message>
        <source>当前角色（{role}）无权执行此操作：{action}。</source>
        <translation>Your role ({role}) may not do this: {action}.</translation>
    </message>
    <message>
        <source>用户名或密码错误。</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>连续输错密码次数过多，账户已锁定，请在 {minutes} 分钟后再试或联系管理员。</source>
        <translation>Too many wrong passwords: the account is locked. Try again in {minutes} minutes or ask an administrator.</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员。</source>
        <translation>This account is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>该账户尚未设置密码，请联系管理员设置。</source>
        <translation>This account has no password yet. Ask an administrator to set one.</translation>
    </message>
    <message>
        <source>系统已完成初始设置。</source>
        <translation>Setup has already been completed.</translation>
    </message>
    <message>
        <source>请填写“{field}”。</source>
        <translation>Please fill in “{field}”.</translation>
    </message>
    <message>
        <source>“{field}”不能超过 {limit} 个字。</source>
        <translation>“{field}” may not exceed {limit} characters.</translation>
    </message>
    <message>
        <source>密码至少需要 {limit} 位。</source>
        <translation>The password needs at least {limit} characters.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>电话号码“{value}”格式不正确：手机号为 11 位数字，座机如 028-85551234。</source>
        <translation>Phone number “{value}” is not valid: a mobile has 11 digits, a landline looks like 028-85551234.</translation>
    </message>
    <message>
        <source>时间“{value}”格式不正确，应为 时:分，例如 08:30。</source>
        <translation>Time “{value}” is not valid; use hh:mm, e.g. 08:30.</translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间。</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>用户名“{username}”已被使用。</source>
        <translation>The user name “{username}” is already taken.</translation>
    </message>
    <message>
        <source>用户名只能包含字母、数字、下划线、点和减号，长度 2–32。</source>
        <translation>A user name has 2–32 letters, digits, underscores, dots or hyphens.</translation>
    </message>
    <message>
        <source>找不到{what}（编号 {ident}）。</source>
        <translation>Cannot find {what} (number {ident}).</translation>
    </message>
    <message>
        <source>不能停用或降级最后一位管理员。</source>
        <translation>The last administrator cannot be deactivated or demoted.</translation>
    </message>
    <message>
        <source>“{path}”不是有效的阳光台备份：{detail}</source>
        <translation>“{path}” is not a valid Sunshine Desk backup: {detail}</translation>
    </message>
    <message>
        <source>投诉当前状态为“{status}”，不能执行“{action}”。</source>
        <translation>The complaint is “{status}”; “{action}” is not possible now.</translation>
    </message>
    <message>
        <source>受理时间 {value} 晚于当前时间，请检查电脑时钟或重新填写。</source>
        <translation>The received time {value} is later than now. Check the PC&apos;s clock or correct it.</translation>
    </message>
    <message>
        <source>找不到房号“{value}”，请从列表中选择，或留空并填写地点。</source>
        <translation>Room “{value}” does not exist. Pick one from the list, or leave it empty and enter a place.</translation>
    </message>
    <message>
        <source>请选择房号或填写地点。</source>
        <translation>Pick a room or enter a place.</translation>
    </message>
    <message>
        <source>请选择投诉类别。</source>
        <translation>Pick a category.</translation>
    </message>
    <message>
        <source>无法识别的受理渠道“{value}”。</source>
        <translation>Unknown channel “{value}”.</translation>
    </message>
    <message>
        <source>满意度应为 1–5 分。</source>
        <translation>Satisfaction is 1 to 5.</translation>
    </message>
    <message>
        <source>找不到处理人（编号 {ident}）。</source>
        <translation>No such handler (number {ident}).</translation>
    </message>
    <message>
        <source>照片“{name}”超过 {limit} MB，请压缩后再添加。</source>
        <translation>Photo “{name}” is larger than {limit} MB; please shrink it first.</translation>
    </message>
    <message>
        <source>类别“{name}”已存在。</source>
        <translation>The category “{name}” already exists.</translation>
    </message>
    <message>
        <source>网址“{value}”不正确：应以 http:// 或 https:// 开头，且不含空格。</source>
        <translation>Web address “{value}” is not valid: it must start with http:// or https:// and contain no spaces.</translation>
    </message>
    <message>
        <source>放假安排数据格式不正确（{where}）。</source>
        <translation>The holiday schedule data is malformed ({where}).</translation>
    </message>
    <message>
        <source>“{value}”不是有效年份，应为 1900–2100 之间的年份。</source>
        <translation>“{value}” is not a valid year (1900–2100).</translation>
    </message>
    <message>
        <source>“{value}”不是有效日期，应写作 年-月-日，例如 2027-10-01。</source>
        <translation>“{value}” is not a valid date; write year-month-day, e.g. 2027-10-01.</translation>
    </message>
    <message>
        <source>日期 {value} 不在 {year} 年内。</source>
        <translation>The date {value} is not in {year}.</translation>
    </message>
    <message>
        <source>{value} 不能既是放假日又是调休上班日。</source>
        <translation>{value} cannot be both a day off and a make-up working day.</translation>
    </message>
    <message>
        <source>{value} 不是周六或周日，本就上班；调休上班日只填周末。</source>
        <translation>{value} is not a weekend day and is a working day anyway; make-up working days are weekend days.</translation>
    </message>
    <message>
        <source>请填写 {value} 对应的节日名称。</source>
        <translation>Enter the holiday name for {value}.</translation>
    </message>
    <message>
        <source>时限规则格式不正确（{where}）。</source>
        <translation>The deadline policy is malformed ({where}).</translation>
    </message>
    <message>
        <source>时限规则“{where}”应为 {low}–{high} 之间的整数。</source>
        <translation>Deadline rule “{where}” must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>“{urgency}”投诉的时限规则不允许延期。</source>
        <translation>The policy allows no extension for “{urgency}” complaints.</translation>
    </message>
    <message>
        <source>最多只能延期 {limit} 次。</source>
        <translation>At most {limit} extensions are allowed.</translation>
    </message>
    <message>
        <source>每次延期应为 1–{limit} 个工作日（本次 {value} 个）。</source>
        <translation>Each extension is 1–{limit} working days (this one: {value}).</translation>
    </message>
    <message>
        <source>无法识别的时间“{value}”，请写作 2026-09-30T16:20 或 2026-09-30T16:20+08:00。</source>
        <translation>Unrecognised time “{value}”; write 2026-09-30T16:20 or 2026-09-30T16:20+08:00.</translation>
    </message>
    <message>
        <source>无法识别的紧急程度“{value}”。</source>
        <translation>Unknown urgency “{value}”.</translation>
    </message>
    <message>
        <source>这是最后一个启用的投诉类别，停用后将无法受理投诉。</source>
        <translation>This is the last active category; without it no complaint can be logged.</translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation>Cannot find “{path}”.</translation>
    </message>
    <message>
        <source>无法导入“{path}”：只支持 Excel 工作簿（.xlsx）和 CSV 文件。旧版 .xls 文件请在 Excel 中另存为 .xlsx 后再导入。</source>
        <translation>Cannot import “{path}”: only Excel workbooks (.xlsx) and CSV files. Save an old .xls file as .xlsx in Excel first.</translation>
    </message>
    <message>
        <source>无法读取文件“{path}”（{detail}），请确认它是 Excel 工作簿（.xlsx）或 CSV 文件。</source>
        <translation>Cannot read “{path}” ({detail}); is it an Excel workbook (.xlsx) or a CSV file?</translation>
    </message>
    <message>
        <source>文件“{path}”中没有任何数据。</source>
        <translation>“{path}” holds no data.</translation>
    </message>
    <message>
        <source>文件“{path}”的表头（第 {row} 行）缺少“{columns}”列，无法导入。</source>
        <translation>The header of “{path}” (row {row}) lacks the column(s) “{columns}”; nothing can be imported.</translation>
    </message>
    <message>
        <source>有 {count} 行存在错误，未导入任何数据。请改正后重新导入，或选择只导入无误的行。</source>
        <translation>{count} rows have errors, so nothing was imported. Correct them and import again, or import only the valid rows.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的时间，请写作 2026-03-05 14:20 或 2026/3/5 14:20。</source>
        <translation>“{value}” is not a valid time; write 2026-03-05 14:20 or 2026/3/5 14:20.</translation>
    </message>
    <message>
        <source>时间 {value} 晚于当前时间。</source>
        <translation>The time {value} is later than now.</translation>
    </message>
    <message>
        <source>时间 {value} 早于{other}（{other_value}）。</source>
        <translation>The time {value} is earlier than {other} ({other_value}).</translation>
    </message>
    <message>
        <source>无法识别的受理渠道“{value}”，可填：{options}。</source>
        <translation>Unknown channel “{value}”; use one of: {options}.</translation>
    </message>
    <message>
        <source>找不到投诉类别“{value}”（或该类别已停用）。</source>
        <translation>No category “{value}” (or it is deactivated).</translation>
    </message>
    <message>
        <source>找不到房号“{value}”，请写作 3栋-2单元-1502 或 3-2-1502。</source>
        <translation>No room “{value}”; write 3栋-2单元-1502 or 3-2-1502.</translation>
    </message>
    <message>
        <source>房号“{value}”对应多个房间（{matches}），请写全 楼栋-单元-房号。</source>
        <translation>Room “{value}” matches several rooms ({matches}); write building-unit-room in full.</translation>
    </message>
    <message>
        <source>无法识别的状态“{value}”，可填：{options}。</source>
        <translation>Unknown status “{value}”; use one of: {options}.</translation>
    </message>
    <message>
        <source>满意度“{value}”应为 1–5 的整数。</source>
        <translation>Satisfaction “{value}” must be a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>状态为“{status}”时请填写“{field}”。</source>
        <translation>With status “{status}”, fill in “{field}”.</translation>
    </message>
    <message>
        <source>未填写状态的历史投诉按“{status}”导入，请填写“{field}”，或填写状态。</source>
        <translation>Historical complaints without a status are imported as “{status}”: fill in “{field}”, or a status.</translation>
    </message>
    <message>
        <source>状态为“{status}”的投诉不应填写“{field}”。</source>
        <translation>A complaint with status “{status}” should not have “{field}”.</translation>
    </message>
    <message>
        <source>填写了回访时间或回访意见时，请同时填写满意度。</source>
        <translation>With a follow-up time or comment, fill in the satisfaction too.</translation>
    </message>
    <message>
        <source>与第 {row} 行重复（受理时间、房号或地点、问题描述都相同）。</source>
        <translation>Same as row {row} (same received time, room or place, and description).</translation>
    </message>
    <message>
        <source>编号“{value}”与第 {row} 行重复。</source>
        <translation>Number “{value}” repeats row {row}.</translation>
    </message>
    <message>
        <source>已经导入过（投诉 {number}），跳过。</source>
        <translation>Already imported (complaint {number}); skipped.</translation>
    </message>
    <message>
        <source>该同步操作当前状态为“{state}”，不能{action}。</source>
        <translation>Can&apos;t {action}: this sync operation is “{state}”.</translation>
    </message>
    <message>
        <source>市平台地址“{value}”不正确：应以 https:// 开头（只有本机测试地址可以用 http://）。</source>
        <translation>City system URL “{value}” is invalid: it must start with https:// (only local test addresses may use http://).</translation>
    </message>
    <message>
        <source>找不到证书文件“{value}”，请选择市平台提供的证书（PEM 格式）。</source>
        <translation>Certificate file “{value}” not found. Choose the certificate (PEM format) provided by the city system.</translation>
    </message>
    <message>
        <source>尚未设置市平台地址，请项目经理在同步设置中填写（或用 --city-url 指定）。</source>
        <translation>The city system URL is not set. Ask the project manager to enter it in sync settings (or use --city-url).</translation>
    </message>
    <message>
        <source>尚未保存访问市平台的令牌，请项目经理在同步设置中填写（或运行 sunshine-desk sync --set-token）。</source>
        <translation>No city system access token has been saved. Ask the project manager to enter it in sync settings (or run sunshine-desk sync --set-token).</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环（keyring），无法安全地保存或读取市平台令牌。Windows 和 macOS 已自带；Linux 请安装并解锁 GNOME 密钥环或 KWallet 后再试。令牌不会保存在数据库或设置文件中。</source>
        <translation>No system keyring is available on this computer, so the city system token can&apos;t be saved or read securely. Windows and macOS have one built in; on Linux, install and unlock GNOME Keyring or KWallet and try again. The token is never stored in the database or settings file.</translation>
    </message>
    <message>
        <source>无法验证市平台服务器的证书：{detail}。如市平台使用自签名证书，请项目经理在同步设置中指定它的证书文件。</source>
        <translation>Can&apos;t verify the city system server&apos;s certificate: {detail}. If the city system uses a self-signed certificate, ask the project manager to specify its certificate file in sync settings.</translation>
    </message>
    <message>
        <source>市平台拒绝了访问令牌（HTTP {status}），请检查令牌是否正确、是否已过期。</source>
        <translation>The city system rejected the access token (HTTP {status}). Check that the token is correct and hasn&apos;t expired.</translation>
    </message>
    <message>
        <source>无法连接市平台：{detail}</source>
        <translation>Can&apos;t connect to the city system: {detail}</translation>
    </message>
    <message>
        <source>市平台暂时无法处理（{detail}），稍后自动重试。</source>
        <translation>The city system can&apos;t handle the request right now ({detail}); will retry automatically later.</translation>
    </message>
    <message>
        <source>记录当前状态为“{state}”，不能{action}。</source>
        <translation>Can&apos;t {action}: the record is “{state}”.</translation>
    </message>
    <message>
        <source>不能审核发布自己起草的记录，请由另一位项目经理审核。</source>
        <translation>You can&apos;t review and publish a record you drafted; ask another project manager to review it.</translation>
    </message>
    <message>
        <source>该记录已有一个未发布的更正版本（第 {version} 版），请先完成或删除它。</source>
        <translation>This record already has an unpublished correction (version {version}); finish or delete it first.</translation>
    </message>
    <message>
        <source>找不到查询台类别“{value}”（或该类别已停用）。</source>
        <translation>Query desk category “{value}” not found (or it is inactive).</translation>
    </message>
    <message>
        <source>子类别“{value}”不属于所选类别（或已停用）。</source>
        <translation>Subcategory “{value}” is not in the selected category (or it is inactive).</translation>
    </message>
    <message>
        <source>找不到公开清单事项“{value}”（或该事项已停用）。</source>
        <translation>Disclosure list item “{value}” not found (or it is inactive).</translation>
    </message>
    <message>
        <source>公开事项“{value}”不属于“{category}”类别。</source>
        <translation>Disclosure item “{value}” is not in the “{category}” category.</translation>
    </message>
    <message>
        <source>“{item}”按期公开，请填写本次公开的期间。</source>
        <translation>“{item}” is disclosed periodically; enter the period for this disclosure.</translation>
    </message>
    <message>
        <source>期间结束日期 {end} 早于开始日期 {start}。</source>
        <translation>Period end date {end} is earlier than start date {start}.</translation>
    </message>
    <message>
        <source>无法识别的正文类型“{value}”。</source>
        <translation>Unknown body type “{value}”.</translation>
    </message>
    <message>
        <source>已有表格数据的记录不能更改正文类型。</source>
        <translation>The body type can&apos;t be changed for a record that already has table data.</translation>
    </message>
    <message>
        <source>标签“{value}”不能超过 {limit} 个字。</source>
        <translation>Tag “{value}” can&apos;t be longer than {limit} characters.</translation>
    </message>
    <message>
        <source>标签最多 {limit} 个。</source>
        <translation>At most {limit} tags.</translation>
    </message>
    <message>
        <source>不支持附件“{name}”的文件类型；可添加 PDF、图片（JPG、PNG 等）和 Office 文件。</source>
        <translation>Attachment “{name}” has an unsupported file type; you can add PDF, images (JPG, PNG, etc.) and Office files.</translation>
    </message>
    <message>
        <source>附件“{name}”超过 {limit} MB。</source>
        <translation>Attachment “{name}” is larger than {limit} MB.</translation>
    </message>
    <message>
        <source>附件“{name}”是空文件。</source>
        <translation>Attachment “{name}” is an empty file.</translation>
    </message>
    <message>
        <source>该记录已附有相同内容的文件“{name}”。</source>
        <translation>This record already has a file with the same content: “{name}”.</translation>
    </message>
    <message>
        <source>附件文件（{sha256}）不在数据文件夹中，可能已被移动或删除。</source>
        <translation>The attachment file ({sha256}) is not in the data folder; it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>未指定附件文件夹，无法保存附件。</source>
        <translation>No attachment folder is set, so attachments can&apos;t be saved.</translation>
    </message>
    <message>
        <source>名称“{name}”已被使用。</source>
        <translation>The name “{name}” is already in use.</translation>
    </message>
    <message>
        <source>代码“{code}”已被使用。</source>
        <translation>The code “{code}” is already in use.</translation>
    </message>
    <message>
        <source>子类别“{name}”下已有记录，不能移到其他类别；可停用它并新建一个。</source>
        <translation>Subcategory “{name}” already has records and can&apos;t be moved to another category; deactivate it and create a new one.</translation>
    </message>
    <message>
        <source>无法识别的公开频率“{value}”。</source>
        <translation>Unknown disclosure frequency “{value}”.</translation>
    </message>
    <message>
        <source>公开时限应为 {low}–{high} 天。</source>
        <translation>The disclosure deadline must be {low}–{high} days.</translation>
    </message>
    <message>
        <source>无法识别的质疑渠道“{value}”。</source>
        <translation>Unknown question channel “{value}”.</translation>
    </message>
    <message>
        <source>只能对已公开的记录提出质疑。</source>
        <translation>Questions can only be raised about disclosed records.</translation>
    </message>
    <message>
        <source>质疑尚未答复，不能公开。</source>
        <translation>The question hasn&apos;t been answered yet, so it can&apos;t be disclosed.</translation>
    </message>
    <message>
        <source>查询机在 {minutes} 分钟内已提交 {limit} 条质疑，请稍后再提交，或到服务中心前台办理。</source>
        <translation>{limit} questions have been sent from this kiosk in the last {minutes} minutes. Please try again later, or go to the service centre desk.</translation>
    </message>
    <message>
        <source>该房号今天已通过查询机提交 {limit} 条质疑，请明天再提交，或到服务中心前台办理。</source>
        <translation>{limit} questions have already been sent from this kiosk for this room today. Please try again tomorrow, or go to the service centre desk.</translation>
    </message>
    <message>
        <source>请选择楼栋、单元并填写房号。</source>
        <translation>Please choose a building and unit, and enter a room number.</translation>
    </message>
    <message>
        <source>管理密码应为 {low}–{high} 位数字。</source>
        <translation>The admin PIN must be {low}–{high} digits.</translation>
    </message>
    <message>
        <source>“{field}”应在 {low}–{high} 之间。</source>
        <translation>“{field}” must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>项目经理照片应为 JPG 或 PNG 图片，且不超过 {limit} MB。</source>
        <translation>The project manager&apos;s photo must be a JPG or PNG image of no more than {limit} MB.</translation>
    </message>
    <message>
        <source>请先填写“{title}”的公开期间，再填写表格。</source>
        <translation>Enter the disclosure period for “{title}” before filling in the table.</translation>
    </message>
    <message>
        <source>“{title}”不是{kind}。</source>
        <translation>“{title}” is not a {kind}.</translation>
    </message>
    <message>
        <source>{value} 不在本记录的期间（{start} 至 {end}）内。</source>
        <translation>{value} is outside this record&apos;s period ({start} to {end}).</translation>
    </message>
    <message>
        <source>“{value}”不是有效日期，请写作 2026-03-05 或 2026/3/5。</source>
        <translation>“{value}” is not a valid date; write it as 2026-03-05 or 2026/3/5.</translation>
    </message>
    <message>
        <source>与第 {row} 行重复。</source>
        <translation>Duplicate of row {row}.</translation>
    </message>
    <message>
        <source>文件“{path}”中没有可导入的行。</source>
        <translation>File “{path}” has no rows to import.</translation>
    </message>
    <message>
        <source>金额“{value}”不是数字。</source>
        <translation>Amount “{value}” is not a number.</translation>
    </message>
    <message>
        <source>金额“{value}”最多两位小数（精确到分）。</source>
        <translation>Amount “{value}” can have at most two decimal places.</translation>
    </message>
    <message>
        <source>金额应大于 0（填写的是“{value}”）。</source>
        <translation>The amount must be greater than 0 (you entered “{value}”).</translation>
    </message>
    <message>
        <source>金额“{value}”超出范围。</source>
        <translation>Amount “{value}” is out of range.</translation>
    </message>
    <message>
        <source>找不到科目“{value}”（或该科目已停用）。</source>
        <translation>Account “{value}” not found (or it is inactive).</translation>
    </message>
    <message>
        <source>科目“{value}”属于{other}，不能用于{model}表。</source>
        <translation>Account “{value}” belongs to {other} and can&apos;t be used in a {model} sheet.</translation>
    </message>
    <message>
        <source>科目“{value}”的收支方向（{direction}）不能用于{model}表。</source>
        <translation>The direction ({direction}) of account “{value}” can&apos;t be used in a {model} sheet.</translation>
    </message>
    <message>
        <source>分配合计 {distributed} 元超过可分配收益 {available} 元（期初结余 {opening} 元 + 本期收入 {income} 元 − 本期成本 {cost} 元）。</source>
        <translation>Total distributed, {distributed} yuan, exceeds the distributable income of {available} yuan (opening balance {opening} yuan + income this period {income} yuan − costs this period {cost} yuan).</translation>
    </message>
    <message>
        <source>按此填写，{date} 的资金余额为 {balance} 元；酬金制物业服务资金不能为负数。</source>
        <translation>With these entries, the fund balance on {date} would be {balance} yuan; commission-model service funds can&apos;t go negative.</translation>
    </message>
    <message>
        <source>本表期初结余由上期已发布的“{title}”结转（{amount} 元），不能另填期初。</source>
        <translation>This sheet&apos;s opening balance is carried over from the previous published “{title}” ({amount} yuan); a separate opening balance can&apos;t be entered.</translation>
    </message>
    <message>
        <source>期初结余只能填写一行。</source>
        <translation>Only one opening balance line is allowed.</translation>
    </message>
    <message>
        <source>{model}没有“期初结余”科目，请先在设置中添加。</source>
        <translation>{model} has no “Opening balance” account; add it in Settings first.</translation>
    </message>
    <message>
        <source>“{label}”填写 {stated} 元，按各行计算应为 {computed} 元。</source>
        <translation>“{label}” is {stated} yuan, but the lines add up to {computed} yuan.</translation>
    </message>
    <message>
        <source>看不出“{value}”是哪些行的合计，请写明如“收入合计”“支出合计”。</source>
        <translation>Can&apos;t tell which rows “{value}” totals; label it clearly, e.g. “Total income” or “Total expenditure”.</translation>
    </message>
    <message>
        <source>类别“{value}”与科目“{account}”的类别“{expected}”不符。</source>
        <translation>Category “{value}” doesn&apos;t match the category “{expected}” of account “{account}”.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>小区名称</source>
        <translation>Community name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>服务电话</source>
        <translation>Service phone</translation>
    </message>
    <message>
        <source>项目经理</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>上班时间</source>
        <translation>Work starts</translation>
    </message>
    <message>
        <source>下班时间</source>
        <translation>Work ends</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>转交单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Follow-up comment</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>码上办二维码网址</source>
        <translation>码上办 QR code address</translation>
    </message>
    <message>
        <source>项目投诉电话</source>
        <translation>Project complaint phone</translation>
    </message>
    <message>
        <source>企业投诉电话</source>
        <translation>Company complaint phone</translation>
    </message>
    <message>
        <source>主管部门投诉电话</source>
        <translation>Housing authority complaint phone</translation>
    </message>
    <message>
        <source>主管部门名称</source>
        <translation>Housing authority</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>响应时间</source>
        <translation>Responded at</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Resolved at</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Followed up at</translation>
    </message>
    <message>
        <source>市平台地址</source>
        <translation>City system URL</translation>
    </message>
    <message>
        <source>证书文件</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>同步间隔</source>
        <translation>Sync interval</translation>
    </message>
    <message>
        <source>每批操作数</source>
        <translation>Operations per batch</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason returned</translation>
    </message>
    <message>
        <source>更正说明</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <source>质疑内容</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>子类别</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>公开栏目</source>
        <translation>Notice board column</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>作业内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>执行人</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
    <message>
        <source>管理密码</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>无操作返回首页（秒）</source>
        <translation>Return to Home when idle (seconds)</translation>
    </message>
    <message>
        <source>每 10 分钟质疑条数</source>
        <translation>Questions per 10 minutes</translation>
    </message>
    <message>
        <source>每户每天质疑条数</source>
        <translation>Questions per household per day</translation>
    </message>
</context>
<context>
    <name>frequencies</name>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>每半年</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>发生变更时</source>
        <translation>On change</translation>
    </message>
</context>
<context>
    <name>kiosk_periods</name>
    <message>
        <source>全部期间</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>去年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
</context>
<context>
    <name>money_labels</name>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>成本</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expenditure</translation>
    </message>
    <message>
        <source>企业酬金</source>
        <translation>Company fee</translation>
    </message>
    <message>
        <source>分配</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>期初结余</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>共有部分经营收益</source>
        <translation>Common-part income</translation>
    </message>
    <message>
        <source>本期收入</source>
        <translation>Income this period</translation>
    </message>
    <message>
        <source>本期成本</source>
        <translation>Costs this period</translation>
    </message>
    <message>
        <source>本期净收益</source>
        <translation>Net income this period</translation>
    </message>
    <message>
        <source>可分配收益</source>
        <translation>Distributable income</translation>
    </message>
    <message>
        <source>本期分配</source>
        <translation>Distributed this period</translation>
    </message>
    <message>
        <source>期末结余</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <source>酬金制</source>
        <translation>Commission model</translation>
    </message>
    <message>
        <source>本期支出</source>
        <translation>Expenditure this period</translation>
    </message>
    <message>
        <source>包干制</source>
        <translation>Lump-sum model</translation>
    </message>
    <message>
        <source>本期结余</source>
        <translation>Balance this period</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>修改小区信息</source>
        <translation>change the community profile</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>修改楼栋房号</source>
        <translation>change buildings and rooms</translation>
    </message>
    <message>
        <source>修改住户</source>
        <translation>change residents</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>加载演示数据</source>
        <translation>load demo data</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>受理和处理投诉</source>
        <translation>log and handle complaints</translation>
    </message>
    <message>
        <source>批准延期</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <source>修改投诉类别、时限和日历</source>
        <translation>change complaint categories, deadlines and the calendar</translation>
    </message>
    <message>
        <source>起草和提交公开记录</source>
        <translation>Draft and submit disclosure records</translation>
    </message>
    <message>
        <source>审核发布公开记录</source>
        <translation>Review and publish disclosure records</translation>
    </message>
    <message>
        <source>修改查询台目录和公开清单</source>
        <translation>Edit the query-desk catalogue and disclosure list</translation>
    </message>
    <message>
        <source>答复业主质疑</source>
        <translation>Answer residents&apos; questions</translation>
    </message>
    <message>
        <source>公开质疑答复</source>
        <translation>Show answers to questions publicly</translation>
    </message>
    <message>
        <source>提出质疑</source>
        <translation>Raise a question</translation>
    </message>
    <message>
        <source>管理市平台同步</source>
        <translation>Manage city system sync</translation>
    </message>
</context>
<context>
    <name>publish_labels</name>
    <message>
        <source>剩 {n} 天</source>
        <extracomment>Board states (background, text): the desk&apos;s tints, dark text on a light cell. A draft that review sent back: the warning tint.</extracomment>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
</context>
<context>
    <name>query_print</name>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>此版本已被更正（最新为第 {n} 版），请以最新版本为准。</source>
        <translation>This version has been corrected (latest is version {n}); please refer to the latest version.</translation>
    </message>
    <message>
        <source>此版本已被更正，请以最新版本为准。</source>
        <translation>This version has been corrected; please refer to the latest version.</translation>
    </message>
    <message>
        <source>此记录已撤回。原因：{reason}</source>
        <translation>This record has been withdrawn. Reason: {reason}</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>公开事项</source>
        <translation>Disclosure item</translation>
    </message>
    <message>
        <source>发布时间</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>共 {total} 行，此处打印前 {n} 行。</source>
        <translation>{total} rows in all; only the first {n} are printed here.</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>第 {n} 版 · {state} · {date}</source>
        <translation>Version {n} · {state} · {date}</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>质疑与答复</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>打印时间 {at}</source>
        <translation>Printed {at}</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>科目</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{model}收支表</source>
        <translation>{model} income and expense sheet</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>打印预览 - {title}</source>
        <translation>Print preview - {title}</translation>
    </message>
</context>
<context>
    <name>query_rows</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>作业内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>执行人</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>启用日期</source>
        <translation>In service since</translation>
    </message>
</context>
<context>
    <name>question_channels</name>
    <message>
        <source>服务中心前台</source>
        <translation>Service centre desk</translation>
    </message>
    <message>
        <source>查询机</source>
        <translation>Kiosk</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>已答复</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>超时答复</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>（该年尚无官方节假日安排，按周末和法定节日推算）</source>
        <translation> (no official holiday schedule for that year yet; estimated from weekends and statutory holidays)</translation>
    </message>
</context>
<context>
    <name>record_period</name>
    <message>
        <source>{y}年{m}月</source>
        <extracomment>The badge words the query desk uses (listed for lupdate in desktop/ui/query/strings.py). Badge colours (background, text): calm tints with dark text.</extracomment>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>{y}年上半年</source>
        <translation>H1 {y}</translation>
    </message>
    <message>
        <source>{y}年下半年</source>
        <translation>H2 {y}</translation>
    </message>
    <message>
        <source>{y}年第{q}季度</source>
        <translation>Q{q} {y}</translation>
    </message>
    <message>
        <source>{y}年{a}–{b}月</source>
        <translation>{a}–{b}/{y}</translation>
    </message>
    <message>
        <source>{a} 至 {b}</source>
        <translation>{a} to {b}</translation>
    </message>
</context>
<context>
    <name>record_states</name>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已被更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>response_kinds</name>
    <message>
        <source>电话联系</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>上门/当面</source>
        <translation>Visit / in person</translation>
    </message>
    <message>
        <source>短信/微信</source>
        <translation>SMS / WeChat</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>客服</source>
        <translation>Desk staff</translation>
    </message>
    <message>
        <source>项目经理</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>查询机</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>search_sources</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>表格</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>渠道：{channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <source>重复投诉</source>
        <translation>Repeat complaints</translation>
    </message>
    <message>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>处理结果：{result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <source>满意度 {n} 分</source>
        <translation>Satisfaction {n}</translation>
    </message>
    <message>
        <source>转派给 {name}</source>
        <translation>Transferred to {name}</translation>
    </message>
    <message>
        <source>延期 {days} 个工作日，原因：{reason}；审批：{who}</source>
        <translation>Extended by {days} working days, reason: {reason}; approved by {who}</translation>
    </message>
    <message>
        <source>转交：{body}</source>
        <translation>Referred to: {body}</translation>
    </message>
</context>
<context>
    <name>urgency</name>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>复杂</source>
        <translation>Complex</translation>
    </message>
</context>
</TS>
