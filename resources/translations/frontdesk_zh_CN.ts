<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust points (manager)</source>
        <translation>积分调整（经理）</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>&amp;Points (+ or -)</source>
        <translation>积分（+ 或 -）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
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
        <source>Retention</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Add file...</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the new file first, then add attachments.</source>
        <translation>请先保存新档案，再添加附件。</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Images and PDF</source>
        <translation>图片和 PDF</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>无法显示该图片。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Why is {name} removed?</source>
        <translation>为什么删除 {name}？</translation>
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
    <name>BasicTab</name>
    <message>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Landlines with area code; separate several with commas</source>
        <translation>固定电话请带区号；多个号码用逗号分隔</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>Other &amp;phones:</source>
        <translation>其他电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;ccupation:</source>
        <translation>职业(&amp;C)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Owner (staff):</source>
        <translation>负责员工(&amp;O)：</translation>
    </message>
    <message>
        <source>Staff #{id}</source>
        <translation>员工 #{id}</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Reason (kept with the card&apos;s history):</source>
        <translation>原因（记入会员卡历史）：</translation>
    </message>
    <message>
        <source>Renew member card</source>
        <translation>续卡</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续卡</translation>
    </message>
    <message>
        <source>Unfreeze member card</source>
        <translation>解冻会员卡</translation>
    </message>
    <message>
        <source>Report member card lost</source>
        <translation>会员卡挂失</translation>
    </message>
    <message>
        <source>Replace lost member card</source>
        <translation>补卡</translation>
    </message>
    <message>
        <source>Cancel member card</source>
        <translation>注销会员卡</translation>
    </message>
    <message>
        <source>Redeem a gift</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>The gift catalogue is empty; a manager adds gifts first.</source>
        <translation>礼品目录为空，请先由经理添加礼品。</translation>
    </message>
</context>
<context>
    <name>CardDialogs</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Frozen period</source>
        <translation>冻结期</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>补发新卡</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>{who}: no member card yet</source>
        <translation>{who}：尚无会员卡</translation>
    </message>
    <message>
        <source>Scan or type a card number, or find the customer.</source>
        <translation>请扫卡或输入卡号，或查找客户。</translation>
    </message>
</context>
<context>
    <name>CheckInRoom</name>
    <message>
        <source>Front-desk check-in</source>
        <translation>前台签到</translation>
    </message>
    <message>
        <source>Scan the member card, or type its number + Enter</source>
        <translation>扫描会员卡，或输入卡号后按回车</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫卡(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Walk-in visitor... (F3)</source>
        <translation>散客登记(&amp;W)… (F3)</translation>
    </message>
    <message>
        <source>Party si&amp;ze:</source>
        <translation>人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Pu&amp;rpose:</source>
        <translation>来访目的(&amp;R)：</translation>
    </message>
    <message>
        <source>Service ar&amp;ea:</source>
        <translation>服务区域(&amp;E)：</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>接待员工(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Find customer:</source>
        <translation>查找客户(&amp;F)：</translation>
    </message>
    <message>
        <source>Check-in refused: {reasons}. No visit was recorded.</source>
        <translation>签到被拒绝：{reasons}。未登记来访。</translation>
    </message>
    <message>
        <source>Search by name or phone below.</source>
        <translation>请在下方按姓名或电话查找。</translation>
    </message>
    <message>
        <source>{name} is already checked in (at {time}); the repeated scan made no second visit.</source>
        <translation>{name} 已签到（{time}），重复扫卡，未重复登记。</translation>
    </message>
    <message>
        <source>Checked in: {name} at {time}. Please note the alerts below.</source>
        <translation>已签到：{name}，{time}。请留意下方提示。</translation>
    </message>
    <message>
        <source>Checked in: {name} at {time}.</source>
        <translation>已签到：{name}，{time}。</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Value tier:</source>
        <translation>客户等级(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活跃状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation>密级(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>记录知情同意</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>同意事项(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>同意方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Guardian&apos;s name:</source>
        <translation>监护人姓名(&amp;G)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>同意事项</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>On saving</source>
        <translation>保存时记录</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回时间</translation>
    </message>
    <message>
        <source>Guardian / note</source>
        <translation>监护人 / 备注</translation>
    </message>
</context>
<context>
    <name>ConsumptionDialog</name>
    <message>
        <source>Record a consumption</source>
        <translation>登记消费</translation>
    </message>
    <message>
        <source>Customer without an active card (no points)</source>
        <translation>无有效会员卡的客户（不积分）</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>消费部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Items or service</source>
        <translation>消费项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Payment method</source>
        <translation>支付方式(&amp;P)</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>折扣：</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tier discount {percent}%: {off} yuan off, to pay {paid} yuan</source>
        <translation>会员折扣 {percent}%：优惠 {off} 元，应付 {paid} 元</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>The PDF cannot print these characters and shows 〓 instead: {chars}
The JSON copy keeps them exactly. Export anyway?</source>
        <translation>PDF 无法打印以下字符，将以〓代替：{chars}
JSON 副本会原样保留。仍然导出？</translation>
    </message>
    <message>
        <source>Erased. Deletion record no. {n} is kept.</source>
        <translation>已删除。已保留第 {n} 号删除记录。</translation>
    </message>
    <message>
        <source>Export a personal copy</source>
        <translation>导出个人信息副本</translation>
    </message>
    <message>
        <source>Written for the customer:
{files}</source>
        <translation>已为客户生成以下文件：
{files}</translation>
    </message>
</context>
<context>
    <name>CustomerFileDialog</name>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>ID and consent</source>
        <translation>证件与同意</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Access record</source>
        <translation>查阅记录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New customer file</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <source>Merge another fi&amp;le into this...</source>
        <translation>合并其他档案到此档案(&amp;L)…</translation>
    </message>
    <message>
        <source>Erase personal in&amp;formation...</source>
        <translation>删除个人信息(&amp;F)…</translation>
    </message>
    <message>
        <source>E&amp;xport a personal copy...</source>
        <translation>导出个人信息副本(&amp;X)…</translation>
    </message>
    <message>
        <source>Customer file {number}</source>
        <translation>客户档案 {number}</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Why is this file changed? (kept in the change history)</source>
        <translation>为什么修改此档案？（将记入修改记录）</translation>
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
        <source>Loans</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Care and follow-up</source>
        <translation>关怀与回访</translation>
    </message>
    <message>
        <source>The {room} room will fill this tab.</source>
        <translation>此页将由“{room}”模块提供。</translation>
    </message>
</context>
<context>
    <name>CustomerFinder</name>
    <message>
        <source>Name, pinyin (zs / zhangsan) or phone digits</source>
        <translation>姓名、拼音（zs / zhangsan）或电话号码</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>密级</translation>
    </message>
</context>
<context>
    <name>CustomersRoom</name>
    <message>
        <source>Name, pinyin (zs / zhangsan), phone digits, card or ID tail, tag</source>
        <translation>姓名、拼音（zs / zhangsan）、手机号任意几位、卡号、证件号后几位、标签</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Optional; kept in the access record</source>
        <translation>选填；记入查阅记录</translation>
    </message>
    <message>
        <source>Reason for &amp;viewing:</source>
        <translation>查阅原因(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;New customer (Ctrl+N)</source>
        <translation>新建客户(&amp;N) Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open (Enter)</source>
        <translation>打开(&amp;O) Enter</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>{n} file(s) found.</source>
        <translation>找到 {n} 份档案。</translation>
    </message>
    <message>
        <source>{n} customer file(s) shown.</source>
        <translation>显示 {n} 份客户档案。</translation>
    </message>
    <message>
        <source>Select the file to keep first.</source>
        <translation>请先选中要保留的档案。</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <source>same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>A customer file with the same phone or ID number already exists:</source>
        <translation>已有电话或证件号码相同的客户档案：</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>打开已有档案(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Create a new file anyway</source>
        <translation>仍然新建(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
</context>
<context>
    <name>EraseConfirmDialog</name>
    <message>
        <source>Erase personal information</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>This erases the name, phones, ID, notes and all attachments of customer file {number} ({name}). Business records stay, anonymised. It cannot be undone.</source>
        <translation>将删除客户档案 {number}（{name}）的姓名、电话、证件、备注及全部附件。业务记录将匿名保留。此操作不可撤销。</translation>
    </message>
    <message>
        <source>Type the customer &amp;number to confirm:</source>
        <translation>输入客户编号以确认(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason (the customer&apos;s request):</source>
        <translation>原因（客户的请求）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The number typed is not {number}.</source>
        <translation>输入的编号不是 {number}。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>The export holds personal information in the clear: keep the file safe and delete it when it is no longer needed. The export is recorded in the audit log.</source>
        <translation>导出文件含有未加密的个人信息：请妥善保管，不再需要时及时删除。本次导出将记入审计日志。</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户名单.xlsx</translation>
    </message>
    <message>
        <source>{n} customer file(s) exported to {path}.</source>
        <translation>已导出 {n} 份客户档案到 {path}。</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze member card</source>
        <translation>冻结会员卡</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To (inclusive)</source>
        <translation>结束日期（含）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
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
        <source>F2  Front-desk check-in: scan a member card</source>
        <translation>F2  前台签到：扫描会员卡</translation>
    </message>
    <message>
        <source>F3  Register a walk-in visitor (check-in room)</source>
        <translation>F3  散客登记（前台签到）</translation>
    </message>
    <message>
        <source>Alt + underlined letter  Press that button or field</source>
        <translation>Alt + 括号中的字母  按下该按钮或跳到该栏</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab  Next / previous field</source>
        <translation>Tab / Shift+Tab  下一栏 / 上一栏</translation>
    </message>
    <message>
        <source>Ctrl+F  Find a customer (customer files)</source>
        <translation>Ctrl+F  查找客户（客户档案）</translation>
    </message>
    <message>
        <source>Ctrl+N  New customer file</source>
        <translation>Ctrl+N  新建客户档案</translation>
    </message>
    <message>
        <source>Enter  Open the customer file found</source>
        <translation>Enter  打开找到的客户档案</translation>
    </message>
    <message>
        <source>Ctrl+Tab  Next tab of a customer file</source>
        <translation>Ctrl+Tab  客户档案的下一页</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>IdConsentTab</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Ex&amp;piry:</source>
        <translation>有效期至(&amp;P)：</translation>
    </message>
    <message>
        <source>An ID number or ID scan is sensitive personal information: record the customer&apos;s separate consent for it below.</source>
        <translation>证件号码和证件扫描件属于敏感个人信息：请在下方记录客户的单独同意。</translation>
    </message>
    <message>
        <source>A&amp;dd consent...</source>
        <translation>添加同意(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Consent records:</source>
        <translation>知情同意记录：</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Reason (optional):</source>
        <translation>原因（选填）：</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>A .csv or .xlsx list (Excel, GB18030 or UTF-8)</source>
        <translation>.csv 或 .xlsx 名单（Excel，GB18030 或 UTF-8 编码）</translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Download &amp;template...</source>
        <translation>下载模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Columns (change to map by hand)</source>
        <translation>列对应（可手动修改）</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>&amp;Dry run (check only, import nothing)</source>
        <translation>试运行(&amp;D)（只检查，不导入）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Open the rejects &amp;folder</source>
        <translation>打开拒绝文件所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{rows} row(s) in the file; the first {shown} below, {refused} refused.</source>
        <translation>文件共 {rows} 行；下面显示前 {shown} 行，其中 {refused} 行将被拒绝。</translation>
    </message>
    <message>
        <source>Encoding: {encoding}</source>
        <translation>编码：{encoding}</translation>
    </message>
    <message>
        <source>Not imported: {columns}</source>
        <translation>不导入的列：{columns}</translation>
    </message>
    <message>
        <source>Map a column to: {fields}</source>
        <translation>请为以下字段指定列：{fields}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>第 {n} 列</translation>
    </message>
    <message>
        <source>{new} new, {updated} corrected, {unchanged} unchanged, {rejected} refused.</source>
        <translation>新建 {new} 份，更正 {updated} 份，不变 {unchanged} 份，拒绝 {rejected} 行。</translation>
    </message>
    <message>
        <source>Dry run, nothing imported: </source>
        <translation>试运行，未导入任何数据：</translation>
    </message>
    <message>
        <source>Refused rows, with their reasons: {path}</source>
        <translation>被拒绝的行及原因：{path}</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>下载模板</translation>
    </message>
    <message>
        <source>customer-template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New file</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Correct existing</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Separate ID consent</source>
        <translation>证件单独同意</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>拒绝原因</translation>
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
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Consent record</source>
        <translation>知情同意记录</translation>
    </message>
    <message>
        <source>Customer files merged</source>
        <translation>档案合并</translation>
    </message>
    <message>
        <source>Copy of personal information</source>
        <translation>个人信息副本</translation>
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
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>绝密</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>客户介绍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Mainland resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>HK/Macao permit</source>
        <translation>港澳通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation>营销信息</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>ID document (separate consent)</source>
        <translation>证件信息（单独同意）</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent (under 14)</source>
        <translation>监护人同意（未满14周岁）</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>纸质签字</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>屏幕确认</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>ID scan</source>
        <translation>证件扫描件</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>签字表单</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
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
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>ID expiry</source>
        <translation>证件有效期</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Habits and special needs</source>
        <translation>习惯与特殊需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃状态</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责员工</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>介绍人</translation>
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
        <source>F2: check-in   Ctrl+L: lock   F1: help</source>
        <translation>F2：签到   Ctrl+L：锁定   F1：帮助</translation>
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
        <source>&amp;Check in (scan)</source>
        <translation>前台签到（扫卡）(&amp;C)</translation>
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
    <name>MemberMessages</name>
    <message>
        <source>No member card has this number. Check the card or search by name.</source>
        <translation>没有此卡号的会员卡。请核对卡片，或按姓名查找。</translation>
    </message>
    <message>
        <source>The check digit of this card number is wrong: mistyped or misread?</source>
        <translation>卡号校验位不符：是否输错或扫错？</translation>
    </message>
    <message>
        <source>This member card has expired.</source>
        <translation>此会员卡已过期。</translation>
    </message>
    <message>
        <source>This member card is frozen.</source>
        <translation>此会员卡已冻结。</translation>
    </message>
    <message>
        <source>This member card was reported lost; it is blocked.</source>
        <translation>此会员卡已挂失，不能使用。</translation>
    </message>
    <message>
        <source>This member card has been cancelled.</source>
        <translation>此会员卡已注销。</translation>
    </message>
    <message>
        <source>This member card is active.</source>
        <translation>此会员卡有效。</translation>
    </message>
    <message>
        <source>This customer already holds a live member card.</source>
        <translation>该客户已有一张有效的会员卡。</translation>
    </message>
    <message>
        <source>This member card is not frozen.</source>
        <translation>此会员卡未冻结。</translation>
    </message>
    <message>
        <source>Only a card reported lost (and not yet replaced) can be replaced.</source>
        <translation>只有已挂失且尚未补卡的会员卡才能补卡。</translation>
    </message>
    <message>
        <source>This date lies in the past.</source>
        <translation>该日期已过。</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>该日期在未来。</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <source>This amount is too large; please check it.</source>
        <translation>金额过大，请核对。</translation>
    </message>
    <message>
        <source>Paying with points needs a member card.</source>
        <translation>积分支付需要会员卡。</translation>
    </message>
    <message>
        <source>The card does not hold that many points.</source>
        <translation>会员卡积分不足。</translation>
    </message>
    <message>
        <source>Not enough of this gift in stock.</source>
        <translation>该礼品库存不足。</translation>
    </message>
    <message>
        <source>Enter a number of points other than zero.</source>
        <translation>请输入不为零的积分数。</translation>
    </message>
    <message>
        <source>This consumption has already been reversed.</source>
        <translation>此笔消费已冲销。</translation>
    </message>
    <message>
        <source>This check-in has already been undone.</source>
        <translation>此次签到已撤销。</translation>
    </message>
    <message>
        <source>This visitor has already checked out.</source>
        <translation>该访客已签退。</translation>
    </message>
    <message>
        <source>Please fill in the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The party size must be between 1 and 500.</source>
        <translation>人数须在 1 至 500 之间。</translation>
    </message>
    <message>
        <source>Please fill in the party size.</source>
        <translation>请填写人数。</translation>
    </message>
    <message>
        <source>Please fill in the purpose of the visit.</source>
        <translation>请填写来访目的。</translation>
    </message>
    <message>
        <source>Please fill in the service area.</source>
        <translation>请填写服务区域。</translation>
    </message>
    <message>
        <source>Choose the staff member who receives the visitor.</source>
        <translation>请选择接待员工。</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>该员工已不存在。</translation>
    </message>
    <message>
        <source>A card number has only digits.</source>
        <translation>卡号只能包含数字。</translation>
    </message>
    <message>
        <source>Scan or type a card number.</source>
        <translation>请扫卡或输入卡号。</translation>
    </message>
    <message>
        <source>This customer file no longer exists.</source>
        <translation>该客户档案已不存在。</translation>
    </message>
    <message>
        <source>Please fill in the department.</source>
        <translation>请填写消费部门。</translation>
    </message>
    <message>
        <source>Please fill in the items or service.</source>
        <translation>请填写消费项目。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan, e.g. 123.45.</source>
        <translation>请以元为单位输入金额，例如 123.45。</translation>
    </message>
    <message>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>折扣须在 0 至 100% 之间。</translation>
    </message>
    <message>
        <source>This gift is no longer in the catalogue.</source>
        <translation>该礼品已不在目录中。</translation>
    </message>
    <message>
        <source>Enter a quantity of at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>No member card</source>
        <translation>无会员卡</translation>
    </message>
    <message>
        <source>Card expired</source>
        <translation>会员卡已过期</translation>
    </message>
    <message>
        <source>Card frozen</source>
        <translation>会员卡已冻结</translation>
    </message>
    <message>
        <source>Card reported lost</source>
        <translation>会员卡已挂失</translation>
    </message>
    <message>
        <source>Card cancelled</source>
        <translation>会员卡已注销</translation>
    </message>
    <message>
        <source>Birthday today: offer the birthday benefit</source>
        <translation>今天生日：请提供生日福利</translation>
    </message>
    <message>
        <source>Birthday this week: offer the birthday benefit</source>
        <translation>本周生日：请提供生日福利</translation>
    </message>
    <message>
        <source>Has an open complaint</source>
        <translation>有未结案的投诉</translation>
    </message>
    <message>
        <source>Has an overdue borrowed item</source>
        <translation>有逾期未还的借用物品</translation>
    </message>
    <message>
        <source>Checked in recently, last at</source>
        <translation>近期已签到，上次</translation>
    </message>
    <message>
        <source>No photo on file</source>
        <translation>档案中没有照片</translation>
    </message>
    <message>
        <source>{alert}: {detail}</source>
        <translation>{alert}：{detail}</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>消费积分</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Moved to the new card</source>
        <translation>转入新卡</translation>
    </message>
</context>
<context>
    <name>MemberPanel</name>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Scan a member card or search for a customer.</source>
        <translation>请扫描会员卡或查找客户。</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Card state</source>
        <translation>卡状态</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发卡日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>补发新卡</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>消费小票</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>消费部门</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>消费项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Member card and points</source>
        <translation>会员卡与积分</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>消费</translation>
    </message>
</context>
<context>
    <name>MembersRoom</name>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Scan or type a card number + Enter</source>
        <translation>扫卡或输入卡号后按回车</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>卡号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Find member:</source>
        <translation>查找会员(&amp;F)：</translation>
    </message>
    <message>
        <source>Tier for a new card:</source>
        <translation>新卡等级：</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>&amp;Issue card</source>
        <translation>发卡(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>续卡(&amp;N)</translation>
    </message>
    <message>
        <source>Free&amp;ze...</source>
        <translation>冻结(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>解冻(&amp;U)</translation>
    </message>
    <message>
        <source>Report &amp;lost...</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;place card...</source>
        <translation>补卡(&amp;P)…</translation>
    </message>
    <message>
        <source>Print member car&amp;d</source>
        <translation>打印会员卡(&amp;D)</translation>
    </message>
    <message>
        <source>Print card s&amp;heet (A4)</source>
        <translation>打印卡片页（A4）(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Record consumption...</source>
        <translation>登记消费(&amp;R)…</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt</source>
        <translation>打印小票(&amp;I)</translation>
    </message>
    <message>
        <source>Redeem &amp;gift...</source>
        <translation>积分兑换(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Adjust points...</source>
        <translation>积分调整(&amp;A)…</translation>
    </message>
    <message>
        <source>Cance&amp;l card...</source>
        <translation>注销(&amp;L)…</translation>
    </message>
    <message>
        <source>Card {no} issued.</source>
        <translation>已发卡：{no}。</translation>
    </message>
    <message>
        <source>Receipt {no}: paid {paid} yuan, {points} points earned.</source>
        <translation>小票 {no}：实收 {paid} 元，获得 {points} 积分。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>消费小票</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Card sheet (A4, 10 cards)</source>
        <translation>卡片页（A4，每页 10 张）</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customer files</source>
        <translation>合并客户档案</translation>
    </message>
    <message>
        <source>The file found below is merged into {keep}; its history is kept.</source>
        <translation>下面找到的档案将并入 {keep}；两份档案的记录都会保留。</translation>
    </message>
    <message>
        <source>&amp;Find the other file:</source>
        <translation>查找另一份档案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file to merge in.</source>
        <translation>请选择要并入的档案。</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? The merged file then only points to the kept one.</source>
        <translation>确定将 {other} 并入 {keep}？并入后的档案只指向保留的档案。</translation>
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
        <source>This is not a valid phone number.</source>
        <translation>电话号码不正确。</translation>
    </message>
    <message>
        <source>One of the other phones is not a valid number.</source>
        <translation>其他电话中有号码不正确。</translation>
    </message>
    <message>
        <source>Please fill in the mobile number.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>This phone number has too many digits.</source>
        <translation>电话号码位数过多。</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>电子邮箱地址不正确。</translation>
    </message>
    <message>
        <source>The birthday lies before 1900; please check the year.</source>
        <translation>生日早于1900年，请检查年份。</translation>
    </message>
    <message>
        <source>The birthday differs from the one in the ID number.</source>
        <translation>生日与身份证号码中的出生日期不一致。</translation>
    </message>
    <message>
        <source>The gender differs from the one in the ID number.</source>
        <translation>性别与身份证号码不一致。</translation>
    </message>
    <message>
        <source>This customer is under 14: record a guardian&apos;s consent first (tab ID &amp; consent).</source>
        <translation>该客户未满14周岁：请先在“证件与同意”页记录监护人同意。</translation>
    </message>
    <message>
        <source>An ID number needs the customer&apos;s separate consent: add it below first.</source>
        <translation>证件号码须取得客户的单独同意：请先在下方添加。</translation>
    </message>
    <message>
        <source>An ID scan needs the customer&apos;s separate consent (tab ID &amp; consent).</source>
        <translation>证件扫描件须取得客户的单独同意（见“证件与同意”页）。</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong; please check each digit.</source>
        <translation>身份证号码校验位错误，请逐位核对。</translation>
    </message>
    <message>
        <source>This number does not have the format of the chosen document type.</source>
        <translation>该号码不符合所选证件类型的格式。</translation>
    </message>
    <message>
        <source>The date of birth inside this ID number is not valid.</source>
        <translation>身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>Choose the type of the ID document.</source>
        <translation>请选择证件类型。</translation>
    </message>
    <message>
        <source>Please fill in the guardian&apos;s name.</source>
        <translation>请填写监护人姓名。</translation>
    </message>
    <message>
        <source>At most 20 tags of at most 20 characters each.</source>
        <translation>最多20个标签，每个不超过20个字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB.</source>
        <translation>文件大于 20 MB。</translation>
    </message>
    <message>
        <source>Only JPEG, PNG, TIFF, WebP images and PDF are accepted.</source>
        <translation>只接受 JPEG、PNG、TIFF、WebP 图片和 PDF。</translation>
    </message>
    <message>
        <source>Choose two different customer files.</source>
        <translation>请选择两份不同的客户档案。</translation>
    </message>
    <message>
        <source>This file&apos;s personal information has been erased.</source>
        <translation>此档案的个人信息已删除。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>请指定哪一列是姓名。</translation>
    </message>
    <message>
        <source>The column mapping does not fit this file; choose the file again.</source>
        <translation>列对应与该文件不符，请重新选择文件。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请使用以 .xlsx 或 .csv 结尾的文件名。</translation>
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
        <source>A landline needs its area code, e.g. 021-58881234.</source>
        <translation>固定电话需要带区号，例如 021-58881234。</translation>
    </message>
    <message>
        <source>This contains control characters that cannot be stored.</source>
        <translation>含有无法保存的控制字符。</translation>
    </message>
    <message>
        <source>A customer file with this phone or ID number already exists.</source>
        <translation>已有相同电话或证件号码的客户档案。</translation>
    </message>
    <message>
        <source>This file is confidential: only a duty manager may open it, or staff with an approved access request.</source>
        <translation>此档案为机密档案：只有值班经理，或查阅申请已获批准的员工才能打开。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Only .csv and .xlsx files can be imported (save .xls as .xlsx).</source>
        <translation>只能导入 .csv 和 .xlsx 文件（.xls 请另存为 .xlsx）。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 编码的文本。</translation>
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
    <name>NotesTab</name>
    <message>
        <source>&amp;Interests:</source>
        <translation>兴趣爱好(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Habits and special needs:</source>
        <translation>习惯与特殊需求(&amp;H)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
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
    <name>PointsHistory</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办员工</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>RedeemDialog</name>
    <message>
        <source>Redeem a gift</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>{name} ({points} points, {stock} in stock)</source>
        <translation>{name}（{points} 积分，库存 {stock}）</translation>
    </message>
    <message>
        <source>&amp;Gift</source>
        <translation>礼品(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>积分余额：</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管期限至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待批准</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Customer files whose retention period has ended. Approving erases the personal information of the selected file and keeps a deletion record.</source>
        <translation>以下客户档案已过保管期限。批准后将删除所选档案的个人信息，并保留删除记录。</translation>
    </message>
    <message>
        <source>&amp;Approve erasure...</source>
        <translation>批准删除(&amp;A)…</translation>
    </message>
    <message>
        <source>Select a file that is awaiting approval.</source>
        <translation>请选择一份待批准的档案。</translation>
    </message>
    <message>
        <source>Approve erasure</source>
        <translation>批准删除</translation>
    </message>
    <message>
        <source>Erase the personal information of {number}? Reason:</source>
        <translation>删除 {number} 的个人信息？原因：</translation>
    </message>
    <message>
        <source>{number} erased; deletion record no. {record}.</source>
        <translation>{number} 已删除；删除记录编号 {record}。</translation>
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
<context>
    <name>ViewersTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>What</source>
        <translation>查阅内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Undone: {reason}</source>
        <translation>已撤销：{reason}</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>In the venue</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访目的</translation>
    </message>
    <message>
        <source>Service area</source>
        <translation>服务区域</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待员工</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>VisitorsPanel</name>
    <message>
        <source>Check &amp;out</source>
        <translation>签退(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo check-in...</source>
        <translation>撤销签到(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Print visit register</source>
        <translation>打印来访登记(&amp;P)</translation>
    </message>
    <message>
        <source>Today&apos;s visitors: {n}, still in the venue: {here}</source>
        <translation>今日来访：{n} 人次，仍在场：{here}</translation>
    </message>
    <message>
        <source>Select a visit in the list first.</source>
        <translation>请先在列表中选择一条来访记录。</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Why is the check-in of {name} at {time} undone? (kept in the audit log)</source>
        <translation>为何撤销 {name} 在 {time} 的签到？（记入审计日志）</translation>
    </message>
    <message>
        <source>Visit register</source>
        <translation>来访登记表</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in visitor</source>
        <translation>散客登记</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>来访目的(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Party size</source>
        <translation>人数(&amp;P)</translation>
    </message>
    <message>
        <source>Service &amp;area</source>
        <translation>服务区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>接待员工(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>签到(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Check in the existing customer</source>
        <translation>为已有客户签到(&amp;C)</translation>
    </message>
</context>
</TS>
