<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <source>The administrator manages staff accounts and settings. Each person at the desk later signs in with an own account.</source>
        <translation>管理员负责员工账号和系统设置。之后前台每位员工都用自己的账号登录。</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>AdminRoom</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>(all actions)</source>
        <translation>（全部操作）</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Staff &amp;username:</source>
        <translation>员工用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Customer ID:</source>
        <translation>客户ID(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>{n} row(s), newest first.</source>
        <translation>共 {n} 条，最新的在前。</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>FrontDesk backs up the venue automatically every day and when it closes. Every backup is verified before it counts.</source>
        <translation>系统每天以及关闭时自动备份，每份备份都经过校验才算有效。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Backups in the backup folder:</source>
        <translation>备份文件夹中的备份：</translation>
    </message>
    <message>
        <source>Backup written and verified: {where}</source>
        <translation>备份已完成并通过校验：{where}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>FrontDesk writes a verified backup every day and when it closes. A folder on a second disk or a USB drive kept in the office is best. Clicking Create venue sets up the encrypted store; this takes a few seconds.</source>
        <translation>系统每天以及关闭时自动写入一份经过校验的备份。备份文件夹最好放在另一块硬盘或存放在办公室的U盘上。点击“创建场所”将建立加密数据库，需要几秒钟。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>Backups are not available in this version.</source>
        <translation>此版本尚不支持备份。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Written at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Filter by name, number or phone</source>
        <translation>按姓名、编号或电话筛选</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>{n} customer file(s) shown.</source>
        <translation>显示 {n} 份客户档案。</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Ctrl+L  Lock the desk</source>
        <translation>Ctrl+L  锁定前台</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L  Sign out</source>
        <translation>Ctrl+Shift+L  签退</translation>
    </message>
    <message>
        <source>Ctrl+Q  Quit</source>
        <translation>Ctrl+Q  退出</translation>
    </message>
    <message>
        <source>F1  This help</source>
        <translation>F1  本帮助</translation>
    </message>
    <message>
        <source>Alt + underlined letter  Press that button or field</source>
        <translation>Alt + 括号中的字母  按下该按钮或跳到该栏</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab  Next / previous field</source>
        <translation>Tab / Shift+Tab  下一栏 / 上一栏</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Receptionist</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation>值班经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation>创建场所</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>锁定前台</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>解锁前台</translation>
    </message>
    <message>
        <source>Customer file viewed</source>
        <translation>查看客户档案</translation>
    </message>
    <message>
        <source>Customer file created</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <source>Customer file changed</source>
        <translation>修改客户档案</translation>
    </message>
    <message>
        <source>Customer file deleted</source>
        <translation>删除客户档案</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Form printed</source>
        <translation>打印表单</translation>
    </message>
    <message>
        <source>Staff account created</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>修改员工账号</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>升级数据库</translation>
    </message>
    <message>
        <source>Audit log viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>客户导入</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Regular customer</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Diamond customer</source>
        <translation>钻石客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>FrontDesk</source>
        <translation>会所前台</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>前台已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out (another person signs in)</source>
        <translation>签退，换人登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to open the desk.</source>
        <translation>请登录以使用前台。</translation>
    </message>
    <message>
        <source>Locked by {name}. Type your password to go on.</source>
        <translation>由 {name} 锁定。请输入密码继续。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FrontDesk</source>
        <translation>会所前台</translation>
    </message>
    <message>
        <source>Ctrl+L: lock   F1: help</source>
        <translation>Ctrl+L：锁定   F1：帮助</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock desk</source>
        <translation>锁定前台(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>签退(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>当前登录：{user}（{role}）</translation>
    </message>
    <message>
        <source>FrontDesk - {venue}</source>
        <translation>会所前台 - {venue}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>场所口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The venue passphrase must differ from the admin password.</source>
        <translation>场所口令不能与管理员密码相同。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>This username is already in use.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>Use at most 64 characters and no spaces.</source>
        <translation>最多 64 个字符，不能有空格。</translation>
    </message>
    <message>
        <source>Choose between 1 and 240 minutes.</source>
        <translation>请选择 1 到 240 分钟。</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>请保留 1 到 365 份备份。</translation>
    </message>
    <message>
        <source>Choose a full folder path.</source>
        <translation>请选择完整的文件夹路径。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The birthday lies in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>此项内容无效。</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>内容太短。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>This is already in use.</source>
        <translation>已被使用。</translation>
    </message>
    <message>
        <source>Not found; it may have been removed.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>数值超出范围。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The desk is locked; unlock it first.</source>
        <translation>前台已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>Unknown username or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>The venue passphrase is wrong.</source>
        <translation>场所口令不正确。</translation>
    </message>
    <message>
        <source>This recovery key does not open this venue.</source>
        <translation>此恢复密钥无法打开本场所的数据。</translation>
    </message>
    <message>
        <source>The venue data file is damaged or not a FrontDesk file. Restore the latest backup or call support.</source>
        <translation>场所数据文件已损坏，或不是本系统的文件。请恢复最近的备份或联系技术支持。</translation>
    </message>
    <message>
        <source>A stored value failed its integrity check; it may have been altered.</source>
        <translation>有数据未通过完整性校验，可能已被篡改。</translation>
    </message>
    <message>
        <source>The venue data could not be unlocked.</source>
        <translation>无法解锁场所数据。</translation>
    </message>
    <message>
        <source>The data folder is on a network share, where the database is not safe. Choose a folder on this PC.</source>
        <translation>数据文件夹位于网络共享上，数据库在那里不安全。请选择本机上的文件夹。</translation>
    </message>
    <message>
        <source>No venue has been set up in this folder.</source>
        <translation>此文件夹中尚未设置场所。</translation>
    </message>
    <message>
        <source>The venue data could not be read or written.</source>
        <translation>无法读取或写入场所数据。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {n} more minute(s).</source>
        <translation>密码错误次数过多：该账号已锁定，请 {n} 分钟后再试。</translation>
    </message>
    <message>
        <source>The action was refused.</source>
        <translation>操作被拒绝。</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>出现错误：{detail}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Venue passphrase</source>
        <translation>场所口令</translation>
    </message>
    <message>
        <source>The venue passphrase protects all customer data. Normally the system keychain remembers it; it is asked when the keychain is missing or the data moves to another PC. Choose a long sentence that the owner can remember.</source>
        <translation>场所口令保护全部客户资料。平时由系统钥匙串记住它；当钥匙串不可用或数据搬到另一台电脑时才需要输入。请选一句负责人记得住的长句子。</translation>
    </message>
    <message>
        <source>Venue &amp;passphrase:</source>
        <translation>场所口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>再次输入口令(&amp;G)：</translation>
    </message>
    <message>
        <source>Strength: too short (at least {n} characters)</source>
        <translation>强度：太短（至少 {n} 个字符）</translation>
    </message>
    <message>
        <source>Strength: acceptable - longer is better</source>
        <translation>强度：可用——再长一些更好</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>强度：良好</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>强度：很强</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>保存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Coming soon: the {room} room is not built yet.</source>
        <translation>即将推出：“{room}”功能尚在建设中。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The venue is ready. If the passphrase is ever forgotten, this recovery key is the only way to open the customer data. It is shown only this once: print the recovery sheet, seal it in an envelope and keep it in the safe.</source>
        <translation>场所已创建。如果忘记场所口令，这个恢复密钥是打开客户资料的唯一办法。它只显示这一次：请打印恢复密钥单，装入信封密封后存放在保险柜中。</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet...</source>
        <translation>打印恢复密钥单(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>保存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;kept the recovery key safe</source>
        <translation>我已妥善保存恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Key ID: {key_id}</source>
        <translation>密钥编号：{key_id}</translation>
    </message>
    <message>
        <source>This PC has no usable system keychain, so FrontDesk will ask for the venue passphrase at each start.</source>
        <translation>本机没有可用的系统钥匙串，因此每次启动时都需要输入场所口令。</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>恢复密钥单</translation>
    </message>
</context>
<context>
    <name>Rooms</name>
    <message>
        <source>Customer files</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Front-desk check-in</source>
        <translation>前台签到</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Archive lending</source>
        <translation>档案借阅</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>场所名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Auto-&amp;lock after:</source>
        <translation>自动锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep backups:</source>
        <translation>保留备份份数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>A language change applies the next time FrontDesk starts.</source>
        <translation>界面语言的更改在下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked field.</source>
        <translation>未保存：请更正标出的项目。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>FrontDesk - Set up the venue</source>
        <translation>会所前台 - 设置场所</translation>
    </message>
    <message>
        <source>&amp;Create venue</source>
        <translation>创建场所(&amp;C)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Please keep the recovery key safe and tick the box before closing.</source>
        <translation>请先妥善保存恢复密钥并勾选确认框，然后再关闭。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>FrontDesk - Sign in</source>
        <translation>会所前台 - 登录</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Account &amp;active</source>
        <translation>账号启用(&amp;A)</translation>
    </message>
    <message>
        <source>Leave empty to keep the password</source>
        <translation>留空则不修改密码</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>再次输入密码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>&amp;Add staff member...</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>请先选择一位员工。</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FrontDesk - Unlock venue data</source>
        <translation>会所前台 - 解锁场所数据</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Type the recovery key from the sealed recovery sheet (groups of four letters and digits).</source>
        <translation>请输入密封的恢复密钥单上的恢复密钥（每组四个字母或数字）。</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>Use the venue &amp;passphrase</source>
        <translation>使用场所口令(&amp;P)</translation>
    </message>
    <message>
        <source>The system keychain holds no key for this venue. Type the venue passphrase to open the customer data.</source>
        <translation>系统钥匙串中没有本场所的密钥。请输入场所口令以打开客户资料。</translation>
    </message>
    <message>
        <source>Venue &amp;passphrase:</source>
        <translation>场所口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key</source>
        <translation>使用恢复密钥(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VenuePage</name>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation>欢迎使用会所前台</translation>
    </message>
    <message>
        <source>FrontDesk keeps the venue&apos;s customer files encrypted on this PC. First, the name of the venue as it should appear on screens and printed forms.</source>
        <translation>会所前台在本机加密保存场所的客户档案。首先，请填写场所名称，它将显示在屏幕和打印的表单上。</translation>
    </message>
    <message>
        <source>Venue &amp;name:</source>
        <translation>场所名称(&amp;N)：</translation>
    </message>
</context>
</TS>
