<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccessPage</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>查阅人</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>小时数</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>有效至</translation>
        </message>
        <message>
            <source>Request {number}</source>
            <translation>申请 {number}</translation>
        </message>
        <message>
            <source>NO REQUEST</source>
            <translation>无申请</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>打开时间</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Requests waiting for a decision:</source>
            <translation>待审批的查阅申请：</translation>
        </message>
        <message>
            <source>A&amp;pprove...</source>
            <translation>批准(&amp;P)…</translation>
        </message>
        <message>
            <source>Re&amp;fuse...</source>
            <translation>不批准(&amp;F)…</translation>
        </message>
        <message>
            <source>Views of confidential files from</source>
            <translation>机密档案查阅记录，自</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>S&amp;how</source>
            <translation>显示(&amp;H)</translation>
        </message>
        <message>
            <source>{views} views; {missing} without a request.</source>
            <translation>共 {views} 次查阅；其中无申请 {missing} 次。</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>请先选择一条申请。</translation>
        </message>
        <message>
            <source>{number} {by}: file {file} for {hours} hours
{reason}</source>
            <translation>{number} {by}：档案 {file}，{hours} 小时
{reason}</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>批准 {number}</translation>
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation>备注(&amp;N)（可不填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Refuse {number}</source>
            <translation>不批准 {number}</translation>
        </message>
        <message>
            <source>&amp;Reason for refusing</source>
            <translation>不批准理由(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>不批准(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>AccessRequestDialog</name>
        <message>
            <source>Apply to view a confidential file</source>
            <translation>申请查阅机密档案</translation>
        </message>
        <message>
            <source>This file is confidential. It opens for you once a manager approves your request, for the hours approved; every opening is logged with the request.</source>
            <translation>此档案为机密档案。经理批准您的申请后，在批准的时长内可以打开；每次打开都连同申请记入审计日志。</translation>
        </message>
        <message>
            <source>Request {number} of {at} is waiting for a manager.</source>
            <translation>{at} 提交的申请 {number} 正在等待经理审批。</translation>
        </message>
        <message>
            <source> hours</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source>&amp;Why you need to view it</source>
            <translation>查阅事由(&amp;W)</translation>
        </message>
        <message>
            <source>For &amp;how long</source>
            <translation>查阅时长(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Apply to view</source>
            <translation>申请查阅(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AccessRequestOffer</name>
        <message>
            <source>Apply to &amp;view...</source>
            <translation>申请查阅(&amp;V)…</translation>
        </message>
        <message>
            <source>Your request {number} is waiting for a manager.</source>
            <translation>您的申请 {number} 正在等待经理审批。</translation>
        </message>
        <message>
            <source>Request {number} filed: the file opens once a manager approves it.</source>
            <translation>申请 {number} 已提交：经理批准后即可打开档案。</translation>
        </message>
    </context>
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
        <name>AnalysisPage</name>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Print month (PDF)...</source>
            <translation>打印月报（PDF）(&amp;P)...</translation>
        </message>
        <message>
            <source>Re&amp;classify customers</source>
            <translation>重新分类(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Override a class...</source>
            <translation>调整客户分类(&amp;O)...</translation>
        </message>
        <message>
            <source>NPS, last 6 months: {nps}</source>
            <translation>净推荐值（近6个月）：{nps}</translation>
        </message>
        <message>
            <source>Customer analysis {month}</source>
            <translation>客户分析 {month}</translation>
        </message>
        <message>
            <source>Every customer was classified again: {n} changed.</source>
            <translation>已重新分类全部客户：{n} 位有变化。</translation>
        </message>
        <message>
            <source>The class override was saved.</source>
            <translation>客户分类调整已保存。</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>&amp;New application...</source>
            <translation>新建借阅申请(&amp;N)…</translation>
        </message>
        <message>
            <source>Ask for &amp;renewal...</source>
            <translation>申请续借(&amp;R)…</translation>
        </message>
        <message>
            <source>My applications to borrow paper files:</source>
            <translation>我的档案借阅申请：</translation>
        </message>
        <message>
            <source>Select a loan first.</source>
            <translation>请先选择一条借阅。</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <source>Apply to borrow paper files</source>
            <translation>申请借阅纸质档案</translation>
        </message>
        <message>
            <source>Filter by file no., customer file or shelf</source>
            <translation>按档案编号、客户档案号或架位筛选</translation>
        </message>
        <message>
            <source>Tick the files to borrow (click again to untick). Confidential and top secret files are in red and need the general manager's approval too.</source>
            <translation>点选要借阅的档案（再点一次取消）。机密、绝密档案以红色标出，还须总经理审批。</translation>
        </message>
        <message>
            <source>C&amp;opies of each file</source>
            <translation>每份档案借阅份数(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>借阅用途(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>借阅事由(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;turn by (at most {days} days)</source>
            <translation>归还日期(&amp;T)（最长 {days} 天）</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>提交申请(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AppointmentFields</name>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPage</name>
        <message>
            <source>{number} {borrower} ({department}): {files}
Level: {level}</source>
            <translation>{number} {borrower}（{department}）：{files}
审批层级：{level}</translation>
        </message>
        <message>
            <source>Approve {number}</source>
            <translation>批准 {number}</translation>
        </message>
        <message>
            <source>&amp;Note (optional)</source>
            <translation>备注(&amp;N)（可不填）</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Refuse {number}</source>
            <translation>不批准 {number}</translation>
        </message>
        <message>
            <source>&amp;Reason for refusing</source>
            <translation>不批准理由(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>不批准(&amp;R)</translation>
        </message>
        <message>
            <source>A&amp;pprove...</source>
            <translation>批准(&amp;P)…</translation>
        </message>
        <message>
            <source>Re&amp;fuse...</source>
            <translation>不批准(&amp;F)…</translation>
        </message>
        <message>
            <source>Applications and renewals waiting for my decision:</source>
            <translation>待我审批的借阅申请和续借申请：</translation>
        </message>
        <message>
            <source>Select an application first.</source>
            <translation>请先选择一条申请。</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign a handler</source>
            <translation>指派处理人</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>指派(&amp;A)</translation>
        </message>
        <message>
            <source>The staff member a complaint is about is not offered.</source>
            <translation>被投诉的员工不在可选之列。</translation>
        </message>
        <message>
            <source>&amp;Handler</source>
            <translation>处理人(&amp;H)</translation>
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
        <name>CallDialog</name>
        <message>
            <source>Record call</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>客户的反馈</translation>
        </message>
        <message>
            <source>e.g. send a trial voucher</source>
            <translation>例如：寄送体验券</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>回访结果(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Next step:</source>
            <translation>下一步(&amp;N)：</translation>
        </message>
        <message>
            <source>Next &amp;call on:</source>
            <translation>下次回访日期(&amp;C)：</translation>
        </message>
        <message>
            <source>S&amp;kip this call</source>
            <translation>跳过本次回访(&amp;K)</translation>
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
        <name>CardActions</name>
        <message>
            <source>Reason (kept with the card's history):</source>
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
        <name>CareMessages</name>
        <message>
            <source>Please write the result of the call.</source>
            <translation>请填写回访结果。</translation>
        </message>
        <message>
            <source>The next call must be on a later day.</source>
            <translation>下次回访须在今天之后。</translation>
        </message>
        <message>
            <source>This call was already recorded; the list is refreshed.</source>
            <translation>该回访已被记录，列表已刷新。</translation>
        </message>
        <message>
            <source>The birthday benefit was already given this year.</source>
            <translation>今年的生日礼遇已发放。</translation>
        </message>
        <message>
            <source>Give a satisfaction score or a recommendation score.</source>
            <translation>请填写满意度评分或推荐意愿评分。</translation>
        </message>
        <message>
            <source>Satisfaction lies between 1 and 5.</source>
            <translation>满意度评分为 1 至 5。</translation>
        </message>
        <message>
            <source>Type a whole number from 1 to 5.</source>
            <translation>请输入 1 至 5 的整数。</translation>
        </message>
        <message>
            <source>The recommendation score lies between 0 and 10.</source>
            <translation>推荐意愿评分为 0 至 10。</translation>
        </message>
        <message>
            <source>Type a whole number from 0 to 10.</source>
            <translation>请输入 0 至 10 的整数。</translation>
        </message>
        <message>
            <source>At most 1000 characters.</source>
            <translation>最多 1000 个字。</translation>
        </message>
        <message>
            <source>This customer file no longer exists.</source>
            <translation>该客户档案已不存在。</translation>
        </message>
        <message>
            <source>Choose a customer, or tick Anonymous.</source>
            <translation>请选择客户，或勾选“匿名”。</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>Choose a value tier from the list.</source>
            <translation>请从列表中选择价值等级。</translation>
        </message>
        <message>
            <source>Choose an activity from the list.</source>
            <translation>请从列表中选择活跃状态。</translation>
        </message>
        <message>
            <source>Please name the greeting day.</source>
            <translation>请填写节日名称。</translation>
        </message>
        <message>
            <source>This day does not exist in the chosen month.</source>
            <translation>所选月份没有这一天。</translation>
        </message>
        <message>
            <source>At most 200 characters.</source>
            <translation>最多 200 个字。</translation>
        </message>
        <message>
            <source>The diamond spend cannot be below the VIP spend.</source>
            <translation>钻石客户消费额不能低于贵宾客户消费额。</translation>
        </message>
        <message>
            <source>Choose between 0 and 31 days.</source>
            <translation>请选择 0 至 31 天。</translation>
        </message>
        <message>
            <source>Win back after at least as many days as a customer turns dormant.</source>
            <translation>挽回天数不能少于转为休眠的天数。</translation>
        </message>
        <message>
            <source>Must be more than 0.</source>
            <translation>必须大于 0。</translation>
        </message>
        <message>
            <source>The number of days cannot be negative.</source>
            <translation>天数不能为负数。</translation>
        </message>
    </context>
    <context>
        <name>CareRoom</name>
        <message>
            <source>Today</source>
            <translation>今日关怀</translation>
        </message>
        <message>
            <source>Greetings</source>
            <translation>节日关怀</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Customer analysis</source>
            <translation>客户分析</translation>
        </message>
        <message>
            <source>Customer care</source>
            <translation>客户关怀</translation>
        </message>
        <message>
            <source>Care &amp;settings...</source>
            <translation>关怀设置(&amp;S)...</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
    </context>
    <context>
        <name>CareSettingsDialog</name>
        <message>
            <source>Care settings</source>
            <translation>关怀设置</translation>
        </message>
        <message>
            <source>{tier}: call every (days, 0 = never)</source>
            <translation>{tier}：定期回访间隔（天，0 = 不回访）</translation>
        </message>
        <message>
            <source>Classes and lists</source>
            <translation>分类与名单</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>回访</translation>
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
        <name>CareWords</name>
        <message>
            <source>After a purchase</source>
            <translation>消费后回访</translation>
        </message>
        <message>
            <source>After a complaint</source>
            <translation>投诉后回访</translation>
        </message>
        <message>
            <source>After a repair</source>
            <translation>维修后回访</translation>
        </message>
        <message>
            <source>Tier schedule</source>
            <translation>等级定期回访</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划回访</translation>
        </message>
        <message>
            <source>At the desk</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Solar</source>
            <translation>公历</translation>
        </message>
        <message>
            <source>Lunar</source>
            <translation>农历</translation>
        </message>
        <message>
            <source>Dormant after (days without a visit)</source>
            <translation>转为休眠（未到访天数）</translation>
        </message>
        <message>
            <source>Count visits and spend over (days)</source>
            <translation>统计到访与消费的期间（天）</translation>
        </message>
        <message>
            <source>VIP: spend in the window (yuan)</source>
            <translation>贵宾：期间消费额（元）</translation>
        </message>
        <message>
            <source>VIP: or visits and purchases</source>
            <translation>贵宾：或到访与消费次数</translation>
        </message>
        <message>
            <source>Diamond: spend in the window (yuan)</source>
            <translation>钻石：期间消费额（元）</translation>
        </message>
        <message>
            <source>Diamond: and at least visits</source>
            <translation>钻石：且到访次数至少</translation>
        </message>
        <message>
            <source>Birthdays and greeting days ahead (days)</source>
            <translation>提前显示生日与节日（天）</translation>
        </message>
        <message>
            <source>Win back after (days dormant)</source>
            <translation>休眠多久后挽回（天）</translation>
        </message>
        <message>
            <source>Call after a purchase (days, 0 = none)</source>
            <translation>消费后回访（天，0 = 不回访）</translation>
        </message>
        <message>
            <source>Call after a complaint is closed (days)</source>
            <translation>投诉结案后回访（天）</translation>
        </message>
        <message>
            <source>Call after a repair is closed (days)</source>
            <translation>维修完工后回访（天）</translation>
        </message>
    </context>
    <context>
        <name>CataloguePage</name>
        <message>
            <source>Complete</source>
            <translation>齐全</translation>
        </message>
        <message>
            <source>Missing: {what}</source>
            <translation>缺：{what}</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>签收编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收时间</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Handed in by</source>
            <translation>移交人</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Filter by file no., customer file or shelf</source>
            <translation>按档案编号、客户档案号或架位筛选</translation>
        </message>
        <message>
            <source>Paper files in the archive (confidential and top secret in red):</source>
            <translation>档案室纸质档案（机密、绝密以红色标出）：</translation>
        </message>
        <message>
            <source>&amp;Catalogue a file...</source>
            <translation>档案入库(&amp;C)…</translation>
        </message>
        <message>
            <source>Handover sign-in book:</source>
            <translation>档案签收簿：</translation>
        </message>
        <message>
            <source>&amp;Receive a handover...</source>
            <translation>签收移交档案(&amp;R)…</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <source>Right-click to save the chart as PNG or its figures as CSV.</source>
            <translation>右键可将图表另存为 PNG，或将数据另存为 CSV。</translation>
        </message>
        <message>
            <source>Save chart as &amp;PNG...</source>
            <translation>图表另存为 PNG(&amp;P)...</translation>
        </message>
        <message>
            <source>Save figures as &amp;CSV...</source>
            <translation>数据另存为 CSV(&amp;C)...</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>图表另存为 PNG</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>文件无法写入。</translation>
        </message>
        <message>
            <source>Save figures as CSV</source>
            <translation>数据另存为 CSV</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>（无数据）</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>&amp;Pass</source>
            <translation>合格(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Fail: back to the technician</source>
            <translation>不合格：退回维修员(&amp;F)</translation>
        </message>
        <message>
            <source>Check the work of {number}</source>
            <translation>验收 {number}</translation>
        </message>
        <message>
            <source>(no work described)</source>
            <translation>（未填写维修内容）</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Record check</source>
            <translation>记录验收(&amp;R)</translation>
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
        <name>ClassOverrideDialog</name>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Override customer class</source>
            <translation>调整客户分类</translation>
        </message>
        <message>
            <source>Why the computed class does not fit</source>
            <translation>系统分类不合适的原因</translation>
        </message>
        <message>
            <source>&amp;Value tier:</source>
            <translation>价值等级(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Activity:</source>
            <translation>活跃状态(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>客户(&amp;C)：</translation>
        </message>
        <message>
            <source>Choose a customer (Enter on a hit).</source>
            <translation>请选择客户（在结果上按回车）。</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Choose a customer first.</source>
            <translation>请先选择客户。</translation>
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
        <name>ComplainantBox</name>
        <message>
            <source>Customer &amp;file</source>
            <translation>客户档案(&amp;F)</translation>
        </message>
        <message>
            <source>New con&amp;tact</source>
            <translation>新联系人(&amp;T)</translation>
        </message>
        <message>
            <source>Anon&amp;ymous</source>
            <translation>匿名(&amp;Y)</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <source>No customer chosen yet: type and press Enter.</source>
            <translation>尚未选择客户：输入后按回车。</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>姓名(&amp;M)：</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>电话(&amp;H)：</translation>
        </message>
        <message>
            <source>The complainant stays anonymous; no reply is possible.</source>
            <translation>投诉人保持匿名，无法回复。</translation>
        </message>
        <message>
            <source>Chosen: {name}</source>
            <translation>已选择：{name}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintActions</name>
        <message>
            <source>&amp;Start investigation...</source>
            <translation>开始调查(&amp;S)…</translation>
        </message>
        <message>
            <source>In&amp;vestigation report...</source>
            <translation>调查报告(&amp;V)…</translation>
        </message>
        <message>
            <source>Handling &amp;plan...</source>
            <translation>处理方案(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Assign handler...</source>
            <translation>指派处理人(&amp;A)…</translation>
        </message>
        <message>
            <source>Mark ma&amp;jor...</source>
            <translation>标为重大(&amp;J)…</translation>
        </message>
        <message>
            <source>Re&amp;medy...</source>
            <translation>处理决定(&amp;M)…</translation>
        </message>
        <message>
            <source>A&amp;pprove compensation</source>
            <translation>批准补偿(&amp;P)</translation>
        </message>
        <message>
            <source>Rep&amp;ly to customer...</source>
            <translation>回复客人(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Wait for customer...</source>
            <translation>等待客人(&amp;W)…</translation>
        </message>
        <message>
            <source>Res&amp;ume...</source>
            <translation>恢复计时(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Close case...</source>
            <translation>结案(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Follow-up...</source>
            <translation>跟踪回访(&amp;F)…</translation>
        </message>
        <message>
            <source>Re&amp;open...</source>
            <translation>重新打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Add &amp;note...</source>
            <translation>添加备注(&amp;N)…</translation>
        </message>
        <message>
            <source>Print car&amp;d...</source>
            <translation>打印记录卡(&amp;D)…</translation>
        </message>
        <message>
            <source>Start the investigation</source>
            <translation>开始调查</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Wait for the customer</source>
            <translation>等待客人</translation>
        </message>
        <message>
            <source>&amp;Pause the clock</source>
            <translation>暂停计时(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;What we wait for</source>
            <translation>等待什么(&amp;W)</translation>
        </message>
        <message>
            <source>The customer answered</source>
            <translation>客人已答复</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>结案(&amp;C)</translation>
        </message>
        <message>
            <source>Reopen the card</source>
            <translation>重新打开记录卡</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>重新打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Reason *</source>
            <translation>原因(&amp;R) *</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>&amp;Add note</source>
            <translation>添加备注(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Note *</source>
            <translation>备注(&amp;N) *</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCardDialog</name>
        <message>
            <source>New complaint record card</source>
            <translation>新建投诉记录卡</translation>
        </message>
        <message>
            <source>What happened, where and when, in a few lines</source>
            <translation>简要写明事情经过、地点和时间</translation>
        </message>
        <message>
            <source>The customer's own words (optional)</source>
            <translation>客人原话（可不填）</translation>
        </message>
        <message>
            <source>&amp;Received at</source>
            <translation>受理时间(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>类型(&amp;K)</translation>
        </message>
        <message>
            <source>Complainant *</source>
            <translation>反映人 *</translation>
        </message>
        <message>
            <source>Cate&amp;gory</source>
            <translation>类别(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;What happened *</source>
            <translation>事情经过(&amp;W) *</translation>
        </message>
        <message>
            <source>Customer &amp;asks for</source>
            <translation>客人诉求(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>涉及部门(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Staff concerned</source>
            <translation>涉及员工(&amp;S)</translation>
        </message>
        <message>
            <source>Hand&amp;ler</source>
            <translation>处理人(&amp;L)</translation>
        </message>
        <message>
            <source>Se&amp;verity</source>
            <translation>严重程度(&amp;V)</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>重大原因</translation>
        </message>
        <message>
            <source>&amp;Promised reply by</source>
            <translation>承诺答复时间(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Record card</source>
            <translation>登记记录卡(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>(nobody in particular)</source>
            <translation>（无具体员工）</translation>
        </message>
        <message>
            <source>(assign later)</source>
            <translation>（稍后指派）</translation>
        </message>
    </context>
    <context>
        <name>ComplaintFilterBar</name>
        <message>
            <source>Open cards</source>
            <translation>未结案</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>全部月份</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>&amp;Overdue only</source>
            <translation>仅显示超时(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>类型(&amp;K)：</translation>
        </message>
    </context>
    <context>
        <name>ComplaintFollowUpDialog</name>
        <message>
            <source>Follow-up call or visit</source>
            <translation>电话或上门回访</translation>
        </message>
        <message>
            <source>&amp;Save follow-up</source>
            <translation>保存回访(&amp;S)</translation>
        </message>
        <message>
            <source>An unsatisfied customer reopens the card.</source>
            <translation>客人不满意时记录卡将重新打开。</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>（未表态）</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>方式(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Result *</source>
            <translation>结果(&amp;R) *</translation>
        </message>
        <message>
            <source>&amp;Satisfaction (1-5)</source>
            <translation>满意度（1-5）(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>ComplaintMessages</name>
        <message>
            <source>Please describe what happened.</source>
            <translation>请填写事情经过。</translation>
        </message>
        <message>
            <source>Choose how the complaint came in.</source>
            <translation>请选择投诉渠道。</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>请选择类别。</translation>
        </message>
        <message>
            <source>Choose a customer file, type a contact name, or tick Anonymous.</source>
            <translation>请选择客户档案、填写联系人姓名，或选择匿名。</translation>
        </message>
        <message>
            <source>Please fill in the contact's name.</source>
            <translation>请填写联系人姓名。</translation>
        </message>
        <message>
            <source>This is not a valid phone number.</source>
            <translation>这不是有效的电话号码。</translation>
        </message>
        <message>
            <source>A landline needs its area code, e.g. 021-58881234.</source>
            <translation>固定电话需带区号，例如 021-58881234。</translation>
        </message>
        <message>
            <source>This customer file no longer exists.</source>
            <translation>该客户档案已不存在。</translation>
        </message>
        <message>
            <source>The promised reply time lies before the intake time.</source>
            <translation>承诺答复时间早于受理时间。</translation>
        </message>
        <message>
            <source>Fill in the reply time promised to the customer.</source>
            <translation>请填写向客人承诺的答复时间。</translation>
        </message>
        <message>
            <source>The intake time lies in the future.</source>
            <translation>受理时间晚于当前时间。</translation>
        </message>
        <message>
            <source>A major complaint needs at least one reason.</source>
            <translation>重大投诉至少需要一个原因。</translation>
        </message>
        <message>
            <source>A complaint about a staff member is never assigned to that staff member.</source>
            <translation>针对某员工的投诉不能指派给该员工处理。</translation>
        </message>
        <message>
            <source>This staff member no longer exists.</source>
            <translation>该员工已不存在。</translation>
        </message>
        <message>
            <source>Choose what the customer asks for from the list.</source>
            <translation>请从列表中选择客人诉求。</translation>
        </message>
        <message>
            <source>Please write the handling plan.</source>
            <translation>请填写处理方案。</translation>
        </message>
        <message>
            <source>Please write the conclusion.</source>
            <translation>请填写调查结论。</translation>
        </message>
        <message>
            <source>Please write the cause.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>Please write the remedy decided.</source>
            <translation>请填写处理决定。</translation>
        </message>
        <message>
            <source>Enter the compensation in yuan, e.g. 200.00.</source>
            <translation>请以元为单位填写补偿金额，例如 200.00。</translation>
        </message>
        <message>
            <source>Compensation cannot be negative.</source>
            <translation>补偿金额不能为负数。</translation>
        </message>
        <message>
            <source>Please write what was said to the customer.</source>
            <translation>请填写对客人的答复内容。</translation>
        </message>
        <message>
            <source>Choose how it was done.</source>
            <translation>请选择方式。</translation>
        </message>
        <message>
            <source>Satisfaction lies between 1 and 5.</source>
            <translation>满意度应在 1 到 5 之间。</translation>
        </message>
        <message>
            <source>Please write the result of the follow-up.</source>
            <translation>请填写回访结果。</translation>
        </message>
        <message>
            <source>The reply time lies in the future.</source>
            <translation>答复时间晚于当前时间。</translation>
        </message>
        <message>
            <source>The reply time lies before the intake time.</source>
            <translation>答复时间早于受理时间。</translation>
        </message>
        <message>
            <source>The follow-up time lies before the intake time.</source>
            <translation>回访时间早于受理时间。</translation>
        </message>
        <message>
            <source>The follow-up time lies in the future.</source>
            <translation>回访时间晚于当前时间。</translation>
        </message>
        <message>
            <source>Choose only one: a customer file, a new contact, or anonymous.</source>
            <translation>只能选择一种：客户档案、新联系人或匿名。</translation>
        </message>
        <message>
            <source>This staff member's role may not handle complaints.</source>
            <translation>该员工的角色无权处理投诉。</translation>
        </message>
        <message>
            <source>Only a complaint can be major, not a suggestion or praise.</source>
            <translation>只有投诉可以标为重大，建议和表扬不可以。</translation>
        </message>
        <message>
            <source>Major reasons apply to a major complaint only.</source>
            <translation>重大原因只适用于重大投诉。</translation>
        </message>
        <message>
            <source>The card cannot be closed before the customer has had a reply.</source>
            <translation>尚未答复客人，不能结案。</translation>
        </message>
        <message>
            <source>A major complaint cannot be closed without an investigation report.</source>
            <translation>重大投诉没有调查报告不能结案。</translation>
        </message>
        <message>
            <source>The compensation is above the limit: a duty manager must approve it first.</source>
            <translation>补偿金额超过限额：须先由值班经理批准。</translation>
        </message>
        <message>
            <source>No complaint card has this number.</source>
            <translation>没有这个编号的投诉记录卡。</translation>
        </message>
        <message>
            <source>This complaint card no longer exists.</source>
            <translation>该投诉记录卡已不存在。</translation>
        </message>
        <message>
            <source>Please write a note.</source>
            <translation>请填写备注。</translation>
        </message>
        <message>
            <source>Please write what happened, as found.</source>
            <translation>请填写调查到的事情经过。</translation>
        </message>
        <message>
            <source>Business hours end before they start.</source>
            <translation>营业时间的结束早于开始。</translation>
        </message>
        <message>
            <source>Tick at least one working day.</source>
            <translation>请至少勾选一个工作日。</translation>
        </message>
        <message>
            <source>Write each holiday as YYYY-MM-DD, one per line.</source>
            <translation>节假日请按 YYYY-MM-DD 填写，每行一个。</translation>
        </message>
        <message>
            <source>The limit cannot be negative.</source>
            <translation>限额不能为负数。</translation>
        </message>
        <message>
            <source>The number of days cannot be negative.</source>
            <translation>天数不能为负数。</translation>
        </message>
        <message>
            <source>Choose a score between 1 and 5.</source>
            <translation>请选择 1 到 5 之间的分数。</translation>
        </message>
        <message>
            <source>Keep at least one category.</source>
            <translation>请至少保留一个类别。</translation>
        </message>
        <message>
            <source>Keep at least one department.</source>
            <translation>请至少保留一个部门。</translation>
        </message>
        <message>
            <source>This step does not fit the card's current state.</source>
            <translation>此步骤与记录卡当前状态不符。</translation>
        </message>
        <message>
            <source>A major complaint needs a handling plan first.</source>
            <translation>重大投诉须先制定处理方案。</translation>
        </message>
        <message>
            <source>The card is not waiting for the customer.</source>
            <translation>该记录卡不在等待客人状态。</translation>
        </message>
        <message>
            <source>The card is already waiting for the customer.</source>
            <translation>该记录卡已在等待客人。</translation>
        </message>
        <message>
            <source>This complaint is about you: another staff member handles it.</source>
            <translation>这是针对您的投诉，须由其他员工处理。</translation>
        </message>
        <message>
            <source>This card is already a major complaint.</source>
            <translation>该记录卡已是重大投诉。</translation>
        </message>
        <message>
            <source>There is no compensation waiting for approval.</source>
            <translation>没有待批准的补偿。</translation>
        </message>
        <message>
            <source>This card is already closed.</source>
            <translation>该记录卡已结案。</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>表扬</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Suggestion box</source>
            <translation>意见箱</translation>
        </message>
        <message>
            <source>Online review</source>
            <translation>网络评价</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>调查中</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Waiting for customer</source>
            <translation>等待客人</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>已答复</translation>
        </message>
        <message>
            <source>Following up</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重新处理</translation>
        </message>
        <message>
            <source>Service attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <source>Facilities</source>
            <translation>设施设备</translation>
        </message>
        <message>
            <source>Hygiene</source>
            <translation>卫生</translation>
        </message>
        <message>
            <source>Price / billing</source>
            <translation>价格与收费</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Staff conduct</source>
            <translation>员工行为</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Front desk</source>
            <translation>前台</translation>
        </message>
        <message>
            <source>Housekeeping</source>
            <translation>客房</translation>
        </message>
        <message>
            <source>Food and beverage</source>
            <translation>餐饮</translation>
        </message>
        <message>
            <source>Recreation</source>
            <translation>康乐</translation>
        </message>
        <message>
            <source>Engineering</source>
            <translation>工程</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>保安</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>Apology</source>
            <translation>道歉</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <source>Compensation</source>
            <translation>赔偿</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>更换</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>解释说明</translation>
        </message>
        <message>
            <source>Repeated complaint</source>
            <translation>重复投诉</translation>
        </message>
        <message>
            <source>Threat to go to the media or authorities</source>
            <translation>扬言投诉媒体或主管部门</translation>
        </message>
        <message>
            <source>Injury or safety</source>
            <translation>人身伤害或安全问题</translation>
        </message>
        <message>
            <source>Manager's judgement</source>
            <translation>经理判定</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>网上回复</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>上门回访</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <source>Handling plan (major)</source>
            <translation>重大投诉处理方案</translation>
        </message>
        <message>
            <source>Close the card</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Reply promised to the customer</source>
            <translation>承诺客人的答复</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Paused (waiting for customer)</source>
            <translation>已暂停（等待客人）</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已超时</translation>
        </message>
        <message>
            <source>Met on time</source>
            <translation>按时完成</translation>
        </message>
        <message>
            <source>Met late</source>
            <translation>超时完成</translation>
        </message>
        <message>
            <source>State change</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>已指派</translation>
        </message>
        <message>
            <source>Compensation approved</source>
            <translation>补偿已批准</translation>
        </message>
        <message>
            <source>Marked major</source>
            <translation>标为重大</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>已记录</translation>
        </message>
        <message>
            <source>Handling plan</source>
            <translation>处理方案</translation>
        </message>
        <message>
            <source>Investigation report</source>
            <translation>调查报告</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Reply to the customer</source>
            <translation>回复客人</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟踪回访</translation>
        </message>
    </context>
    <context>
        <name>ComplaintReportDialog</name>
        <message>
            <source>Monthly complaints report</source>
            <translation>投诉月报</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Cards received</source>
            <translation>受理卡数</translation>
        </message>
        <message>
            <source>of which complaints</source>
            <translation>其中投诉</translation>
        </message>
        <message>
            <source>First response on time</source>
            <translation>首次响应及时率</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按时结案率</translation>
        </message>
        <message>
            <source>Average time to close</source>
            <translation>平均结案用时</translation>
        </message>
        <message>
            <source>Complaints reopened</source>
            <translation>重新打开的投诉</translation>
        </message>
        <message>
            <source>Average satisfaction</source>
            <translation>平均满意度</translation>
        </message>
        <message>
            <source>Major complaints</source>
            <translation>重大投诉</translation>
        </message>
        <message>
            <source>:</source>
            <translation>：</translation>
        </message>
        <message>
            <source>&amp;Preview PDF...</source>
            <translation>预览 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Save &amp;CSV...</source>
            <translation>保存 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} 小时</translation>
        </message>
        <message>
            <source>Monthly complaints report {month}</source>
            <translation>投诉月报 {month}</translation>
        </message>
        <message>
            <source>Save CSV</source>
            <translation>保存 CSV</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSettingsDialog</name>
        <message>
            <source>Complaint settings</source>
            <translation>投诉设置</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Calendar time (every hour counts)</source>
            <translation>自然时间（每小时都计）</translation>
        </message>
        <message>
            <source>Business hours on working days, holidays excluded</source>
            <translation>工作日营业时间（不含节假日）</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <source>&amp;Categories (one per line)</source>
            <translation>类别（每行一个）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Departments (one per line)</source>
            <translation>部门（每行一个）(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Holidays (YYYY-MM-DD)</source>
            <translation>节假日（YYYY-MM-DD）(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;First response within</source>
            <translation>首次响应时限(&amp;F)</translation>
        </message>
        <message>
            <source>C&amp;lose within</source>
            <translation>结案时限(&amp;L)</translation>
        </message>
        <message>
            <source>Major: &amp;plan within</source>
            <translation>重大投诉方案时限(&amp;P)</translation>
        </message>
        <message>
            <source>Deadline c&amp;lock</source>
            <translation>时限计时方式(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Business hours</source>
            <translation>营业时间(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Working days</source>
            <translation>工作日(&amp;W)</translation>
        </message>
        <message>
            <source>Compensation &amp;limit (yuan)</source>
            <translation>补偿限额（元）(&amp;L)</translation>
        </message>
        <message>
            <source>F&amp;ollow-up after</source>
            <translation>结案后回访(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Satisfied from score</source>
            <translation>满意分数线(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ComplaintTable</name>
        <message>
            <source> (paused)</source>
            <translation>（暂停）</translation>
        </message>
        <message>
            <source> (reopened {n}x)</source>
            <translation>（重开 {n} 次）</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Complainant</source>
            <translation>反映人</translation>
        </message>
        <message>
            <source>(anonymous)</source>
            <translation>（匿名）</translation>
        </message>
    </context>
    <context>
        <name>ComplaintView</name>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount} 元</translation>
        </message>
        <message>
            <source>The customer was not satisfied</source>
            <translation>客人不满意</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Not yet recorded</source>
            <translation>尚未填写</translation>
        </message>
        <message>
            <source>due {due}, {state}, {percent}% of the time used</source>
            <translation>应于 {due}，{state}，已用时 {percent}%</translation>
        </message>
        <message>
            <source>, met {when}</source>
            <translation>，完成于 {when}</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source> (no file)</source>
            <translation>（无档案）</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Complainant</source>
            <translation>反映人</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>事情经过</translation>
        </message>
        <message>
            <source>Asks for</source>
            <translation>客人诉求</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>涉及部门</translation>
        </message>
        <message>
            <source>Staff concerned</source>
            <translation>涉及员工</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>重大原因</translation>
        </message>
        <message>
            <source>Promised reply by</source>
            <translation>承诺答复时间</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>受理人</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>制定时间</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>调查结论</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>纠正措施</translation>
        </message>
        <message>
            <source>Preventive action</source>
            <translation>预防措施</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source> (waiting for a manager's approval)</source>
            <translation>（待经理批准）</translation>
        </message>
        <message>
            <source> (approved by {name})</source>
            <translation>（{name} 已批准）</translation>
        </message>
        <message>
            <source>Remedy</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Compensation (yuan)</source>
            <translation>补偿金额（元）</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>答复内容</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Satisfaction (1-5)</source>
            <translation>满意度（1-5）</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>应回访日期</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>, waiting since {when}</source>
            <translation>，自 {when} 起等待</translation>
        </message>
        <message>
            <source>Paused time</source>
            <translation>暂停时长</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>受理信息</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>处理时限</translation>
        </message>
        <message>
            <source>Handling plan</source>
            <translation>处理方案</translation>
        </message>
        <message>
            <source>Investigation report</source>
            <translation>调查报告</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理与答复</translation>
        </message>
        <message>
            <source>Reply to the customer</source>
            <translation>回复客人</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟踪回访</translation>
        </message>
        <message>
            <source>MAJOR</source>
            <translation>重大</translation>
        </message>
        <message>
            <source>clock paused</source>
            <translation>计时暂停</translation>
        </message>
        <message>
            <source>closed {when}</source>
            <translation>结案于 {when}</translation>
        </message>
        <message>
            <source>History</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <source>Choose a card in the list, or record a new one.</source>
            <translation>请在列表中选择记录卡，或新建一张。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsRoom</name>
        <message>
            <source>Complaints, suggestions and praise</source>
            <translation>投诉、建议与表扬</translation>
        </message>
        <message>
            <source>&amp;New card...</source>
            <translation>新建记录卡(&amp;N)…</translation>
        </message>
        <message>
            <source>Monthly &amp;report...</source>
            <translation>月报(&amp;R)…</translation>
        </message>
        <message>
            <source>Se&amp;ttings...</source>
            <translation>设置(&amp;T)…</translation>
        </message>
        <message>
            <source>Card {no} recorded.</source>
            <translation>记录卡 {no} 已登记。</translation>
        </message>
        <message>
            <source>Major complaint: the duty manager has been alerted.</source>
            <translation>重大投诉：已提醒值班经理。</translation>
        </message>
        <message>
            <source>Complaint record card {no}</source>
            <translation>投诉记录卡 {no}</translation>
        </message>
        <message>
            <source>Complaint settings saved.</source>
            <translation>投诉设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>CompletionDialog</name>
        <message>
            <source>Work done: {number}</source>
            <translation>完工：{number}</translation>
        </message>
        <message>
            <source>One part per line, e.g. 门锁 ×1</source>
            <translation>每行一个配件，例如 门锁 ×1</translation>
        </message>
        <message>
            <source>Under &amp;warranty: free of charge</source>
            <translation>保修期内：免费(&amp;W)</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Agreed fees:</source>
            <translation>已同意费用：</translation>
        </message>
        <message>
            <source>{amount} yuan</source>
            <translation>{amount} 元</translation>
        </message>
        <message>
            <source>&amp;Work done</source>
            <translation>维修内容(&amp;W)</translation>
        </message>
        <message>
            <source>P&amp;arts used</source>
            <translation>使用配件(&amp;A)</translation>
        </message>
        <message>
            <source>P&amp;hotos after</source>
            <translation>维修后照片(&amp;H)</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>客户签字</translation>
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
            <source>&amp;Guardian's name:</source>
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
        <name>DestroyedDialog</name>
        <message>
            <source>Record destruction {number}</source>
            <translation>登记销毁 {number}</translation>
        </message>
        <message>
            <source>{file}: {items}, {contents}, {copies} copies</source>
            <translation>{file}：{items}，{contents}，共 {copies} 份</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>销毁内容：</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>销毁方式：</translation>
        </message>
        <message>
            <source>&amp;Destroyed by</source>
            <translation>销毁人(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Witnessed by</source>
            <translation>监销人(&amp;W)</translation>
        </message>
        <message>
            <source>D&amp;ate</source>
            <translation>销毁日期(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Record as destroyed</source>
            <translation>登记为已销毁(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>DestructionPage</name>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Retention ended</source>
            <translation>保管期满日期</translation>
        </message>
        <message>
            <source>Electronic file</source>
            <translation>电子档案</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>销毁编号</translation>
        </message>
        <message>
            <source>Paper files</source>
            <translation>纸质档案</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>How</source>
            <translation>销毁方式</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Archive keeper</source>
            <translation>档案管理员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Destroyed by</source>
            <translation>销毁人</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>监销人</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Files whose retention has ended:</source>
            <translation>保管期限已届满的档案：</translation>
        </message>
        <message>
            <source>&amp;Propose destruction...</source>
            <translation>提出销毁(&amp;P)…</translation>
        </message>
        <message>
            <source>Destructions (kept for good):</source>
            <translation>销毁记录（永久保存）：</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>批准(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;fuse...</source>
            <translation>不批准(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Record as destroyed...</source>
            <translation>登记销毁(&amp;R)…</translation>
        </message>
        <message>
            <source>Print the &amp;record...</source>
            <translation>打印销毁记录(&amp;R)…</translation>
        </message>
        <message>
            <source>Select a destruction first.</source>
            <translation>请先选择一条销毁记录。</translation>
        </message>
        <message>
            <source>Select a file first.</source>
            <translation>请先选择一份档案。</translation>
        </message>
        <message>
            <source>Refuse destruction {number}</source>
            <translation>不批准销毁 {number}</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>理由(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refuse</source>
            <translation>不批准(&amp;R)</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>销毁记录 {number}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch {number}</source>
            <translation>派工 {number}</translation>
        </message>
        <message>
            <source>Show technicians of &amp;every specialty</source>
            <translation>显示所有工种的维修员(&amp;E)</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>维修单：</translation>
        </message>
        <message>
            <source>&amp;Technician</source>
            <translation>维修员(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Dispatch</source>
            <translation>派工(&amp;D)</translation>
        </message>
        <message>
            <source>No technician of this specialty: show every specialty, or add one.</source>
            <translation>没有该工种的维修员：请显示所有工种，或先添加维修员。</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>模块</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Overdue since {when}</source>
            <translation>自 {when} 起超时</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Archive loan</source>
            <translation>档案借阅</translation>
        </message>
        <message>
            <source>First response</source>
            <translation>首次响应</translation>
        </message>
        <message>
            <source>Close the card</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Handling plan (major)</source>
            <translation>重大投诉处理方案</translation>
        </message>
        <message>
            <source>Promised reply</source>
            <translation>承诺答复</translation>
        </message>
        <message>
            <source>Major complaint alert</source>
            <translation>重大投诉提醒</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约</translation>
        </message>
        <message>
            <source>Send a technician</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Technician to arrive</source>
            <translation>维修员到场</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>完工</translation>
        </message>
        <message>
            <source>{n}% of the time used</source>
            <translation>已用时 {n}%</translation>
        </message>
        <message>
            <source>Still overdue</source>
            <translation>仍然超时</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>立即</translation>
        </message>
        <message>
            <source>Soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>已迟到</translation>
        </message>
    </context>
    <context>
        <name>DueListPanel</name>
        <message>
            <source>Overdue and due soon</source>
            <translation>超时与即将到期</translation>
        </message>
        <message>
            <source>{overdue} overdue, {soon} due within 24 hours</source>
            <translation>{overdue} 项超时，{soon} 项 24 小时内到期</translation>
        </message>
        <message>
            <source>Reminders for me: {n}</source>
            <translation>我的提醒：{n}</translation>
        </message>
        <message>
            <source>{number}: {deadline}, {step} (due {when})</source>
            <translation>{number}：{deadline}，{step}（应于 {when}）</translation>
        </message>
        <message>
            <source>Mark all as seen</source>
            <translation>全部标为已读</translation>
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
            <source>&amp;Reason (the customer's request):</source>
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
        <name>FeeLineRow</name>
        <message>
            <source>Other item</source>
            <translation>其他项目</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Price (yuan)</source>
            <translation>单价（元）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>needs a manager's approval</source>
            <translation>需经理批准</translation>
        </message>
        <message>
            <source>approved by you</source>
            <translation>由您批准</translation>
        </message>
    </context>
    <context>
        <name>FeeLinesEditor</name>
        <message>
            <source>No fee items yet (free repair).</source>
            <translation>暂无收费项目（免费维修）。</translation>
        </message>
        <message>
            <source>Add &amp;item from the standard</source>
            <translation>从收费标准添加项目(&amp;I)</translation>
        </message>
        <message>
            <source>Add "&amp;other" item...</source>
            <translation>添加“其他”项目(&amp;O)...</translation>
        </message>
        <message>
            <source>Total: {amount} yuan</source>
            <translation>合计：{amount} 元</translation>
        </message>
    </context>
    <context>
        <name>FeeStandardPage</name>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Price (yuan)</source>
            <translation>单价（元）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>添加项目(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>删除项目(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Publish as a new version</source>
            <translation>发布为新版本(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>版本(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Effective from</source>
            <translation>生效日期(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>Edit the items below and publish them as a new version; orders keep the prices of the version they were agreed under.</source>
            <translation>在下方编辑项目后发布为新版本；维修单始终保留其同意时所依据版本的价格。</translation>
        </message>
        <message>
            <source>Version of {day} published with {n} items.</source>
            <translation>已发布 {day} 生效的版本，共 {n} 个项目。</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>&amp;Satisfied</source>
            <translation>满意(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Not satisfied</source>
            <translation>不满意(&amp;N)</translation>
        </message>
        <message>
            <source>Follow-up call on {number}</source>
            <translation>回访 {number}</translation>
        </message>
        <message>
            <source>Call:</source>
            <translation>致电：</translation>
        </message>
        <message>
            <source>(no customer on file)</source>
            <translation>（无客户档案）</translation>
        </message>
        <message>
            <source>Was the customer satisfied with the repair?</source>
            <translation>客户对本次维修是否满意？</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Record result</source>
            <translation>记录结果(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Not called yet</source>
            <translation>尚未回访</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Not satisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Place and item</source>
            <translation>地点及物品</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Draw this month's sample</source>
            <translation>抽取本月回访样本(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Record call result...</source>
            <translation>记录回访结果(&amp;R)...</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Each month a share of the closed orders (set in the repair settings, 20 % by default) is drawn for a follow-up call; record what the customer said.</source>
            <translation>每月按比例（在维修设置中设定，默认 20%）抽取已结单的维修单进行回访；请记录客户的反馈。</translation>
        </message>
        <message>
            <source>{drawn} drawn, {called} called.</source>
            <translation>已抽取 {drawn} 单，已回访 {called} 单。</translation>
        </message>
        <message>
            <source>Choose an order in the list first.</source>
            <translation>请先在列表中选择一张维修单。</translation>
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
        <name>GiftsPage</name>
        <message>
            <source>Gift</source>
            <translation>礼品</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>所需积分</translation>
        </message>
        <message>
            <source>In stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>可兑换</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 积分</translation>
        </message>
        <message>
            <source>Offered for &amp;redemption</source>
            <translation>可供积分兑换(&amp;R)</translation>
        </message>
        <message>
            <source>Gift &amp;name:</source>
            <translation>礼品名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Points cost:</source>
            <translation>所需积分(&amp;P)：</translation>
        </message>
        <message>
            <source>In s&amp;tock:</source>
            <translation>库存(&amp;T)：</translation>
        </message>
        <message>
            <source>Ne&amp;w gift</source>
            <translation>新增礼品(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Save gift</source>
            <translation>保存礼品(&amp;S)</translation>
        </message>
        <message>
            <source>New gift</source>
            <translation>新增礼品</translation>
        </message>
        <message>
            <source>Gift: {name}</source>
            <translation>礼品：{name}</translation>
        </message>
        <message>
            <source>Gift {name} saved.</source>
            <translation>礼品「{name}」已保存。</translation>
        </message>
    </context>
    <context>
        <name>GreetingDayDialog</name>
        <message>
            <source>Edit greeting day</source>
            <translation>编辑节日</translation>
        </message>
        <message>
            <source>New greeting day</source>
            <translation>新增节日</translation>
        </message>
        <message>
            <source>In &amp;use</source>
            <translation>启用(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Ca&amp;lendar:</source>
            <translation>历法(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>日(&amp;D)：</translation>
        </message>
        <message>
            <source>This year:</source>
            <translation>今年日期：</translation>
        </message>
        <message>
            <source>&amp;Greeting:</source>
            <translation>祝福语(&amp;G)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Not this year</source>
            <translation>今年没有这一天</translation>
        </message>
    </context>
    <context>
        <name>GreetingsPage</name>
        <message>
            <source>This year</source>
            <translation>今年日期</translation>
        </message>
        <message>
            <source>Greeting day</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>历法</translation>
        </message>
        <message>
            <source>Month-day</source>
            <translation>月-日</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>祝福语</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone for SMS</source>
            <translation>短信号码</translation>
        </message>
        <message>
            <source>Greeting days</source>
            <translation>节日列表</translation>
        </message>
        <message>
            <source>&amp;Show customers to greet</source>
            <translation>查看祝福名单(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Add day...</source>
            <translation>新增节日(&amp;A)...</translation>
        </message>
        <message>
            <source>&amp;Edit day...</source>
            <translation>编辑节日(&amp;E)...</translation>
        </message>
        <message>
            <source>Customers to greet (marketing consent only)</source>
            <translation>祝福名单（仅限同意接收营销信息的客户）</translation>
        </message>
        <message>
            <source>Export &amp;CSV...</source>
            <translation>导出 CSV(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;Print call sheet...</source>
            <translation>打印通话单(&amp;P)...</translation>
        </message>
        <message>
            <source>Print mailing &amp;labels...</source>
            <translation>打印邮寄标签(&amp;L)...</translation>
        </message>
        <message>
            <source>&amp;Opt out...</source>
            <translation>退订(&amp;O)...</translation>
        </message>
        <message>
            <source>Choose a greeting day first.</source>
            <translation>请先选择节日。</translation>
        </message>
        <message>
            <source>Customers to greet on {day}</source>
            <translation>{day}祝福名单</translation>
        </message>
        <message>
            <source>Export greeting list</source>
            <translation>导出祝福名单</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>Greeting call sheet</source>
            <translation>节日关怀通话单</translation>
        </message>
        <message>
            <source>{n} labels; {missing} customer(s) have no address on file.</source>
            <translation>共 {n} 张标签；{missing} 位客户未登记地址。</translation>
        </message>
        <message>
            <source>Mailing labels</source>
            <translation>邮寄标签</translation>
        </message>
        <message>
            <source>Choose a customer in the list first.</source>
            <translation>请先在名单中选择客户。</translation>
        </message>
        <message>
            <source>Opt out</source>
            <translation>退订</translation>
        </message>
        <message>
            <source>{name} no longer wants greetings or other marketing messages: record the opt-out?</source>
            <translation>{name}不再接收节日祝福及其他营销信息：确认登记退订？</translation>
        </message>
        <message>
            <source>{name} will receive no more greetings.</source>
            <translation>{name}将不再收到节日祝福。</translation>
        </message>
        <message>
            <source>Show the customers to greet on a day first.</source>
            <translation>请先查看某个节日的祝福名单。</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Receive files handed over</source>
            <translation>签收移交档案</translation>
        </message>
        <message>
            <source>Complete as listed</source>
            <translation>按清单齐全</translation>
        </message>
        <message>
            <source>What is missing, when not complete</source>
            <translation>不齐全时，写明缺少什么</translation>
        </message>
        <message>
            <source>Add &amp;file...</source>
            <translation>添加档案(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Handed in by</source>
            <translation>移交人(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Missing</source>
            <translation>缺少内容(&amp;M)</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>&amp;Sign for receipt</source>
            <translation>签收(&amp;S)</translation>
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
            <source>An ID number or ID scan is sensitive personal information: record the customer's separate consent for it below.</source>
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
        <name>InvestigationDialog</name>
        <message>
            <source>Investigation report</source>
            <translation>调查报告</translation>
        </message>
        <message>
            <source>&amp;Save report</source>
            <translation>保存报告(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Cause *</source>
            <translation>原因(&amp;C) *</translation>
        </message>
        <message>
            <source>&amp;What happened *</source>
            <translation>事情经过(&amp;W) *</translation>
        </message>
        <message>
            <source>&amp;Responsible person</source>
            <translation>责任人(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;onclusion *</source>
            <translation>调查结论(&amp;O) *</translation>
        </message>
        <message>
            <source>Corr&amp;ective action</source>
            <translation>纠正措施(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Preventive action</source>
            <translation>预防措施(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Catalogue a paper file</source>
            <translation>纸质档案入库</translation>
        </message>
        <message>
            <source>Customer &amp;file:</source>
            <translation>客户档案(&amp;F)：</translation>
        </message>
        <message>
            <source>No customer file chosen yet.</source>
            <translation>尚未选择客户档案。</translation>
        </message>
        <message>
            <source>e.g. A-3-12</source>
            <translation>例如 A区-3架-12格</translation>
        </message>
        <message>
            <source>As the customer file</source>
            <translation>同客户档案</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>已选：</translation>
        </message>
        <message>
            <source>Con&amp;tents</source>
            <translation>内容(&amp;T)</translation>
        </message>
        <message>
            <source>C&amp;opies</source>
            <translation>份数(&amp;O)</translation>
        </message>
        <message>
            <source>S&amp;helf location</source>
            <translation>存放架位(&amp;H)</translation>
        </message>
        <message>
            <source>Confidentia&amp;lity</source>
            <translation>密级(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Received on</source>
            <translation>接收日期(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>说明(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Add to handover</source>
            <translation>加入移交清单(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Catalogue</source>
            <translation>入库(&amp;C)</translation>
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
            <source>General manager</source>
            <translation>总经理</translation>
        </message>
        <message>
            <source>Engineering supervisor</source>
            <translation>工程主管</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>Archive keeper</source>
            <translation>档案管理员</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
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
            <source>Complaint card recorded</source>
            <translation>登记投诉记录卡</translation>
        </message>
        <message>
            <source>Complaint card changed</source>
            <translation>投诉记录卡变更</translation>
        </message>
        <message>
            <source>Repair order recorded</source>
            <translation>登记维修单</translation>
        </message>
        <message>
            <source>Repair order changed</source>
            <translation>维修单变更</translation>
        </message>
        <message>
            <source>Repair fee standard changed</source>
            <translation>维修项目收费标准变更</translation>
        </message>
        <message>
            <source>Paper archive changed</source>
            <translation>纸质档案变更</translation>
        </message>
        <message>
            <source>Archive loan changed</source>
            <translation>档案外借变更</translation>
        </message>
        <message>
            <source>File access requested</source>
            <translation>申请查阅档案</translation>
        </message>
        <message>
            <source>File access approved or refused</source>
            <translation>档案查阅审批</translation>
        </message>
        <message>
            <source>Paper file destroyed</source>
            <translation>纸质档案销毁</translation>
        </message>
        <message>
            <source>Customer care recorded</source>
            <translation>记录客户关怀</translation>
        </message>
        <message>
            <source>Satisfaction recorded</source>
            <translation>记录满意度</translation>
        </message>
        <message>
            <source>Customer class overridden</source>
            <translation>人工调整客户分类</translation>
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
            <source>Guardian's consent (under 14)</source>
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
        <name>LendDialog</name>
        <message>
            <source>Lend {number}</source>
            <translation>借出 {number}</translation>
        </message>
        <message>
            <source>Loan:</source>
            <translation>借阅：</translation>
        </message>
        <message>
            <source>Due back:</source>
            <translation>应还日期：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>借阅用途：</translation>
        </message>
        <message>
            <source>The borrower signs here with the mouse, a pen or a finger:</source>
            <translation>请借阅人在此用鼠标、手写笔或手指签名：</translation>
        </message>
        <message>
            <source>The borrower signs for the files:</source>
            <translation>借阅人签字领取：</translation>
        </message>
        <message>
            <source>&amp;Lend</source>
            <translation>借出(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>LendingColumns</name>
        <message>
            <source>File no.</source>
            <translation>档案编号</translation>
        </message>
        <message>
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Shelf</source>
            <translation>架位</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>接收日期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>waiting for: {level}</source>
            <translation>待{level}审批</translation>
        </message>
        <message>
            <source>renewal {waiting}</source>
            <translation>续借{waiting}</translation>
        </message>
        <message>
            <source>{state}, OVERDUE</source>
            <translation>{state}，已逾期</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还日期</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>办理进度</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>借阅用途</translation>
        </message>
        <message>
            <source>{level} (renewal to {day})</source>
            <translation>{level}（续借至 {day}）</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>审批层级</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Refusal reason</source>
            <translation>不批准理由</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>不批准</translation>
        </message>
        <message>
            <source>renewal </source>
            <translation>续借 </translation>
        </message>
        <message>
            <source>{number}: purpose {purpose}; reason {reason}</source>
            <translation>{number}：用途 {purpose}；事由 {reason}</translation>
        </message>
    </context>
    <context>
        <name>LendingDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LendingMessages</name>
        <message>
            <source>Awaiting approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>未批准</translation>
        </message>
        <message>
            <source>Approved, ready to lend</source>
            <translation>已批准，待借出</translation>
        </message>
        <message>
            <source>Out on loan</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Returned, written off</source>
            <translation>已归还注销</translation>
        </message>
        <message>
            <source>Department head</source>
            <translation>部门负责人</translation>
        </message>
        <message>
            <source>Archive keeper</source>
            <translation>档案管理员</translation>
        </message>
        <message>
            <source>General manager</source>
            <translation>总经理</translation>
        </message>
        <message>
            <source>ID copy</source>
            <translation>身份证复印件</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Signed forms</source>
            <translation>签字表单</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>完好</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <source>Missing pages</source>
            <translation>缺页</translation>
        </message>
        <message>
            <source>Shredded</source>
            <translation>碎纸机粉碎</translation>
        </message>
        <message>
            <source>Pulped</source>
            <translation>化浆</translation>
        </message>
        <message>
            <source>Incinerated</source>
            <translation>焚烧</translation>
        </message>
        <message>
            <source>In the archive</source>
            <translation>在库</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>已销毁</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>已提出</translation>
        </message>
        <message>
            <source>The return date may be at most {days} days from today.</source>
            <translation>归还日期最多为今天起 {days} 天内。</translation>
        </message>
        <message>
            <source>The return date lies in the past.</source>
            <translation>归还日期早于今天。</translation>
        </message>
        <message>
            <source>A renewal must move the return date later.</source>
            <translation>续借须把归还日期往后延。</translation>
        </message>
        <message>
            <source>Please give the department.</source>
            <translation>请填写部门。</translation>
        </message>
        <message>
            <source>Please give the purpose.</source>
            <translation>请填写借阅用途。</translation>
        </message>
        <message>
            <source>Please give a reason.</source>
            <translation>请填写理由。</translation>
        </message>
        <message>
            <source>Please give a reason (a refusal or a damaged file needs one).</source>
            <translation>请填写理由（不批准或档案破损、缺页时必须填写）。</translation>
        </message>
        <message>
            <source>Choose at least one file from the catalogue.</source>
            <translation>请从档案目录中至少选择一份档案。</translation>
        </message>
        <message>
            <source>At most 8 files fit on one lending slip.</source>
            <translation>一张借阅单最多 8 份档案。</translation>
        </message>
        <message>
            <source>The same file is chosen twice.</source>
            <translation>同一份档案选了两次。</translation>
        </message>
        <message>
            <source>This file has been destroyed.</source>
            <translation>此档案已销毁。</translation>
        </message>
        <message>
            <source>This file is not in the catalogue.</source>
            <translation>档案目录中没有此档案。</translation>
        </message>
        <message>
            <source>More copies than the archive holds of this file.</source>
            <translation>借阅份数超过档案室所存份数。</translation>
        </message>
        <message>
            <source>Tick what the file contains.</source>
            <translation>请勾选档案内容。</translation>
        </message>
        <message>
            <source>Give the shelf location.</source>
            <translation>请填写存放架位。</translation>
        </message>
        <message>
            <source>The date received lies in the future.</source>
            <translation>接收日期晚于今天。</translation>
        </message>
        <message>
            <source>Choose a customer file first.</source>
            <translation>请先选择客户档案。</translation>
        </message>
        <message>
            <source>This file is not confidential: no request needed.</source>
            <translation>此档案不是机密档案，无需申请。</translation>
        </message>
        <message>
            <source>This file's retention has not ended yet.</source>
            <translation>此档案的保管期限尚未届满。</translation>
        </message>
        <message>
            <source>This customer has no paper file in the archive.</source>
            <translation>档案室中没有此客户的纸质档案。</translation>
        </message>
        <message>
            <source>Say what is missing.</source>
            <translation>请写明缺少什么。</translation>
        </message>
        <message>
            <source>Add at least one file to the handover.</source>
            <translation>移交清单中至少要有一份档案。</translation>
        </message>
        <message>
            <source>The borrower has not signed: sign on the pad or tick "signed on paper".</source>
            <translation>借阅人尚未签字：请在签字板上签字，或勾选“纸面签字”。</translation>
        </message>
        <message>
            <source>The signature could not be read; please sign again.</source>
            <translation>签字无法读取，请重新签字。</translation>
        </message>
        <message>
            <source>This file is not on this loan.</source>
            <translation>此档案不在本次借阅中。</translation>
        </message>
        <message>
            <source>Please describe how it was resolved.</source>
            <translation>请写明处理结果。</translation>
        </message>
        <message>
            <source>Between 1 and 72 hours.</source>
            <translation>时长须在 1 至 72 小时之间。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The witness must be someone else.</source>
            <translation>监销人须为另一人。</translation>
        </message>
        <message>
            <source>The date lies in the future.</source>
            <translation>日期晚于今天。</translation>
        </message>
        <message>
            <source>Choose how the file is destroyed.</source>
            <translation>请选择销毁方式。</translation>
        </message>
        <message>
            <source>Choose a month.</source>
            <translation>请选择月份。</translation>
        </message>
        <message>
            <source>A loan of this borrower is overdue: it must come back first.</source>
            <translation>该借阅人有逾期未还的档案，须先归还。</translation>
        </message>
        <message>
            <source>Nothing waits for a decision on this application.</source>
            <translation>此申请没有待审批的环节。</translation>
        </message>
        <message>
            <source>No one may approve their own application.</source>
            <translation>不能审批自己的申请。</translation>
        </message>
        <message>
            <source>You have already decided at another level of this application.</source>
            <translation>您已在此申请的另一审批层级作出决定。</translation>
        </message>
        <message>
            <source>Only the borrower may ask for a renewal.</source>
            <translation>只有借阅人本人可以申请续借。</translation>
        </message>
        <message>
            <source>This loan is not out.</source>
            <translation>此借阅不在借出中。</translation>
        </message>
        <message>
            <source>A loan may be renewed only once.</source>
            <translation>每次借阅只能续借一次。</translation>
        </message>
        <message>
            <source>This application is not fully approved.</source>
            <translation>此申请尚未全部批准。</translation>
        </message>
        <message>
            <source>A file of this loan is already out.</source>
            <translation>本次借阅中有档案已被借出。</translation>
        </message>
        <message>
            <source>A file of this loan has been destroyed.</source>
            <translation>本次借阅中有档案已销毁。</translation>
        </message>
        <message>
            <source>This incident is already closed.</source>
            <translation>此异常事件已关闭。</translation>
        </message>
        <message>
            <source>A destruction of this file is already proposed.</source>
            <translation>此档案已提出销毁。</translation>
        </message>
        <message>
            <source>This approval has already been given.</source>
            <translation>此项审批已完成。</translation>
        </message>
        <message>
            <source>The archive keeper and the manager must be two different people.</source>
            <translation>档案管理员和经理的审批须由两个不同的人作出。</translation>
        </message>
        <message>
            <source>The destruction needs the archive keeper's and a manager's approval first.</source>
            <translation>销毁须先经档案管理员和经理批准。</translation>
        </message>
        <message>
            <source>This destruction was refused.</source>
            <translation>此销毁未获批准。</translation>
        </message>
        <message>
            <source>This file has already been destroyed.</source>
            <translation>此档案已经销毁。</translation>
        </message>
        <message>
            <source>The record is printed once the destruction is carried out.</source>
            <translation>销毁执行后才能打印销毁记录。</translation>
        </message>
    </context>
    <context>
        <name>LendingRoom</name>
        <message>
            <source>Applications</source>
            <translation>借阅申请</translation>
        </message>
        <message>
            <source>Waiting for my approval</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <source>Lending register</source>
            <translation>外借登记册</translation>
        </message>
        <message>
            <source>Archive catalogue</source>
            <translation>档案目录</translation>
        </message>
        <message>
            <source>Access requests</source>
            <translation>查阅申请</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>销毁</translation>
        </message>
    </context>
    <context>
        <name>LoanLimitBox</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Files back &amp;within:</source>
            <translation>借阅期限(&amp;W)：</translation>
        </message>
        <message>
            <source>Save limit</source>
            <translation>保存期限</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
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
        <name>MajorDialog</name>
        <message>
            <source>Mark as a major complaint</source>
            <translation>标为重大投诉</translation>
        </message>
        <message>
            <source>&amp;Mark major</source>
            <translation>标为重大(&amp;M)</translation>
        </message>
        <message>
            <source>The duty manager is alerted at once; a plan is due within 24 hours.</source>
            <translation>将立即提醒值班经理；须在 24 小时内制定处理方案。</translation>
        </message>
        <message>
            <source>Major because</source>
            <translation>重大原因</translation>
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
        <name>MemberSettingsForm</name>
        <message>
            <source>Spend in the validity period (yuan)</source>
            <translation>有效期内消费金额（元）</translation>
        </message>
        <message>
            <source>Points earned in the validity period</source>
            <translation>有效期内获得的积分</translation>
        </message>
        <message>
            <source>Round down</source>
            <translation>向下取整</translation>
        </message>
        <message>
            <source>Round to nearest</source>
            <translation>四舍五入</translation>
        </message>
        <message>
            <source>Round up</source>
            <translation>向上取整</translation>
        </message>
        <message>
            <source>Allow</source>
            <translation>允许</translation>
        </message>
        <message>
            <source>Warn</source>
            <translation>提醒</translation>
        </message>
        <message>
            <source>Refuse check-in</source>
            <translation>拒绝签到</translation>
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
            <source>Purpose</source>
            <translation>来访目的</translation>
        </message>
        <message>
            <source>Party size</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Service area</source>
            <translation>服务区域</translation>
        </message>
        <message>
            <source>Receiving staff</source>
            <translation>接待员工</translation>
        </message>
        <message>
            <source>Card expired:</source>
            <translation>会员卡已过期：</translation>
        </message>
        <message>
            <source>Card frozen:</source>
            <translation>会员卡已冻结：</translation>
        </message>
        <message>
            <source>Card reported lost:</source>
            <translation>会员卡已挂失：</translation>
        </message>
        <message>
            <source>Card cancelled:</source>
            <translation>会员卡已注销：</translation>
        </message>
        <message>
            <source>Birthday today:</source>
            <translation>今天生日：</translation>
        </message>
        <message>
            <source>Birthday this week:</source>
            <translation>本周生日：</translation>
        </message>
        <message>
            <source>Open complaint:</source>
            <translation>有未结案投诉：</translation>
        </message>
        <message>
            <source>Overdue borrowed item:</source>
            <translation>有逾期未还物品：</translation>
        </message>
        <message>
            <source>Checked in recently:</source>
            <translation>近期已签到：</translation>
        </message>
        <message>
            <source>No photo on file:</source>
            <translation>档案中没有照片：</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 积分</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>永不过期</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Record when visitors &amp;leave (check-out)</source>
            <translation>登记客人离店时间（签退）(&amp;L)</translation>
        </message>
        <message>
            <source>At check-in</source>
            <translation>签到时的提醒规则</translation>
        </message>
        <message>
            <source>&amp;Card number prefix:</source>
            <translation>卡号前缀(&amp;C)：</translation>
        </message>
        <message>
            <source>Tiers are &amp;earned by:</source>
            <translation>等级评定依据(&amp;E)：</translation>
        </message>
        <message>
            <source>for every</source>
            <translation>每消费</translation>
        </message>
        <message>
            <source>yuan paid</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Points ea&amp;rned:</source>
            <translation>获得积分(&amp;R)：</translation>
        </message>
        <message>
            <source>Ro&amp;unding:</source>
            <translation>取整方式(&amp;U)：</translation>
        </message>
        <message>
            <source>Points e&amp;xpire after:</source>
            <translation>积分有效期(&amp;X)：</translation>
        </message>
        <message>
            <source>Points that &amp;pay 1 yuan:</source>
            <translation>抵扣 1 元所需积分(&amp;P)：</translation>
        </message>
        <message>
            <source>Recent visit &amp;within:</source>
            <translation>近期来访判定(&amp;W)：</translation>
        </message>
        <message>
            <source>I&amp;gnore a repeat scan within:</source>
            <translation>重复刷卡忽略时间(&amp;G)：</translation>
        </message>
        <message>
            <source>W&amp;alk-in must give:</source>
            <translation>散客必填项(&amp;A)：</translation>
        </message>
        <message>
            <source>Check-out:</source>
            <translation>签退：</translation>
        </message>
        <message>
            <source>Departments (&amp;one per line):</source>
            <translation>消费部门（每行一个）(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>MemberTabs</name>
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
            <translation>有效至</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>所需积分</translation>
        </message>
        <message>
            <source>Replaced by</source>
            <translation>补换新卡</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>发卡</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>续卡</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>冻结</translation>
        </message>
        <message>
            <source>Unfrozen</source>
            <translation>解冻</translation>
        </message>
        <message>
            <source>Reported lost</source>
            <translation>挂失</translation>
        </message>
        <message>
            <source>Replaced</source>
            <translation>补卡</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>注销</translation>
        </message>
        <message>
            <source>Tier raised</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Tier lowered</source>
            <translation>降级</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>经办员工</translation>
        </message>
        <message>
            <source>Card history</source>
            <translation>会员卡记录</translation>
        </message>
        <message>
            <source>No member card yet.</source>
            <translation>尚无会员卡。</translation>
        </message>
        <message>
            <source>Points of card {no}: balance {total} = the sum of {n} entries</source>
            <translation>会员卡 {no} 的积分：余额 {total} = {n} 条记录之和</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>小票号</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>涉及部门</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>项目</translation>
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
            <translation>实付</translation>
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
            <source>Re&amp;verse consumption...</source>
            <translation>冲销消费(&amp;V)…</translation>
        </message>
        <message>
            <source>Why is receipt {no} ({paid} yuan, {items}) reversed? Its points are taken back.</source>
            <translation>为何冲销小票 {no}（{paid} 元，{items}）？相关积分将一并冲回。</translation>
        </message>
        <message>
            <source>Reverse consumption</source>
            <translation>冲销消费</translation>
        </message>
        <message>
            <source>Select a consumption in the list first.</source>
            <translation>请先在列表中选择一条消费记录。</translation>
        </message>
        <message>
            <source>Receipt {no} reversed.</source>
            <translation>小票 {no} 已冲销。</translation>
        </message>
        <message>
            <source>Card {card} now holds {points} points.</source>
            <translation>会员卡 {card} 现有积分 {points}。</translation>
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
        <name>MembershipMessages</name>
        <message>
            <source>A card prefix is 1 to 8 digits, e.g. 8866.</source>
            <translation>卡号前缀为 1 至 8 位数字，例如 8866。</translation>
        </message>
        <message>
            <source>A discount lies between 0 and 100 %.</source>
            <translation>折扣须在 0 至 100% 之间。</translation>
        </message>
        <message>
            <source>The points multiplier lies between 0 and 1000 %.</source>
            <translation>积分倍率须在 0 至 1000% 之间。</translation>
        </message>
        <message>
            <source>A card is valid for 1 to 120 months.</source>
            <translation>会员卡有效期须为 1 至 120 个月。</translation>
        </message>
        <message>
            <source>The entry threshold cannot be below zero.</source>
            <translation>入会门槛不能小于零。</translation>
        </message>
        <message>
            <source>Enter the threshold as a number, e.g. 5000.00.</source>
            <translation>请以数字填写门槛，例如 5000.00。</translation>
        </message>
        <message>
            <source>Please fill in the name.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>The name is too long (at most 64 characters).</source>
            <translation>名称过长（最多 64 个字）。</translation>
        </message>
        <message>
            <source>List at least one department, one per line.</source>
            <translation>请至少填写一个消费部门，每行一个。</translation>
        </message>
        <message>
            <source>A department name cannot be blank.</source>
            <translation>部门名称不能为空白。</translation>
        </message>
        <message>
            <source>A department name has at most 32 characters.</source>
            <translation>部门名称最多 32 个字。</translation>
        </message>
        <message>
            <source>A department is listed twice.</source>
            <translation>有部门重复填写。</translation>
        </message>
        <message>
            <source>The walk-in's name is always required.</source>
            <translation>散客姓名始终必填。</translation>
        </message>
        <message>
            <source>Enter an amount of yuan above zero.</source>
            <translation>请填写大于零的金额（元）。</translation>
        </message>
        <message>
            <source>A gift costs at least 1 point.</source>
            <translation>礼品所需积分至少为 1。</translation>
        </message>
        <message>
            <source>The stock cannot be below zero.</source>
            <translation>库存不能小于零。</translation>
        </message>
    </context>
    <context>
        <name>MembershipPage</name>
        <message>
            <source>Member tiers</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Membership settings</source>
            <translation>会员规则</translation>
        </message>
        <message>
            <source>&amp;Save membership settings</source>
            <translation>保存会员规则(&amp;S)</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked field.</source>
            <translation>未保存：请更正标红的项目。</translation>
        </message>
        <message>
            <source>Membership settings saved.</source>
            <translation>会员规则已保存。</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>会员设置</translation>
        </message>
        <message>
            <source>Gift catalogue</source>
            <translation>积分礼品</translation>
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
            <source>This customer is under 14: record a guardian's consent first (tab ID &amp; consent).</source>
            <translation>该客户未满14周岁：请先在“证件与同意”页记录监护人同意。</translation>
        </message>
        <message>
            <source>An ID number needs the customer's separate consent: add it below first.</source>
            <translation>证件号码须取得客户的单独同意：请先在下方添加。</translation>
        </message>
        <message>
            <source>An ID scan needs the customer's separate consent (tab ID &amp; consent).</source>
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
            <source>Please fill in the guardian's name.</source>
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
            <source>This file's personal information has been erased.</source>
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
            <source>This file is confidential: it opens only on your approved access request (apply to view it; a manager approves).</source>
            <translation>此档案为机密档案：须经您的查阅申请获批后方可查看（请提交查阅申请，由经理审批）。</translation>
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
        <name>OnSiteDialog</name>
        <message>
            <source>On site: {number}</source>
            <translation>现场：{number}</translation>
        </message>
        <message>
            <source>The customer agreed a &amp;new time</source>
            <translation>客户同意了新的时间(&amp;N)</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>Appointment:</source>
            <translation>预约时间：</translation>
        </message>
        <message>
            <source>&amp;Arrived at</source>
            <translation>到场时间(&amp;A)</translation>
        </message>
        <message>
            <source>New &amp;window</source>
            <translation>新预约时间(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>0.00 = exactly the total shown</source>
            <translation>0.00 = 以所示合计为限</translation>
        </message>
        <message>
            <source>The customer has seen these fees and &amp;agrees to them and to the cost limit</source>
            <translation>客户已查看上述费用，并同意(&amp;A)费用及费用上限</translation>
        </message>
        <message>
            <source>Fees by the fee standard of {day}</source>
            <translation>按 {day} 版收费标准计费</translation>
        </message>
        <message>
            <source>Cost &amp;limit (yuan)</source>
            <translation>费用上限（元）(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Arrived at {time}</source>
            <translation>已于 {time} 到场</translation>
        </message>
        <message>
            <source>Enter the cost limit in yuan, e.g. 200.00.</source>
            <translation>请以元为单位填写费用上限，例如 200.00。</translation>
        </message>
        <message>
            <source>Fees of {amount} yuan agreed; the work has started.</source>
            <translation>客户已同意费用 {amount} 元，维修已开始。</translation>
        </message>
        <message>
            <source>Fees shown; the customer's agreement is still needed.</source>
            <translation>费用已出示，尚需客户同意。</translation>
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
        <name>OrderView</name>
        <message>
            <source>Repair order {number}</source>
            <translation>维修单 {number}</translation>
        </message>
        <message>
            <source>(new time agreed: {reason})</source>
            <translation>（已改约：{reason}）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Reported via</source>
            <translation>报修方式</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>受理人</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>报修人</translation>
        </message>
        <message>
            <source>(the venue itself)</source>
            <translation>（会所自查）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Place and item</source>
            <translation>地点及物品</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <source>Engineering</source>
            <translation>工程</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>(not dispatched)</source>
            <translation>（未派工）</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派工时间</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>到场时间</translation>
        </message>
        <message>
            <source>Punctuality</source>
            <translation>准时情况</translation>
        </message>
        <message>
            <source>Work done</source>
            <translation>维修内容</translation>
        </message>
        <message>
            <source>Parts used</source>
            <translation>使用配件</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完工时间</translation>
        </message>
        <message>
            <source>Fees (fee standard of {day})</source>
            <translation>费用（{day} 版收费标准）</translation>
        </message>
        <message>
            <source>No fee items.</source>
            <translation>无收费项目。</translation>
        </message>
        <message>
            <source>other, approved</source>
            <translation>其他项目，已批准</translation>
        </message>
        <message>
            <source>other, NOT yet approved</source>
            <translation>其他项目，尚未批准</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>not yet agreed by the customer</source>
            <translation>客户尚未同意</translation>
        </message>
        <message>
            <source>(free under warranty)</source>
            <translation>（保修期内免费）</translation>
        </message>
        <message>
            <source>Cost limit</source>
            <translation>费用上限</translation>
        </message>
        <message>
            <source>Customer agreed</source>
            <translation>客户同意</translation>
        </message>
        <message>
            <source>To pay (yuan)</source>
            <translation>应付（元）</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <source>Signed on paper ({time}); the paper copy is kept.</source>
            <translation>已在纸质单上签字（{time}），纸质联留存。</translation>
        </message>
        <message>
            <source>Not signed yet.</source>
            <translation>尚未签字。</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>验收</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>验收人</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>验收时间</translation>
        </message>
        <message>
            <source>Check note</source>
            <translation>验收备注</translation>
        </message>
        <message>
            <source>Failed checks</source>
            <translation>验收不合格次数</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <source>Cancelled because</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <source>satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>not satisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>not called yet</source>
            <translation>尚未回访</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>Check and closing</source>
            <translation>验收与结单</translation>
        </message>
        <message>
            <source>Double-click to see it full size</source>
            <translation>双击查看原图</translation>
        </message>
        <message>
            <source>before</source>
            <translation>维修前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>维修后</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <source>&amp;New repair order...</source>
            <translation>新建维修单(&amp;N)...</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Tec&amp;hnician:</source>
            <translation>维修员(&amp;H)：</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Repair order {number} recorded.</source>
            <translation>维修单 {number} 已登记。</translation>
        </message>
    </context>
    <context>
        <name>PassFailDialog</name>
        <message>
            <source>Order:</source>
            <translation>维修单：</translation>
        </message>
        <message>
            <source>Choose one of the two answers.</source>
            <translation>请选择其中一项。</translation>
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
        <name>PhotoPicker</name>
        <message>
            <source>Double-click a photo to see it full size</source>
            <translation>双击照片查看原图</translation>
        </message>
        <message>
            <source>Add photo...</source>
            <translation>添加照片...</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图片</translation>
        </message>
    </context>
    <context>
        <name>PhotoViewerDialog</name>
        <message>
            <source>&lt; &amp;Previous</source>
            <translation>&lt; 上一张(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一张(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>No photos.</source>
            <translation>没有照片。</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>维修前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>维修后</translation>
        </message>
        <message>
            <source>{stage}: {filename}</source>
            <translation>{stage}：{filename}</translation>
        </message>
        <message>
            <source>Photo – {caption}</source>
            <translation>照片 – {caption}</translation>
        </message>
        <message>
            <source>This photo cannot be shown.</source>
            <translation>无法显示这张照片。</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Handling plan</source>
            <translation>处理方案</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>保存方案(&amp;S)</translation>
        </message>
        <message>
            <source>A major complaint needs its handling plan within 24 hours.</source>
            <translation>重大投诉须在 24 小时内制定处理方案。</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>方案(&amp;P)</translation>
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
        <name>ProposeDialog</name>
        <message>
            <source>Propose destroying {number}</source>
            <translation>提出销毁 {number}</translation>
        </message>
        <message>
            <source>Customer file:</source>
            <translation>客户档案：</translation>
        </message>
        <message>
            <source>Retention ended:</source>
            <translation>保管期满：</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>销毁方式(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>提出(&amp;P)</translation>
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
        <name>RegisterPage</name>
        <message>
            <source>Incident</source>
            <translation>事件编号</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>打开时间</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借阅单号</translation>
        </message>
        <message>
            <source>File</source>
            <translation>档案</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>关闭时间</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Ready to lend</source>
            <translation>待借出</translation>
        </message>
        <message>
            <source>Out on loan</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已归还</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Lend...</source>
            <translation>借出(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Write off return...</source>
            <translation>归还注销(&amp;W)…</translation>
        </message>
        <message>
            <source>Print lending &amp;slip...</source>
            <translation>打印借阅单(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Close incident...</source>
            <translation>关闭事件(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>显示(&amp;S)：</translation>
        </message>
        <message>
            <source>Month's register:</source>
            <translation>月度登记册：</translation>
        </message>
        <message>
            <source>&amp;Preview PDF...</source>
            <translation>预览 PDF(&amp;P)…</translation>
        </message>
        <message>
            <source>Save C&amp;SV...</source>
            <translation>保存 CSV(&amp;S)…</translation>
        </message>
        <message>
            <source>Incidents (missing pages):</source>
            <translation>异常事件（缺页）：</translation>
        </message>
        <message>
            <source>Select a loan first.</source>
            <translation>请先选择一条借阅。</translation>
        </message>
        <message>
            <source>Lending slip {number} (two parts)</source>
            <translation>档案借阅单 {number}（两联）</translation>
        </message>
        <message>
            <source>Select an incident first.</source>
            <translation>请先选择一条事件。</translation>
        </message>
        <message>
            <source>Close incident {number}</source>
            <translation>关闭事件 {number}</translation>
        </message>
        <message>
            <source>&amp;Resolution</source>
            <translation>处理结果(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Close incident</source>
            <translation>关闭事件(&amp;C)</translation>
        </message>
        <message>
            <source>Lending register {month}</source>
            <translation>档案外借登记册 {month}</translation>
        </message>
        <message>
            <source>Save the register as CSV</source>
            <translation>将登记册保存为 CSV</translation>
        </message>
    </context>
    <context>
        <name>RemedyDialog</name>
        <message>
            <source>Remedy decided</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>&amp;Save remedy</source>
            <translation>保存处理决定(&amp;S)</translation>
        </message>
        <message>
            <source>Compensation above {limit} yuan needs a duty manager's approval.</source>
            <translation>补偿超过 {limit} 元须经值班经理批准。</translation>
        </message>
        <message>
            <source>&amp;Remedy *</source>
            <translation>处理决定(&amp;R) *</translation>
        </message>
        <message>
            <source>&amp;Compensation (yuan)</source>
            <translation>补偿金额（元）(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>RenewalDialog</name>
        <message>
            <source>Ask to renew {number}</source>
            <translation>申请续借 {number}</translation>
        </message>
        <message>
            <source>Due back now:</source>
            <translation>当前应还日期：</translation>
        </message>
        <message>
            <source>&amp;New return date</source>
            <translation>新的归还日期(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Ask for renewal</source>
            <translation>申请续借(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>RepairActions</name>
        <message>
            <source>&amp;Dispatch...</source>
            <translation>派工(&amp;D)...</translation>
        </message>
        <message>
            <source>New &amp;time...</source>
            <translation>改约(&amp;T)...</translation>
        </message>
        <message>
            <source>&amp;On site: arrival and fees...</source>
            <translation>现场：到场与费用(&amp;O)...</translation>
        </message>
        <message>
            <source>Change &amp;fees...</source>
            <translation>修改费用(&amp;F)...</translation>
        </message>
        <message>
            <source>&amp;Approve "other" fee</source>
            <translation>批准“其他”费用(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Waiting for parts...</source>
            <translation>等待配件(&amp;W)...</translation>
        </message>
        <message>
            <source>&amp;Resume work</source>
            <translation>恢复维修(&amp;R)</translation>
        </message>
        <message>
            <source>Work d&amp;one and signature...</source>
            <translation>完工与签字(&amp;O)...</translation>
        </message>
        <message>
            <source>Customer &amp;signs...</source>
            <translation>客户签字(&amp;S)...</translation>
        </message>
        <message>
            <source>C&amp;heck the work...</source>
            <translation>验收(&amp;H)...</translation>
        </message>
        <message>
            <source>C&amp;lose order</source>
            <translation>结单(&amp;L)</translation>
        </message>
        <message>
            <source>Cance&amp;l order...</source>
            <translation>取消维修单(&amp;L)...</translation>
        </message>
        <message>
            <source>&amp;Print order (three parts)...</source>
            <translation>打印维修单（三联）(&amp;P)...</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待配件</translation>
        </message>
        <message>
            <source>Which parts, and when are they due?</source>
            <translation>等待哪些配件，预计何时到货？</translation>
        </message>
        <message>
            <source>Cancel repair order {number}</source>
            <translation>取消维修单 {number}</translation>
        </message>
        <message>
            <source>Reason (kept with the order's history):</source>
            <translation>原因（记入维修单历史）：</translation>
        </message>
    </context>
    <context>
        <name>RepairMessages</name>
        <message>
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>已派工</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>维修中</translation>
        </message>
        <message>
            <source>Waiting for parts</source>
            <translation>等待配件</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完工</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已验收</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Locker</source>
            <translation>储物柜</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>房间</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>设施</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <source>At the desk</source>
            <translation>前台报修</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>电话报修</translation>
        </message>
        <message>
            <source>Told to engineering</source>
            <translation>口头告知工程部</translation>
        </message>
        <message>
            <source>Electrical</source>
            <translation>电工</translation>
        </message>
        <message>
            <source>Plumbing</source>
            <translation>水暖</translation>
        </message>
        <message>
            <source>Carpentry</source>
            <translation>木工</translation>
        </message>
        <message>
            <source>Locks</source>
            <translation>锁具</translation>
        </message>
        <message>
            <source>Air conditioning</source>
            <translation>空调</translation>
        </message>
        <message>
            <source>General</source>
            <translation>综合</translation>
        </message>
        <message>
            <source>State changed</source>
            <translation>状态变更</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派工</translation>
        </message>
        <message>
            <source>Arrived on site</source>
            <translation>到场</translation>
        </message>
        <message>
            <source>New time agreed</source>
            <translation>改约</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签字</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>电话回访</translation>
        </message>
        <message>
            <source>One A4 sheet with cut lines</source>
            <translation>一张 A4（带裁切线）</translation>
        </message>
        <message>
            <source>Three A4 pages</source>
            <translation>三张 A4</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <source>The appointment lies in the past: agree a time from now on.</source>
            <translation>预约时间已过：请与客户约定此后的时间。</translation>
        </message>
        <message>
            <source>The window must end after it starts.</source>
            <translation>预约结束时间须晚于开始时间。</translation>
        </message>
        <message>
            <source>The new window must end after it starts.</source>
            <translation>新预约的结束时间须晚于开始时间。</translation>
        </message>
        <message>
            <source>The new time lies in the past.</source>
            <translation>新时间已过。</translation>
        </message>
        <message>
            <source>Please fill in the place and item.</source>
            <translation>请填写地点及物品。</translation>
        </message>
        <message>
            <source>Please describe what is wrong.</source>
            <translation>请描述故障情况。</translation>
        </message>
        <message>
            <source>A new time needs the reason the customer gave.</source>
            <translation>改约须填写客户给出的原因。</translation>
        </message>
        <message>
            <source>Please give a reason.</source>
            <translation>请填写原因。</translation>
        </message>
        <message>
            <source>Please describe the work done.</source>
            <translation>请填写维修内容。</translation>
        </message>
        <message>
            <source>Choose a technician from the list.</source>
            <translation>请从列表中选择维修员。</translation>
        </message>
        <message>
            <source>This item is not in the fee standard; add it as "other" with a manager's approval.</source>
            <translation>该项目不在收费标准内；请作为“其他”项目添加，并经经理批准。</translation>
        </message>
        <message>
            <source>Enter a quantity above zero.</source>
            <translation>请填写大于零的数量。</translation>
        </message>
        <message>
            <source>Name the "other" item.</source>
            <translation>请填写“其他”项目的名称。</translation>
        </message>
        <message>
            <source>Give the unit of the "other" item.</source>
            <translation>请填写“其他”项目的单位。</translation>
        </message>
        <message>
            <source>Enter the price of the "other" item.</source>
            <translation>请填写“其他”项目的单价。</translation>
        </message>
        <message>
            <source>The cost limit cannot be negative.</source>
            <translation>费用上限不能为负数。</translation>
        </message>
        <message>
            <source>The cost limit lies below the fees shown: ask the customer again.</source>
            <translation>费用上限低于所示费用：请再次征得客户同意。</translation>
        </message>
        <message>
            <source>Show the customer the fee items first.</source>
            <translation>请先向客户出示收费项目。</translation>
        </message>
        <message>
            <source>An "other" fee item waits for a manager's approval before the customer can agree.</source>
            <translation>“其他”收费项目须经经理批准后，客户方可同意。</translation>
        </message>
        <message>
            <source>The customer has not agreed the fees yet.</source>
            <translation>客户尚未同意费用。</translation>
        </message>
        <message>
            <source>The customer has not signed: sign on the pad or tick "signed on paper".</source>
            <translation>客户尚未签字：请在签字板上签字，或勾选“已在纸质单上签字”。</translation>
        </message>
        <message>
            <source>A new fee standard takes effect today or later.</source>
            <translation>新收费标准的生效日期须为今天或以后。</translation>
        </message>
        <message>
            <source>A fee standard needs at least one item.</source>
            <translation>收费标准至少需要一个项目。</translation>
        </message>
        <message>
            <source>Two items have the same code.</source>
            <translation>有两个项目编号相同。</translation>
        </message>
        <message>
            <source>Each item needs a code of at most 16 characters.</source>
            <translation>每个项目都需要编号，最多 16 个字符。</translation>
        </message>
        <message>
            <source>Please fill in the name.</source>
            <translation>请填写名称。</translation>
        </message>
        <message>
            <source>Each item needs its unit.</source>
            <translation>每个项目都需要填写单位。</translation>
        </message>
        <message>
            <source>A price cannot be negative.</source>
            <translation>单价不能为负数。</translation>
        </message>
        <message>
            <source>Enter the price in yuan, e.g. 120.00.</source>
            <translation>请以元为单位填写单价，例如 120.00。</translation>
        </message>
        <message>
            <source>Tick at least one specialty.</source>
            <translation>请至少勾选一个工种。</translation>
        </message>
        <message>
            <source>Choose a month.</source>
            <translation>请选择月份。</translation>
        </message>
        <message>
            <source>This fee line no longer exists.</source>
            <translation>该费用行已不存在。</translation>
        </message>
        <message>
            <source>Only "other" items need an approval.</source>
            <translation>只有“其他”项目需要批准。</translation>
        </message>
        <message>
            <source>Use 1 to 6 letters or digits, e.g. WX.</source>
            <translation>请使用 1 至 6 个字母或数字，例如 WX。</translation>
        </message>
        <message>
            <source>No repair order has this number.</source>
            <translation>没有此编号的维修单。</translation>
        </message>
        <message>
            <source>The arrival time lies in the future.</source>
            <translation>到场时间晚于当前时间。</translation>
        </message>
        <message>
            <source>The arrival time lies before the order was reported.</source>
            <translation>到场时间早于报修时间。</translation>
        </message>
        <message>
            <source>Record the technician's arrival first.</source>
            <translation>请先记录维修员到场。</translation>
        </message>
        <message>
            <source>Give the new time agreed with the customer.</source>
            <translation>请填写与客户约定的新时间。</translation>
        </message>
        <message>
            <source>The list of parts is too long.</source>
            <translation>配件清单过长。</translation>
        </message>
        <message>
            <source>The signature could not be read; please sign again.</source>
            <translation>无法读取签字，请重新签字。</translation>
        </message>
        <message>
            <source>The supervisor has not checked the work yet.</source>
            <translation>工程主管尚未验收。</translation>
        </message>
        <message>
            <source>This customer file no longer exists.</source>
            <translation>该客户档案已不存在。</translation>
        </message>
        <message>
            <source>The photo is larger than 10 MB.</source>
            <translation>照片超过 10 MB。</translation>
        </message>
        <message>
            <source>The photo file is empty.</source>
            <translation>照片文件为空。</translation>
        </message>
        <message>
            <source>This order was not drawn for a follow-up call.</source>
            <translation>该维修单未被抽中回访。</translation>
        </message>
        <message>
            <source>This repair order no longer exists.</source>
            <translation>该维修单已不存在。</translation>
        </message>
        <message>
            <source>This fee standard version no longer exists.</source>
            <translation>该收费标准版本已不存在。</translation>
        </message>
        <message>
            <source>This step does not fit the order's state; reload it.</source>
            <translation>该操作与维修单当前状态不符，请刷新后重试。</translation>
        </message>
        <message>
            <source>This photo no longer exists.</source>
            <translation>该照片已不存在。</translation>
        </message>
    </context>
    <context>
        <name>RepairOrderDialog</name>
        <message>
            <source>New repair order</source>
            <translation>新建维修单</translation>
        </message>
        <message>
            <source>&amp;Requester:</source>
            <translation>报修人(&amp;R)：</translation>
        </message>
        <message>
            <source>No customer chosen (a fault the venue found itself)</source>
            <translation>未选择客户（会所自查发现的故障）</translation>
        </message>
        <message>
            <source>No c&amp;ustomer</source>
            <translation>无客户(&amp;U)</translation>
        </message>
        <message>
            <source>e.g. 3F men's changing room, locker A-12</source>
            <translation>例如：三楼男更衣室 A-12 柜</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>类别(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Place and item</source>
            <translation>地点及物品(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;What is wrong</source>
            <translation>故障描述(&amp;W)</translation>
        </message>
        <message>
            <source>U&amp;rgency</source>
            <translation>紧急程度(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Appointment</source>
            <translation>预约时间(&amp;A)</translation>
        </message>
        <message>
            <source>Reported &amp;via</source>
            <translation>报修方式(&amp;V)</translation>
        </message>
        <message>
            <source>P&amp;hotos</source>
            <translation>照片(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Record order</source>
            <translation>登记维修单(&amp;R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>RepairPrinting</name>
        <message>
            <source>Monthly &amp;register and rates...</source>
            <translation>月度登记表与指标(&amp;R)...</translation>
        </message>
        <message>
            <source>Save as &amp;CSV...</source>
            <translation>保存为 CSV(&amp;C)...</translation>
        </message>
        <message>
            <source>Print la&amp;yout:</source>
            <translation>打印版式(&amp;Y)：</translation>
        </message>
        <message>
            <source>Report &amp;month:</source>
            <translation>报表月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Repair order {number} (three parts)</source>
            <translation>维修单 {number}（三联）</translation>
        </message>
        <message>
            <source>Repairs {month}: paid-service register and rates</source>
            <translation>{month} 维修：有偿服务登记表及指标</translation>
        </message>
        <message>
            <source>Save the register as CSV</source>
            <translation>将登记表保存为 CSV</translation>
        </message>
    </context>
    <context>
        <name>RepairSettingsPage</name>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>&amp;Print layout of the order</source>
            <translation>维修单打印版式(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Follow-up share of closed orders</source>
            <translation>已结单回访抽查比例(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Late after the window by</source>
            <translation>超出预约时间多久算迟到(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Remind before the appointment</source>
            <translation>预约前提醒(&amp;R)</translation>
        </message>
        <message>
            <source>Order number &amp;prefix</source>
            <translation>单号前缀(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>保存设置(&amp;S)</translation>
        </message>
        <message>
            <source>Repair settings saved.</source>
            <translation>维修设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>RepairTableModel</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Place and item</source>
            <translation>地点及物品</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>Appointment</source>
            <translation>预约时间</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>RepairsRoom</name>
        <message>
            <source>Repair orders</source>
            <translation>维修单</translation>
        </message>
        <message>
            <source>Follow-up spot check</source>
            <translation>抽查回访</translation>
        </message>
        <message>
            <source>Fee standard</source>
            <translation>维修项目收费标准</translation>
        </message>
        <message>
            <source>Technicians</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>Repair settings</source>
            <translation>维修设置</translation>
        </message>
    </context>
    <context>
        <name>ReplyDialog</name>
        <message>
            <source>Reply to the customer</source>
            <translation>回复客人</translation>
        </message>
        <message>
            <source>&amp;Save reply</source>
            <translation>保存回复(&amp;S)</translation>
        </message>
        <message>
            <source>A low satisfaction reopens the card for a new investigation.</source>
            <translation>满意度偏低时记录卡将重新打开并再次调查。</translation>
        </message>
        <message>
            <source>(not said)</source>
            <translation>（未表态）</translation>
        </message>
        <message>
            <source>&amp;How</source>
            <translation>方式(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <source>What was &amp;said *</source>
            <translation>答复内容(&amp;S) *</translation>
        </message>
        <message>
            <source>&amp;Satisfaction (1-5)</source>
            <translation>满意度（1-5）(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>ReportsRoom</name>
        <message>
            <source>Members report</source>
            <translation>会员月报</translation>
        </message>
        <message>
            <source>Members by tier, new, renewed and lapsed cards, points issued, redeemed, expired and still owed.</source>
            <translation>各等级会员数，新办、续卡与失效会员卡，积分发放、兑换、过期与未兑余额。</translation>
        </message>
        <message>
            <source>Complaints report</source>
            <translation>投诉月报</translation>
        </message>
        <message>
            <source>Cards by kind, category, channel and department, on-time rates, time to close, reopen rate, satisfaction and major complaints.</source>
            <translation>按类型、类别、渠道与部门统计的投诉记录卡，按时率、结案用时、重开率、满意度与重大投诉。</translation>
        </message>
        <message>
            <source>Repairs register</source>
            <translation>维修月报</translation>
        </message>
        <message>
            <source>Paid-service register with totals, on-time and pass rates, time to complete by technician and category, follow-up spot checks.</source>
            <translation>有偿服务登记表及合计，零修及时率与合格率，按维修员与类别的完成用时，抽查回访结果。</translation>
        </message>
        <message>
            <source>Archive lending register</source>
            <translation>档案外借登记月报</translation>
        </message>
        <message>
            <source>The month's loans, loans still out, overdue loans and days out.</source>
            <translation>本月外借、尚未归还、逾期未还及平均外借天数。</translation>
        </message>
        <message>
            <source>Confidential file views</source>
            <translation>机密档案查阅记录</translation>
        </message>
        <message>
            <source>Who opened which confidential file and on which approval; views without one are marked.</source>
            <translation>谁在何时依据哪项审批查阅了哪份机密档案；无审批的查阅会被标出。</translation>
        </message>
        <message>
            <source>Customer analysis</source>
            <translation>客户分析月报</translation>
        </message>
        <message>
            <source>Visits, members, spending, new and lost customers, complaints, NPS and the customer base in charts.</source>
            <translation>到访、会员、消费、新增与流失客户、投诉、净推荐值及客户构成图表。</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>&amp;Preview and print...</source>
            <translation>预览并打印(&amp;P)...</translation>
        </message>
        <message>
            <source>Save as &amp;CSV...</source>
            <translation>另存为 CSV(&amp;C)...</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>No report for your role.</source>
            <translation>您的岗位没有可查看的报表。</translation>
        </message>
        <message>
            <source>Save the report as CSV</source>
            <translation>将报表另存为 CSV</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <source>New time for {number}</source>
            <translation>{number} 改约</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>维修单：</translation>
        </message>
        <message>
            <source>New &amp;window</source>
            <translation>新预约时间(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save new time</source>
            <translation>保存新时间(&amp;S)</translation>
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
        <name>ReturnDialog</name>
        <message>
            <source>Write off the return of {number}</source>
            <translation>归还注销 {number}</translation>
        </message>
        <message>
            <source>Loan:</source>
            <translation>借阅：</translation>
        </message>
        <message>
            <source>&amp;Note (what is damaged or missing)</source>
            <translation>说明(&amp;N)（破损或缺少的内容）</translation>
        </message>
        <message>
            <source>&amp;Write off</source>
            <translation>注销(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>RoomTabs</name>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受理时间</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>报修时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Technician</source>
            <translation>维修员</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Birthday benefit</source>
            <translation>生日福利</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>节日问候</translation>
        </message>
        <message>
            <source>Follow-up call</source>
            <translation>回访电话</translation>
        </message>
        <message>
            <source>Win-back call</source>
            <translation>挽回电话</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
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
            <source>Paper files</source>
            <translation>纸质档案</translation>
        </message>
        <message>
            <source>Care and follow-up</source>
            <translation>客户关怀</translation>
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
        <name>SatisfactionDialog</name>
        <message>
            <source>Record satisfaction</source>
            <translation>记录满意度</translation>
        </message>
        <message>
            <source>Find &amp;customer:</source>
            <translation>查找客户(&amp;C)：</translation>
        </message>
        <message>
            <source>No customer chosen (Enter on a hit).</source>
            <translation>尚未选择客户（在结果上按回车）。</translation>
        </message>
        <message>
            <source>A&amp;nonymous</source>
            <translation>匿名(&amp;N)</translation>
        </message>
        <message>
            <source>1 (very unhappy) to 5 (very happy)</source>
            <translation>1（非常不满意）至 5（非常满意）</translation>
        </message>
        <message>
            <source>0 (never) to 10 (certainly)</source>
            <translation>0（绝不会）至 10（一定会）</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>客户：</translation>
        </message>
        <message>
            <source>&amp;Asked:</source>
            <translation>调查场合(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Satisfaction (CSAT):</source>
            <translation>满意度（CSAT）(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Would recommend us (NPS):</source>
            <translation>推荐意愿（NPS）(&amp;W)：</translation>
        </message>
        <message>
            <source>C&amp;omment:</source>
            <translation>意见(&amp;O)：</translation>
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
        <name>SatisfactionPage</name>
        <message>
            <source>&amp;Record an answer...</source>
            <translation>记录一份评价(&amp;R)...</translation>
        </message>
        <message>
            <source>This month's figures</source>
            <translation>本月数据</translation>
        </message>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Answers:</source>
            <translation>评价份数：</translation>
        </message>
        <message>
            <source>Satisfaction (CSAT) average:</source>
            <translation>满意度（CSAT）平均分：</translation>
        </message>
        <message>
            <source>Promoters (9-10):</source>
            <translation>推荐者（9-10分）：</translation>
        </message>
        <message>
            <source>Passives (7-8):</source>
            <translation>中立者（7-8分）：</translation>
        </message>
        <message>
            <source>Detractors (0-6):</source>
            <translation>贬损者（0-6分）：</translation>
        </message>
        <message>
            <source>Net promoter score (NPS):</source>
            <translation>净推荐值（NPS）：</translation>
        </message>
        <message>
            <source>Comments:</source>
            <translation>意见：</translation>
        </message>
        <message>
            <source>The answer was recorded.</source>
            <translation>评价已记录。</translation>
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
        <name>SignatureField</name>
        <message>
            <source>C&amp;lear signature</source>
            <translation>清除签字(&amp;L)</translation>
        </message>
        <message>
            <source>Signed on &amp;paper (the paper copy is kept)</source>
            <translation>已在纸质单上签字(&amp;P)（纸质联留存）</translation>
        </message>
        <message>
            <source>Customer signs here with the mouse, a pen or a finger:</source>
            <translation>请客户用鼠标、手写笔或手指在此签字：</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature pad</source>
            <translation>签字板</translation>
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
        <name>StageDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>TechniciansPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Specialties</source>
            <translation>工种</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Still works here</source>
            <translation>仍在职</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>姓名(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Specialties</source>
            <translation>工种(&amp;S)</translation>
        </message>
        <message>
            <source>Staff &amp;account</source>
            <translation>员工账号(&amp;A)</translation>
        </message>
        <message>
            <source>N&amp;ew technician</source>
            <translation>新增维修员(&amp;E)</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>保存(&amp;V)</translation>
        </message>
        <message>
            <source>(no staff account)</source>
            <translation>（无员工账号）</translation>
        </message>
        <message>
            <source>{name} saved.</source>
            <translation>已保存 {name}。</translation>
        </message>
    </context>
    <context>
        <name>TierEditor</name>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Entry threshold ({unit})</source>
            <translation>入会门槛（{unit}）</translation>
        </message>
        <message>
            <source>Discount %</source>
            <translation>折扣 %</translation>
        </message>
        <message>
            <source>Points multiplier %</source>
            <translation>积分倍率 %</translation>
        </message>
        <message>
            <source>Validity (months)</source>
            <translation>有效期（月）</translation>
        </message>
        <message>
            <source>Birthday benefit</source>
            <translation>生日福利</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Tier &amp;name:</source>
            <translation>等级名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Entry &amp;threshold:</source>
            <translation>入会门槛(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Discount:</source>
            <translation>折扣(&amp;D)：</translation>
        </message>
        <message>
            <source>Points &amp;multiplier:</source>
            <translation>积分倍率(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Birthday benefit:</source>
            <translation>生日福利(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Valid for:</source>
            <translation>有效期(&amp;V)：</translation>
        </message>
        <message>
            <source>Save t&amp;ier</source>
            <translation>保存等级(&amp;I)</translation>
        </message>
        <message>
            <source>Tier {name} saved.</source>
            <translation>会员等级「{name}」已保存。</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>{day} (today)</source>
            <translation>{day}（今天）</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Turning</source>
            <translation>周岁</translation>
        </message>
        <message>
            <source>Card tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>已发放</translation>
        </message>
        <message>
            <source>Birthday benefit</source>
            <translation>生日礼遇</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>应回访日期</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>回访原因</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Last active</source>
            <translation>最近活跃</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>价值等级</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Greeting day</source>
            <translation>节日</translation>
        </message>
        <message>
            <source>Greeting</source>
            <translation>祝福语</translation>
        </message>
        <message>
            <source>Birthdays today and this week</source>
            <translation>今日及本周生日</translation>
        </message>
        <message>
            <source>&amp;Benefit given</source>
            <translation>礼遇已发放(&amp;B)</translation>
        </message>
        <message>
            <source>Follow-up calls due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>&amp;Record call...</source>
            <translation>记录回访(&amp;R)...</translation>
        </message>
        <message>
            <source>Dormant customers to win back</source>
            <translation>待挽回的休眠客户</translation>
        </message>
        <message>
            <source>&amp;Call...</source>
            <translation>回访(&amp;C)...</translation>
        </message>
        <message>
            <source>Greeting days coming up</source>
            <translation>近期节日</translation>
        </message>
        <message>
            <source>&amp;Greeting list...</source>
            <translation>祝福名单(&amp;G)...</translation>
        </message>
        <message>
            <source>Overdue complaints, repairs and loans</source>
            <translation>超期的投诉、维修与借阅</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <source>Care list for {day}</source>
            <translation>{day} 关怀清单</translation>
        </message>
        <message>
            <source>Choose a customer in the birthday list first.</source>
            <translation>请先在生日名单中选择客户。</translation>
        </message>
        <message>
            <source>Choose a call in the list first.</source>
            <translation>请先在列表中选择一条回访。</translation>
        </message>
        <message>
            <source>Choose a customer in the win-back list first.</source>
            <translation>请先在挽回名单中选择客户。</translation>
        </message>
        <message>
            <source>Choose a greeting day first.</source>
            <translation>请先选择节日。</translation>
        </message>
        <message>
            <source>Open customer &amp;file</source>
            <translation>打开客户档案(&amp;F)</translation>
        </message>
        <message>
            <source>Override &amp;class...</source>
            <translation>调整客户分类(&amp;C)...</translation>
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
            <source>FrontDesk keeps the venue's customer files encrypted on this PC. First, the name of the venue as it should appear on screens and printed forms.</source>
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
            <source>Today's visitors: {n}, still in the venue: {here}</source>
            <translation>今日来访：{n} 人次，仍在场：{here}</translation>
        </message>
        <message>
            <source>Today's visitors: {n}</source>
            <translation>今日来访：{n} 人次</translation>
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
