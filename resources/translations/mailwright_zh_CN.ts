<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n 个文件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachments alone come to about %1 once encoded, more than the %2 the server accepts. Sending will be refused; share large files another way.</source>
        <translation>仅附件编码后就约有 %1，超过了服务器接受的 %2。发送将被拒绝；请改用其他方式分享大文件。</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Attach files (you can choose several)</source>
        <translation>添加附件（可一次选择多个文件）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation>移除所选附件</translation>
    </message>
    <message>
        <source>Remove selected attachments</source>
        <translation>移除所选附件</translation>
    </message>
    <message>
        <source>No attachments — drop files here to attach them</source>
        <translation>没有附件 — 将文件拖放到此处即可添加</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Size warning</source>
        <translation>大小警告</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Switch to Plain Text?</source>
        <translation>切换为纯文本？</translation>
    </message>
    <message>
        <source>Switching to plain text removes the formatting, links and inline images. The text itself stays.</source>
        <translation>切换为纯文本会移除格式、链接和内嵌图片，文字内容保持不变。</translation>
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation>切换为纯文本</translation>
    </message>
    <message>
        <source>Keep Formatting</source>
        <translation>保留格式</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be shown.</source>
        <translation>%1 不是可以显示的图片。</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Web address (URL):</source>
        <translation>网址 (URL)：</translation>
    </message>
    <message>
        <source>Text Colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Rich text (HTML)</source>
        <translation>富文本 (HTML)</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>正文格式</translation>
    </message>
    <message>
        <source>Send formatted (HTML) or plain text</source>
        <translation>发送带格式的 (HTML) 或纯文本邮件</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗体</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Text Colour…</source>
        <translation>文字颜色…</translation>
    </message>
    <message>
        <source>Bulleted List</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>Numbered List</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>两端对齐</translation>
    </message>
    <message>
        <source>Insert Link…</source>
        <translation>插入链接…</translation>
    </message>
    <message>
        <source>Insert Image…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Write your message here</source>
        <translation>在此撰写邮件</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>New Message — Mailwright</source>
        <translation>新邮件 — Mailwright</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Ann Lee &lt;ann@example.org&gt;, bob@example.com</source>
        <translation>张三 &lt;zhang.san@example.cn&gt;, li.si@example.com</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>Hidden from the other recipients</source>
        <translation>其他收件人看不到这些地址</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>发送进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop sending (Esc)</source>
        <translation>停止发送 (Esc)</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送邮件 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation>新建邮件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation>另存为 .eml(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cc and Bcc</source>
        <translation>抄送和密送(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the Cc and Bcc fields</source>
        <translation>显示或隐藏抄送和密送栏</translation>
    </message>
    <message>
        <source>Conversation &amp;Log…</source>
        <translation>会话记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Browse earlier sessions (coming with the conversation log)</source>
        <translation>浏览以前的会话（会话记录功能推出后可用）</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理账户配置(&amp;M)…</translation>
    </message>
    <message>
        <source>Saved accounts (coming with account profiles)</source>
        <translation>已保存的账户（账户配置功能推出后可用）</translation>
    </message>
    <message>
        <source>&amp;About Mailwright</source>
        <translation>关于 Mailwright(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>These could not be attached because they are not readable files:
%1</source>
        <translation>以下项目不是可读取的文件，无法添加为附件：
%1</translation>
    </message>
    <message>
        <source>About Mailwright</source>
        <translation>关于 Mailwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;A mail composer that shows its conversation with the server as it happens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;一款邮件撰写工具，实时显示与服务器之间的对话。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>Show Cc and Bcc</source>
        <translation>显示抄送和密送</translation>
    </message>
    <message>
        <source>Server &amp;Conversation</source>
        <translation>服务器对话(&amp;C)</translation>
    </message>
    <message>
        <source>Show the live conversation with the server</source>
        <translation>显示与服务器的实时对话</translation>
    </message>
    <message>
        <source>%1 — Mailwright</source>
        <translation>%1 — Mailwright</translation>
    </message>
    <message>
        <source>attached|attachment|enclosed</source>
        <extracomment>Words that say a message has an attachment, separated by &apos;|&apos;; the English ones always count.</extracomment>
        <translation>附件|附上|附带|随信</translation>
    </message>
    <message>
        <source>An address in %1 is not valid: %2</source>
        <translation>%1 中有无效地址：%2</translation>
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation>请在收件人、抄送或密送中至少填写一个收件人。</translation>
    </message>
    <message>
        <source>Cannot Send Yet</source>
        <translation>暂时无法发送</translation>
    </message>
    <message>
        <source>Forgot an Attachment?</source>
        <translation>忘记添加附件了？</translation>
    </message>
    <message>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation>邮件中提到了附件，但没有添加任何附件。</translation>
    </message>
    <message>
        <source>Send it anyway, or go back and attach the files?</source>
        <translation>仍然发送，还是返回添加附件？</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Attach Files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Cannot Send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Message Too Large</source>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>The message comes to %1, but %2 accepts at most %3. Remove attachments or share large files another way.</source>
        <translation>邮件大小为 %1，但 %2 最多只接受 %3。请移除附件，或改用其他方式分享大文件。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Greeting %1…</source>
        <translation>正在与 %1 握手…</translation>
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation>正在加密连接…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sending the addresses…</source>
        <translation>正在发送收件地址…</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>正在等待服务器接收邮件…</translation>
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation>正在关闭连接…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>正在发送 %1</translation>
    </message>
    <message>
        <source>Sending %1 — about %2 left</source>
        <translation>正在发送 %1 — 约剩 %2</translation>
    </message>
    <message>
        <source>Sending cancelled. The message is still here.</source>
        <translation>已取消发送。邮件内容仍然保留。</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>邮件已发送。</translation>
    </message>
    <message>
        <source>Message Sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message numerus="yes">
        <source>The server accepted the message for %n recipient(s).</source>
        <translation>
            <numerusform>服务器已接收发给 %n 位收件人的邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Recipients Were Refused</source>
        <translation>部分收件人被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>The message was sent to %n recipient(s), but the server refused these:</source>
        <translation>
            <numerusform>邮件已发送给 %n 位收件人，但服务器拒绝了以下收件人：</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — the server said: %2 %3 %4</source>
        <translation>• %1 — 服务器答复：%2 %3 %4</translation>
    </message>
    <message>
        <source>Everything you wrote is kept, so you can correct those addresses and send again.</source>
        <translation>你撰写的内容都已保留，可以更正这些地址后重新发送。</translation>
    </message>
    <message>
        <source>Sent, but some recipients were refused.</source>
        <translation>已发送，但部分收件人被拒绝。</translation>
    </message>
    <message>
        <source>Message May Have Been Sent</source>
        <translation>邮件可能已经发出</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s mailbox or your sent mail before sending again.</source>
        <translation>重新发送之前，请先确认收件人是否已收到，或查看你的已发送邮件。</translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>Nothing you wrote is lost: correct the problem and send again.</source>
        <translation>你撰写的内容没有丢失：解决问题后请重新发送。</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>邮件未发送。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器答复：%1</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint:
%1
Trust it only if it is the one your provider publishes.</source>
        <translation>证书 SHA-256 指纹：
%1
只有与邮件服务商公布的指纹一致时才应信任它。</translation>
    </message>
    <message>
        <source>Trust and Send Again</source>
        <translation>信任并重新发送</translation>
    </message>
    <message>
        <source>Discard This Message?</source>
        <translation>放弃这封邮件？</translation>
    </message>
    <message>
        <source>Start a new message and discard what you have written?</source>
        <translation>新建邮件并放弃已撰写的内容吗？</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Save Message As</source>
        <translation>邮件另存为</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>无法保存邮件：%1</translation>
    </message>
</context>
<context>
    <name>SenderSettingsForm</name>
    <message>
        <source>Enter your address in From.</source>
        <translation>请在“发件人”中填写你的地址。</translation>
    </message>
    <message>
        <source>The From address is not valid: %1</source>
        <translation>发件人地址无效：%1</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server of your mail provider.</source>
        <translation>请填写邮件服务商的发件 (SMTP) 服务器。</translation>
    </message>
    <message>
        <source>Your Name &lt;you@example.org&gt;</source>
        <translation>你的名字 &lt;you@example.org&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>发件服务器</translation>
    </message>
    <message>
        <source>Default port</source>
        <translation>默认端口</translation>
    </message>
    <message>
        <source>Port: the default is 587 for STARTTLS and 465 for SSL/TLS</source>
        <translation>端口：STARTTLS 默认为 587，SSL/TLS 默认为 465</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>连接安全</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>──── %1 ────</source>
        <translation>──── %1 ────</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Server offers: %1</source>
        <translation>服务器支持：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not encrypted: the connection was in plain text.</source>
        <translation>未加密：连接以明文传输。</translation>
    </message>
    <message>
        <source>trusted by its pinned fingerprint</source>
        <translation>已按固定的指纹信任</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>证书已验证</translation>
    </message>
    <message>
        <source>certificate problems: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Encrypted: %1, %2 · certificate for %3, issued by %4, valid until %5 · %6</source>
        <translation>已加密：%1，%2 · 证书颁发给 %3，颁发者 %4，有效期至 %5 · %6</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>Save Conversation</source>
        <translation>保存对话</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The conversation could not be saved to %1: %2</source>
        <translation>无法将对话保存到 %1：%2</translation>
    </message>
    <message>
        <source>Server Conversation</source>
        <translation>服务器对话</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Filter the conversation</source>
        <translation>筛选对话</translation>
    </message>
    <message>
        <source>Copy the selection, or every shown line</source>
        <translation>复制所选内容，或复制所有显示的行</translation>
    </message>
    <message>
        <source>Copy conversation</source>
        <translation>复制对话</translation>
    </message>
    <message>
        <source>Save the shown lines as a text file</source>
        <translation>将显示的行保存为文本文件</translation>
    </message>
    <message>
        <source>Save conversation</source>
        <translation>保存对话</translation>
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation>清空对话</translation>
    </message>
    <message>
        <source>Clear conversation</source>
        <translation>清空对话</translation>
    </message>
    <message>
        <source>Server conversation</source>
        <translation>服务器对话</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>服务器功能</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
</context>
</TS>
