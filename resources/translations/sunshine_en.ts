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
    <name>AppSession</name>
    <message>
        <source>阳光台 — 无法打开数据库</source>
        <extracomment>The store could not be opened; carries the user-facing message. The current screen: &quot;setup&quot;, &quot;login&quot;, &quot;main&quot; or &quot;locked&quot;.</extracomment>
        <translation>Sunshine Desk — cannot open the database</translation>
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
    <name>ComplaintTableModel</name>
    <message>
        <source>编号</source>
        <extracomment>Calm colours: tinted cells with dark text, readable on any screen. The ids were (re)loaded; carries how many there are. A query failed; carries the exception.</extracomment>
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
        <source>加载中…</source>
        <translation>Loading…</translation>
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
    <name>DeskPage</name>
    <message>
        <source>工作台</source>
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
    <name>KioskWindow</name>
    <message>
        <source>阳光台 — 查询机</source>
        <translation>Sunshine Desk — kiosk</translation>
    </message>
    <message>
        <source>物业管理事务查询台</source>
        <translation>Property management query desk</translation>
    </message>
    <message>
        <source>住户自助查询即将开放，敬请期待。</source>
        <translation>Self-service browsing for residents is coming soon.</translation>
    </message>
    <message>
        <source>住户自助查询即将开放，敬请期待。
服务电话：{phone}
开放时间：{hours}</source>
        <translation>Self-service browsing for residents is coming soon.
Service phone: {phone}
Opening hours: {hours}</translation>
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
    <name>RoomPicker</name>
    <message>
        <source>房号、姓名或电话，如 3-2-1502</source>
        <extracomment>A room was picked from the list (None: the text was edited since).</extracomment>
        <translation>Room, name or phone, e.g. 3-2-1502</translation>
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
        <source>按合同协议、财务管理、清册台账、作业记录、制度规范五类查阅公开资料。</source>
        <translation>Browse disclosed records in five categories: contracts, finance, registers, work records and rules.</translation>
    </message>
    <message>
        <source>公开管理</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>起草、审核、发布公开信息，跟踪信息公开清单的公开时限。</source>
        <translation>Draft, review and publish disclosures; track the deadlines of the disclosure list.</translation>
    </message>
    <message>
        <source>台账打印</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>打印投诉处理台账、收支台账、公示海报和码上办公示牌。</source>
        <translation>Print complaint ledgers, money ledgers, notice-board posters and the QR-code sign.</translation>
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
