<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
    <name>AppSession</name>
    <message>
        <source>阳光台 — 无法打开数据库</source>
        <extracomment>The store could not be opened; carries the user-facing message. The current screen: &quot;setup&quot;, &quot;login&quot;, &quot;main&quot; or &quot;locked&quot;.</extracomment>
        <translation>Sunshine Desk — cannot open the database</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>此功能正在建设中，将在后续版本提供。</source>
        <translation>This area is being built and arrives in a later release.</translation>
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
        <source>按月、按季复盘：及时响应率、办结率、按时办结率、满意率。</source>
        <translation>Monthly and quarterly review: on-time response, resolution, on-time resolution and satisfaction rates.</translation>
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
        <source>用户名或密码错误。再错 {remaining} 次将锁定账户。</source>
        <translation>Wrong user name or password. {remaining} more failures will lock the account.</translation>
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
        <source>电话号码“{value}”格式不正确：手机号为 11 位数字，座机如 028-12345678。</source>
        <translation>Phone number “{value}” is not valid: a mobile has 11 digits, a landline looks like 028-12345678.</translation>
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
</TS>
