<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddressParser</name>
    <message>
        <source>Line breaks are not allowed in an address</source>
        <translation>地址中不能包含换行符</translation>
    </message>
    <message>
        <source>A NUL character is not allowed in an address</source>
        <translation>地址中不能包含 NUL 字符</translation>
    </message>
    <message>
        <source>The control character U+%1 is not allowed in an address</source>
        <translation>地址中不能包含控制字符 U+%1</translation>
    </message>
    <message>
        <source>An invisible character (U+%1) is not allowed in the address “%2”</source>
        <translation>地址“%2”中不能包含不可见字符 U+%1</translation>
    </message>
    <message>
        <source>Spaces are not allowed in the address “%1”</source>
        <translation>地址“%1”中不能包含空格</translation>
    </message>
    <message>
        <source>Only one address is allowed here</source>
        <translation>此处只能填写一个地址</translation>
    </message>
    <message>
        <source>No email address was entered</source>
        <translation>未输入电子邮件地址</translation>
    </message>
    <message>
        <source>'&gt;' without a matching '&lt;'</source>
        <translation>有 '&gt;' 但缺少与之匹配的 '&lt;'</translation>
    </message>
    <message>
        <source>')' without a matching '('</source>
        <translation>有 ')' 但缺少与之匹配的 '('</translation>
    </message>
    <message>
        <source>Unexpected '&lt;' after “%1”: a name that contains @ must be in quotes</source>
        <translation>“%1”后出现了意外的 '&lt;'：包含 @ 的名称必须用英文双引号括起来</translation>
    </message>
    <message>
        <source>Unexpected “%1” after “%2”: separate addresses with a comma</source>
        <translation>“%2”后出现了意外的“%1”：多个地址之间请用英文逗号 (,) 分隔</translation>
    </message>
    <message>
        <source>'%1' is out of place here</source>
        <translation>此处不应出现 '%1'</translation>
    </message>
    <message>
        <source>“%1” contains no email address</source>
        <translation>“%1”中没有电子邮件地址</translation>
    </message>
    <message>
        <source>“%1” has a full-width ＠: type @ instead</source>
        <translation>“%1”中含有全角 ＠：请改为输入半角 @</translation>
    </message>
    <message>
        <source>Put the name “%1” in quotes: a comma separates addresses</source>
        <translation>请将名称“%1”用英文双引号括起来：逗号用于分隔地址</translation>
    </message>
    <message>
        <source>“%1” is not an email address: it has no @</source>
        <translation>“%1”不是电子邮件地址：缺少 @</translation>
    </message>
    <message>
        <source>Unclosed quote: a closing '"' is missing</source>
        <translation>引号未闭合：缺少结尾的 '"'</translation>
    </message>
    <message>
        <source>Unclosed comment: a closing ')' is missing</source>
        <translation>注释未闭合：缺少结尾的 ')'</translation>
    </message>
    <message>
        <source>The encoded name contains a control character</source>
        <translation>经过编码的名称中包含控制字符</translation>
    </message>
    <message>
        <source>Missing '&gt;' after %1</source>
        <translation>%1 后缺少 '&gt;'</translation>
    </message>
    <message>
        <source>There is no address between '&lt;' and '&gt;'</source>
        <translation>'&lt;' 和 '&gt;' 之间没有地址</translation>
    </message>
    <message>
        <source>'&lt;' inside &lt;…&gt; is out of place</source>
        <translation>&lt;…&gt; 内不应出现 '&lt;'</translation>
    </message>
    <message>
        <source>'&lt;' without a matching '&gt;'</source>
        <translation>有 '&lt;' 但缺少与之匹配的 '&gt;'</translation>
    </message>
    <message>
        <source>'%1' is out of place in an address</source>
        <translation>地址中不应出现 '%1'</translation>
    </message>
    <message>
        <source>A group cannot contain another group</source>
        <translation>地址组中不能再包含地址组</translation>
    </message>
    <message>
        <source>A group needs a name before ':'</source>
        <translation>地址组的 ':' 前面需要有组名</translation>
    </message>
    <message>
        <source>Remove “mailto:” before the address</source>
        <translation>请删除地址前面的“mailto:”</translation>
    </message>
    <message>
        <source>A group (“%1:”) is not allowed here: enter one address</source>
        <translation>此处不允许使用地址组（“%1:”）：请只输入一个地址</translation>
    </message>
    <message>
        <source>The address “%1” has nothing before the @</source>
        <translation>地址“%1”的 @ 前面没有内容</translation>
    </message>
    <message>
        <source>A comment cannot appear inside the address “%1”</source>
        <translation>地址“%1”内部不能出现注释</translation>
    </message>
    <message>
        <source>Only the whole part before the @ may be quoted in “%1”</source>
        <translation>在“%1”中，只能给 @ 前面的整个部分加引号</translation>
    </message>
    <message>
        <source>The address “%1” cannot start with a dot</source>
        <translation>地址“%1”不能以点号开头</translation>
    </message>
    <message>
        <source>Two dots in a row are not allowed in “%1”</source>
        <translation>“%1”中不能有两个连续的点号</translation>
    </message>
    <message>
        <source>A dot cannot come right before the @ in “%1”</source>
        <translation>在“%1”中，@ 前面不能紧接点号</translation>
    </message>
    <message>
        <source>The part before the @ in “%1” is too long: at most 64 bytes are allowed</source>
        <translation>“%1”中 @ 前面的部分太长：最多允许 64 字节</translation>
    </message>
    <message>
        <source>The address “%1” is too long: at most 254 characters are allowed</source>
        <translation>地址“%1”太长：最多允许 254 个字符</translation>
    </message>
    <message>
        <source>The address “%1” has no domain after the @</source>
        <translation>地址“%1”的 @ 后面没有域名</translation>
    </message>
    <message>
        <source>The address “%1” has more than one @</source>
        <translation>地址“%1”中有多个 @</translation>
    </message>
    <message>
        <source>“%1” looks like an IP address: write it in square brackets, as %2@[%1]</source>
        <translation>“%1”看起来是 IP 地址：请将其写在方括号中，如 %2@[%1]</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” is not a valid international name, or too long once encoded</source>
        <translation>域名“%1”无效：“%2”不是有效的国际化名称，或编码后过长</translation>
    </message>
    <message>
        <source>The domain “%1” is not a valid international domain name</source>
        <translation>域名“%1”不是有效的国际化域名</translation>
    </message>
    <message>
        <source>The domain “%1” is too long once encoded: at most 253 characters are allowed</source>
        <translation>域名“%1”编码后过长：最多允许 253 个字符</translation>
    </message>
    <message>
        <source>The domain “%1” is too long: at most 253 characters are allowed</source>
        <translation>域名“%1”过长：最多允许 253 个字符</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: it starts with a dot</source>
        <translation>域名“%1”无效：以点号开头</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: it ends with a dot</source>
        <translation>域名“%1”无效：以点号结尾</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: it has two dots in a row</source>
        <translation>域名“%1”无效：包含两个连续的点号</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” starts with a hyphen</source>
        <translation>域名“%1”无效：“%2”以连字符开头</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” ends with a hyphen</source>
        <translation>域名“%1”无效：“%2”以连字符结尾</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: it contains “%2”</source>
        <translation>域名“%1”无效：包含“%2”</translation>
    </message>
    <message>
        <source>The domain “%1” is not valid: a part between dots is longer than 63 characters</source>
        <translation>域名“%1”无效：点号之间的某一段超过了 63 个字符</translation>
    </message>
    <message>
        <source>'[' without a matching ']'</source>
        <translation>有 '[' 但缺少与之匹配的 ']'</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>“%1”不是有效的 IPv6 地址</translation>
    </message>
    <message>
        <source>“%1” is not a valid address literal</source>
        <translation>“%1”不是有效的地址字面量</translation>
    </message>
    <message>
        <source>“%1” is not a valid IP address</source>
        <translation>“%1”不是有效的 IP 地址</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>The link that opened this message asked to attach %n file(s), marked below. Nothing is sent until you confirm them when you send.</source>
        <translation>
            <numerusform>打开这封邮件的链接请求添加 %n 个附件（已在下方标出）。在你发送时确认之前，不会发送任何内容。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the File(s)</source>
        <translation>
            <numerusform>移除这些文件</numerusform></translation>
    </message>
    <message>
        <source>Remove the files the link asked to attach</source>
        <translation>移除链接请求添加的文件</translation>
    </message>
    <message>
        <source>Files requested by the link</source>
        <translation>链接请求添加的文件</translation>
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
    <message>
        <source>%1 (%2) — requested by the link</source>
        <translation>%1（%2）— 由链接请求</translation>
    </message>
    <message>
        <source>%1
The link that opened this message asked to attach this file. It is sent only if you confirm it when you send.</source>
        <translation>%1
打开这封邮件的链接请求添加此文件。只有在你发送时确认后才会发送。</translation>
    </message>
    <message>
        <source>%1, %2, requested by the link, not confirmed</source>
        <translation>%1，%2，由链接请求，尚未确认</translation>
    </message>
</context>
<context>
    <name>AttachmentReminder</name>
    <message>
        <source>attached|attachment|enclosed</source>
        <extracomment>Words that say a message has an attachment, separated by '|'; the English ones always count.</extracomment>
        <translation>附件|附上|附带|随信</translation>
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
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation>不受信任的服务器证书</translation>
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation>不受信任的服务器证书</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Mailwright could not verify that the server %1 is who it claims to be.</source>
        <translation>Mailwright 无法验证服务器 %1 的身份是否属实。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>（未注明）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>颁发给</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <source>Copy the fingerprint to the clipboard</source>
        <translation>将指纹复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>无法验证该证书。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>If you trust this certificate, Mailwright will accept exactly this certificate for the profile “%1” and refuse any other. When the server's certificate changes — renewed, or replaced by someone listening in on your connection — it will be refused again and you will be asked anew.

Before trusting it, compare the fingerprint above with the one your mail provider or administrator publishes. If you cannot, choose Cancel.</source>
        <translation>如果你信任此证书，Mailwright 将只为账户配置“%1”接受这一个证书，并拒绝其他任何证书。当服务器的证书发生变化时（无论是正常续期，还是被窃听你连接的人替换），该证书都会再次被拒绝，届时会重新询问你。

在信任之前，请将上方的指纹与你的邮件服务商或管理员公布的指纹进行比对。如果无法比对，请选择“取消”。</translation>
    </message>
    <message>
        <source>What trusting means</source>
        <translation>信任意味着什么</translation>
    </message>
    <message>
        <source>Trust This Certificate for This Profile</source>
        <translation>为此账户配置信任此证书</translation>
    </message>
    <message>
        <source>Trust this certificate for this profile</source>
        <translation>为此账户配置信任此证书</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
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
        <translation>会话日志(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理账户配置(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About Mailwright</source>
        <translation>关于 Mailwright(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
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
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
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
    <message>
        <source>Browse, search and export earlier sessions with servers</source>
        <translation>浏览、搜索和导出以往与服务器的会话</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Keep this message as a draft to finish later</source>
        <translation>将此邮件保存为草稿，稍后继续撰写</translation>
    </message>
    <message>
        <source>Drafts and &amp;Outbox…</source>
        <translation>草稿和发件箱(&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen a saved draft or retry a message that was not sent</source>
        <translation>重新打开已保存的草稿，或重试未发送的邮件</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connect to the chosen account's server and sign in, without sending anything</source>
        <translation>连接到所选账户的服务器并登录，但不发送任何内容</translation>
    </message>
    <message>
        <source>Add, edit, duplicate or remove account profiles</source>
        <translation>添加、编辑、复制或删除账户配置</translation>
    </message>
    <message>
        <source>Choose the account to send from, or add one with Account → Manage Profiles.</source>
        <translation>选择用于发送的账户，或通过“账户 → 管理账户配置”添加账户。</translation>
    </message>
    <message>
        <source>Keep This Message?</source>
        <translation>保留这封邮件？</translation>
    </message>
    <message>
        <source>Save the message as a draft before closing?</source>
        <translation>关闭前将邮件保存为草稿吗？</translation>
    </message>
    <message>
        <source>A draft can be reopened from File → Drafts and Outbox.</source>
        <translation>草稿可以从“文件 → 草稿和发件箱”中重新打开。</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>The message could not be autosaved: %1</source>
        <translation>无法自动保存邮件：%1</translation>
    </message>
    <message>
        <source>Cannot Save Draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Attachments Missing</source>
        <translation>附件缺失</translation>
    </message>
    <message>
        <source>These files were attached but no longer exist, so they are not attached now:
%1</source>
        <translation>以下文件曾添加为附件，但现已不存在，因此不再附带：
%1</translation>
    </message>
    <message>
        <source>Cannot Open Draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation>该草稿已不存在。</translation>
    </message>
    <message>
        <source>Replace This Message?</source>
        <translation>替换当前邮件？</translation>
    </message>
    <message>
        <source>Open the draft and keep the message you are writing as a draft?</source>
        <translation>打开该草稿，并将正在撰写的邮件保存为草稿吗？</translation>
    </message>
    <message>
        <source>Save Draft and Open</source>
        <translation>保存草稿并打开</translation>
    </message>
    <message>
        <source>Discard and Open</source>
        <translation>放弃并打开</translation>
    </message>
    <message>
        <source>Cannot Open Message</source>
        <translation>无法打开邮件</translation>
    </message>
    <message>
        <source>That message is no longer in the outbox.</source>
        <translation>该邮件已不在发件箱中。</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>Conversation Log Unavailable</source>
        <translation>会话日志不可用</translation>
    </message>
    <message>
        <source>Nothing to Test</source>
        <translation>没有可测试的服务器</translation>
    </message>
    <message>
        <source>“%1” delivers straight to each recipient's own mail server, so there is no single server to test. Its sessions appear in the conversation log.</source>
        <translation>“%1”会直接投递到每位收件人自己的邮件服务器，因此没有单一的服务器可供测试。其会话会显示在会话日志中。</translation>
    </message>
    <message>
        <source>Restore Unsent Message?</source>
        <translation>恢复未发送的邮件？</translation>
    </message>
    <message>
        <source>Mailwright did not close normally last time. Restore the message you were writing?</source>
        <translation>Mailwright 上次未正常关闭。要恢复你当时正在撰写的邮件吗？</translation>
    </message>
    <message>
        <source>“%1”, last saved %2.</source>
        <translation>“%1”，最后保存于 %2。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Notes about the link</source>
        <translation>关于链接的说明</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide these notes about the link</source>
        <translation>隐藏这些关于链接的说明</translation>
    </message>
    <message numerus="yes">
        <source>and %n more file(s)</source>
        <translation>
            <numerusform>另有 %n 个文件</numerusform></translation>
    </message>
    <message>
        <source>Send the Files the Link Asked For?</source>
        <translation>发送链接请求的文件？</translation>
    </message>
    <message numerus="yes">
        <source>The link that opened this message asked to attach %n file(s). Send them to the recipients?</source>
        <translation>
            <numerusform>打开这封邮件的链接请求添加 %n 个文件。要将它们发送给收件人吗？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send with the File(s)</source>
        <translation>
            <numerusform>连同文件一起发送</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the File(s)</source>
        <translation>
            <numerusform>移除这些文件</numerusform></translation>
    </message>
    <message>
        <source>The files the link asked for were removed. Nothing was sent.</source>
        <translation>链接请求的文件已移除，未发送任何内容。</translation>
    </message>
    <message>
        <source>The link that opened this message could not be used:</source>
        <translation>无法使用打开这封邮件的链接：</translation>
    </message>
    <message>
        <source>Parts of the link that opened this message were left out:</source>
        <translation>打开这封邮件的链接中有部分内容未被采用：</translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>no encryption</source>
        <translation>无加密</translation>
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
        <source>STARTTLS when offered</source>
        <translation>服务器支持时使用 STARTTLS</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>测试连接 — %1</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>What is tested</source>
        <translation>测试内容</translation>
    </message>
    <message>
        <source>Result symbol</source>
        <translation>结果图标</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>测试进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Conversation log</source>
        <translation>会话日志</translation>
    </message>
    <message>
        <source>Server conversation</source>
        <translation>服务器对话</translation>
    </message>
    <message>
        <source>View Certificate…</source>
        <translation>查看证书…</translation>
    </message>
    <message>
        <source>View the server's certificate</source>
        <translation>查看服务器的证书</translation>
    </message>
    <message>
        <source>Test Again</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Mailwright connects to %1 (%2), signs in as %3 and disconnects again; no message is sent.</source>
        <translation>Mailwright 将连接到 %1（%2），以 %3 身份登录，然后断开连接；不会发送任何邮件。</translation>
    </message>
    <message>
        <source>Mailwright connects to %1 (%2) and disconnects again; no message is sent.</source>
        <translation>Mailwright 将连接到 %1（%2），然后断开连接；不会发送任何邮件。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>Connected to %1 with %2, signed in as %3. This profile is ready to send.</source>
        <translation>已使用 %2 连接到 %1，并以 %3 身份登录。此账户配置可以发送邮件。</translation>
    </message>
    <message>
        <source>Connected to %1 with %2, without signing in (the profile has no user name). This profile is ready to send if the server accepts mail without a login.</source>
        <translation>已使用 %2 连接到 %1，未登录（此账户配置没有用户名）。如果服务器无需登录即可接收邮件，此账户配置就可以发送邮件。</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified; it was accepted because you trusted its fingerprint for this profile.</source>
        <translation>服务器的证书无法验证；由于你已为此账户配置信任其指纹，因此已接受该证书。</translation>
    </message>
    <message>
        <source>Connected to %1 and signed in as %2, but without encryption: your password and your messages cross the network as plain text. Choose STARTTLS or SSL/TLS if the server offers it.</source>
        <translation>已连接到 %1 并以 %2 身份登录，但连接未加密：你的密码和邮件会以明文形式在网络上传输。如果服务器支持，请选择 STARTTLS 或 SSL/TLS。</translation>
    </message>
    <message>
        <source>Connected to %1 without encryption and without signing in: your messages cross the network as plain text. Choose STARTTLS or SSL/TLS if the server offers it.</source>
        <translation>已连接到 %1，但连接未加密且未登录：你的邮件会以明文形式在网络上传输。如果服务器支持，请选择 STARTTLS 或 SSL/TLS。</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Nothing was sent. Choose Test Again to run it once more.</source>
        <translation>未发送任何内容。选择“重新测试”可再次运行测试。</translation>
    </message>
    <message>
        <source>The profile is incomplete.</source>
        <translation>账户配置不完整。</translation>
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>服务器停止响应。</translation>
    </message>
    <message>
        <source>Securing the connection failed.</source>
        <translation>加密连接失败。</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>The server refused the connection test.</source>
        <translation>服务器拒绝了连接测试。</translation>
    </message>
    <message>
        <source>The server broke the SMTP protocol.</source>
        <translation>服务器违反了 SMTP 协议。</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>If this is your provider's server, view the certificate and compare its fingerprint with the one the provider publishes before trusting it.</source>
        <translation>如果这是你的服务商的服务器，请先查看证书，并将其指纹与服务商公布的指纹进行比对，然后再决定是否信任。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
</context>
<context>
    <name>ConversationLog</name>
    <message>
        <source>Could not create the folder for the conversation log, %1.</source>
        <translation>无法创建会话日志所在的文件夹 %1。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite），请先安装。</translation>
    </message>
    <message>
        <source>Could not open the conversation log %1: %2</source>
        <translation>无法打开会话日志 %1：%2</translation>
    </message>
    <message>
        <source>The conversation log %1 cannot be used: %2</source>
        <translation>会话日志 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>The conversation log %1 was written by a newer Mailwright.</source>
        <translation>会话日志 %1 是由更高版本的 Mailwright 写入的。</translation>
    </message>
    <message>
        <source>The conversation log is not open.</source>
        <translation>会话日志未打开。</translation>
    </message>
    <message>
        <source>Could not write to the conversation log: %1</source>
        <translation>无法写入会话日志：%1</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Session %1 — %2 (%3, %4)
</source>
        <translation>会话 %1 — %2（%3，%4）
</translation>
    </message>
    <message>
        <source>Profile: %1
</source>
        <translation>账户配置：%1
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Server: %1
</source>
        <translation>服务器：%1
</translation>
    </message>
    <message>
        <source>Subject: %1
</source>
        <translation>主题：%1
</translation>
    </message>
    <message>
        <source>Recipients: %1
</source>
        <translation>收件人：%1
</translation>
    </message>
    <message>
        <source>Outcome: %1
</source>
        <translation>结果：%1
</translation>
    </message>
    <message>
        <source>Result: %1
</source>
        <translation>结果详情：%1
</translation>
    </message>
    <message>
        <source>Session %1 has lost transcript lines.</source>
        <translation>会话 %1 丢失了部分对话记录。</translation>
    </message>
</context>
<context>
    <name>DirectDelivery</name>
    <message>
        <source>Looking up the mail servers (MX) of %1</source>
        <translation>正在查找 %1 的邮件服务器 (MX)</translation>
    </message>
    <message>
        <source>Mail servers of %1: %2</source>
        <translation>%1 的邮件服务器：%2</translation>
    </message>
    <message>
        <source>%1 declares that it accepts no mail (null MX).</source>
        <translation>%1 声明不接收任何邮件 (null MX)。</translation>
    </message>
    <message>
        <source>%1 has no MX record; trying the domain's own address</source>
        <translation>%1 没有 MX 记录；正在尝试该域名本身的地址</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1 failed: %2</source>
        <translation>查找 %1 的邮件服务器失败：%2</translation>
    </message>
    <message>
        <source>No mail server of %1 could be reached on port %2 (tried %3). Many networks and home internet providers block outgoing port 25; sending through your provider's SMTP server (a relay profile) is the usual answer.</source>
        <translation>无法通过端口 %2 连接到 %1 的任何邮件服务器（已尝试 %3）。许多网络和家庭宽带运营商会封锁外发的 25 端口；通常的解决办法是通过你的邮件服务商的 SMTP 服务器发送（使用中继类型的账户配置）。</translation>
    </message>
    <message>
        <source>%1 has no address: %2</source>
        <translation>%1 没有地址：%2</translation>
    </message>
    <message>
        <source>Delivering to %1 (%2)</source>
        <translation>正在投递到 %1（%2）</translation>
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation>已取消发送。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>“%1” cannot be used as a draft id.</source>
        <translation>“%1”不能用作草稿 ID。</translation>
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>Cannot write the message: %1</source>
        <translation>无法写出邮件：%1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>InstanceProtocol</name>
    <message>
        <source>The running Mailwright received a message it cannot read.</source>
        <translation>正在运行的 Mailwright 收到了一条无法读取的消息。</translation>
    </message>
    <message>
        <source>Another version of Mailwright is running (protocol %1, this one speaks %2). Close it and try again.</source>
        <translation>正在运行另一个版本的 Mailwright（协议 %1，本程序使用 %2）。请关闭它后重试。</translation>
    </message>
    <message>
        <source>The request is too large: at most %1 files of up to %2 characters each, and a link of up to %3 KiB.</source>
        <translation>请求过大：最多 %1 个文件，每个路径不超过 %2 个字符，链接不超过 %3 KiB。</translation>
    </message>
</context>
<context>
    <name>LinkAttachments</name>
    <message>
        <source>%1 was not attached: it is not a file on this computer.</source>
        <translation>未添加 %1：它不是本机上的文件。</translation>
    </message>
    <message>
        <source>%1 was not attached: a link must give the full path of a file, starting with “/”.</source>
        <translation>未添加 %1：链接必须给出以“/”开头的完整文件路径。</translation>
    </message>
    <message>
        <source>%1 was not attached: a link must name the file directly, without “.” or “..” in its path.</source>
        <translation>未添加 %1：链接必须直接指明文件，路径中不能含有“.”或“..”。</translation>
    </message>
    <message>
        <source>%1 was not attached: it is hidden or in a hidden folder, where keys and settings live.</source>
        <translation>未添加 %1：它是隐藏文件或位于隐藏文件夹中，那里存放着密钥和设置。</translation>
    </message>
    <message>
        <source>%1 was not attached: it is a system file (/proc, /sys or /dev).</source>
        <translation>未添加 %1：它是系统文件（/proc、/sys 或 /dev）。</translation>
    </message>
    <message>
        <source>%1 was not attached: there is no such file.</source>
        <translation>未添加 %1：没有这个文件。</translation>
    </message>
    <message>
        <source>%1 was not attached: it is not an ordinary file (a folder, device, pipe or socket).</source>
        <translation>未添加 %1：它不是普通文件（而是文件夹、设备、管道或套接字）。</translation>
    </message>
    <message>
        <source>%1 was not attached: it cannot be read.</source>
        <translation>未添加 %1：无法读取该文件。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Partly refused</source>
        <translation>部分被拒绝</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>direct to %1</source>
        <translation>直接投递到 %1</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching sessions: %L1</source>
        <translation>匹配的会话：%L1</translation>
    </message>
    <message>
        <source>Sessions: %L1</source>
        <translation>会话数：%L1</translation>
    </message>
    <message>
        <source>The conversation log is not available.</source>
        <translation>会话日志不可用。</translation>
    </message>
    <message>
        <source>No sessions yet. Each send and connection test will be listed here.</source>
        <translation>暂无会话。每次发送和连接测试都会在此列出。</translation>
    </message>
    <message>
        <source>No session matches the filter.</source>
        <translation>没有与筛选条件匹配的会话。</translation>
    </message>
    <message>
        <source>No session matches</source>
        <translation>没有匹配的会话</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>暂无会话</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions selected.</source>
        <translation>
            <numerusform>已选择 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a session to see its conversation with the server.</source>
        <translation>选择一个会话，查看其与服务器的对话。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Keep Sessions for %1</source>
        <translation>仅保留 %1 内的会话</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) older than that will be deleted now, with their transcripts.</source>
        <translation>
            <numerusform>早于此期限的 %n 个会话及其对话记录将立即删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Older Sessions</source>
        <translation>删除较早的会话</translation>
    </message>
    <message>
        <source>Conversation Log</source>
        <translation>会话日志</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n old session(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个旧会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>There are no sessions to export.</source>
        <translation>没有可导出的会话。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个会话导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions could not be exported to %1: %2</source>
        <translation>无法将会话导出到 %1：%2</translation>
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation>删除会话</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n session(s) from the conversation log?</source>
        <translation>
            <numerusform>要从会话日志中删除 %n 个会话吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their transcripts are deleted too. This cannot be undone.</source>
        <translation>其对话记录也会一并删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The sessions could not be deleted: %1</source>
        <translation>无法删除会话：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search subjects, recipients, servers and transcripts</source>
        <translation>搜索主题、收件人、服务器和对话记录</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索会话日志</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Show sessions with this outcome</source>
        <translation>显示此结果的会话</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>账户配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Show sessions of this profile</source>
        <translation>显示此账户配置的会话</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected sessions, or all listed ones, as a text file</source>
        <translation>将所选会话（未选择时为列出的全部会话）保存为文本文件</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected sessions from the log</source>
        <translation>从会话日志中删除所选会话</translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>已记录的会话</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>会话摘要</translation>
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation>与服务器的对话</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>会话数量</translation>
    </message>
    <message>
        <source>&amp;Keep sessions:</source>
        <translation>会话保留期限(&amp;K)：</translation>
    </message>
    <message>
        <source>How long the log keeps sessions</source>
        <translation>会话日志保留会话的时长</translation>
    </message>
    <message>
        <source>Older sessions are deleted, here and each time the log is opened</source>
        <translation>超过期限的会话会被删除：现在立即删除，之后每次打开会话日志时也会删除</translation>
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>The link is longer than %1 KiB, so nothing was taken from it.</source>
        <translation>链接超过 %1 KiB，因此未采用其中任何内容。</translation>
    </message>
    <message>
        <source>This is not a mailto: link.</source>
        <translation>这不是 mailto: 链接。</translation>
    </message>
    <message>
        <source>“%1” was left out: Mailwright does not take that field from a link.</source>
        <translation>未采用“%1”：Mailwright 不从链接中读取该字段。</translation>
    </message>
    <message>
        <source>“%1” was left out: a link cannot choose who the message is from or where replies go.</source>
        <translation>未采用“%1”：链接不能决定邮件的发件人或回复地址。</translation>
    </message>
    <message>
        <source>“%1” was left out: Mailwright writes that header itself.</source>
        <translation>未采用“%1”：该邮件头由 Mailwright 自行写入。</translation>
    </message>
    <message>
        <source>“%1” was left out: it contains a line break, which could add headers of its own.</source>
        <translation>未采用“%1”：其中含有换行符，可能借此添加额外的邮件头。</translation>
    </message>
    <message>
        <source>“%1” was left out: it contains control characters.</source>
        <translation>未采用“%1”：其中含有控制字符。</translation>
    </message>
    <message>
        <source>“%1” was left out: it has a broken %-escape (a “%” not followed by two hexadecimal digits).</source>
        <translation>未采用“%1”：其中的 % 转义不完整（“%”后面不是两位十六进制数字）。</translation>
    </message>
    <message>
        <source>“%1” was left out: its text is not UTF-8.</source>
        <translation>未采用“%1”：其文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>“%1” was left out: it is not a list of message identifiers such as &lt;id@example.org&gt;.</source>
        <translation>未采用“%1”：它不是 &lt;id@example.org&gt; 这样的邮件标识列表。</translation>
    </message>
    <message>
        <source>A second “%1” was left out; the first one is used.</source>
        <translation>未采用第二个“%1”；使用第一个。</translation>
    </message>
    <message numerus="yes">
        <source>The link asks for more than %n file(s); the rest were left out.</source>
        <translation>
            <numerusform>链接请求的文件超过 %n 个；其余文件未被采用。</numerusform></translation>
    </message>
    <message>
        <source>The part after “#” was left out: mailto: links have none.</source>
        <translation>未采用“#”之后的部分：mailto: 链接没有这一部分。</translation>
    </message>
    <message numerus="yes">
        <source>Also left out: %n more part(s) of the link.</source>
        <translation>
            <numerusform>另有 %n 处链接内容也未被采用。</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read attachment “%1”: %2</source>
        <translation>无法读取附件“%1”：%2</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>邮件没有发件人地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>“%1”不是有效的邮件头名称。</translation>
    </message>
    <message>
        <source>The header “%1” is written by Mailwright and cannot be set.</source>
        <translation>邮件头“%1”由 Mailwright 自动生成，不能手动设置。</translation>
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Missing attachments:
%1</source>
        <translation>缺少附件：
%1</translation>
    </message>
    <message>
        <source>Drafts and Outbox</source>
        <translation>草稿和发件箱</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation>未发送原因</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation>草稿（%1）</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>发件箱（%1）</translation>
    </message>
    <message>
        <source>Open to Retry</source>
        <translation>打开以重试</translation>
    </message>
    <message>
        <source>Delete Messages?</source>
        <translation>删除邮件？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation>
            <numerusform>要从发件箱中删除 %n 封邮件吗？这些邮件将不会被发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)?</source>
        <translation>
            <numerusform>要删除 %n 封草稿吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Last Attempt</source>
        <translation>上次尝试</translation>
    </message>
</context>
<context>
    <name>MimeStream</name>
    <message>
        <source>“%1” disappeared while it was being sent</source>
        <translation>发送过程中，“%1”已不存在</translation>
    </message>
    <message>
        <source>Cannot read attachment “%1”: %2</source>
        <translation>无法读取附件“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being sent</source>
        <translation>发送过程中，“%1”发生了更改</translation>
    </message>
</context>
<context>
    <name>OAuthAccount</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>配置“%1”已不存在。</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>%1 said: %2</source>
        <translation>%1 回复：%2</translation>
    </message>
    <message>
        <source>An administrator of your organisation must approve the application Mailwright signs in with before you can use it. Ask them to grant consent for it in Microsoft Entra ID (Enterprise applications), then sign in again.</source>
        <translation>你所在组织的管理员必须先批准 Mailwright 登录所用的应用程序，你才能使用它。请让管理员在 Microsoft Entra ID（企业应用程序）中为其授予同意，然后重新登录。</translation>
    </message>
    <message>
        <source>The application Mailwright signs in with is disabled in your organisation. Ask your administrator to enable it, or enter another application (client) ID under Advanced.</source>
        <translation>Mailwright 登录所用的应用程序已在你的组织中被禁用。请让管理员启用它，或在“高级”中输入另一个应用程序（客户端）ID。</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in: it was revoked, the password was changed, or it expired. Sign in again; your message is kept.</source>
        <translation>%1 不再接受已保存的登录：它已被撤销、密码已更改或已过期。请重新登录；你的邮件会保留。</translation>
    </message>
    <message>
        <source>The sign-in was declined. If %1 showed “This app isn't verified” or “Access blocked”, the application Mailwright signs in with is not approved for your account: ask for your address to be added as a test user, or enter your own client ID under Advanced.</source>
        <translation>登录被拒绝。如果 %1 显示“此应用未经验证”或“访问被阻止”，说明 Mailwright 登录所用的应用程序未获准用于你的账户：请要求将你的地址添加为测试用户，或在“高级”中输入你自己的客户端 ID。</translation>
    </message>
    <message>
        <source>%1 does not accept the application (client) ID Mailwright signs in with. Check the client ID and secret under Advanced.</source>
        <translation>%1 不接受 Mailwright 登录所用的应用程序（客户端）ID。请检查“高级”中的客户端 ID 和密钥。</translation>
    </message>
    <message>
        <source>%1 does not allow the permission to send mail for this application or account.</source>
        <translation>%1 不允许此应用程序或账户获得发送邮件的权限。</translation>
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in, so it was refused. Start the sign-in again.</source>
        <translation>浏览器返回的应答不属于这次登录，因此已被拒绝。请重新开始登录。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Could not reach %1's sign-in server.</source>
        <translation>无法连接到 %1 的登录服务器。</translation>
    </message>
    <message>
        <source>%1's sign-in server answered with something that is not an OAuth reply (%2). Try again later.</source>
        <translation>%1 的登录服务器返回的不是 OAuth 应答（%2）。请稍后再试。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 拒绝了登录（%2）。</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>the sign-in server</source>
        <translation>登录服务器</translation>
    </message>
    <message>
        <source>This profile does not sign in with OAuth 2.0.</source>
        <translation>此配置不使用 OAuth 2.0 登录。</translation>
    </message>
    <message>
        <source>This copy of Mailwright was built without a Microsoft application ID. Register a mobile and desktop application in the Microsoft Entra admin center (App registrations, redirect URI http://127.0.0.1, permission SMTP.Send) and enter its Application (client) ID under Advanced.</source>
        <translation>此 Mailwright 构建时未包含 Microsoft 应用程序 ID。请在 Microsoft Entra 管理中心注册一个移动和桌面应用程序（应用注册，重定向 URI 为 http://127.0.0.1，权限为 SMTP.Send），然后在“高级”中输入其应用程序（客户端）ID。</translation>
    </message>
    <message>
        <source>This copy of Mailwright was built without a Google client ID. Create an OAuth client of type “Desktop app” in the Google Cloud console (APIs &amp; Services → Credentials, with the https://mail.google.com/ scope on its consent screen) and enter its client ID and secret under Advanced.</source>
        <translation>此 Mailwright 构建时未包含 Google 客户端 ID。请在 Google Cloud 控制台中创建类型为“桌面应用”的 OAuth 客户端（API 和服务 → 凭据，并在其同意屏幕上添加 https://mail.google.com/ 范围），然后在“高级”中输入其客户端 ID 和密钥。</translation>
    </message>
    <message>
        <source>Enter the provider's authorization and token endpoints (https://…).</source>
        <translation>请输入提供商的授权端点和令牌端点（https://…）。</translation>
    </message>
    <message>
        <source>Enter the client ID registered with the provider for Mailwright.</source>
        <translation>请输入在提供商处为 Mailwright 注册的客户端 ID。</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Mailwright could not listen on 127.0.0.1 for the sign-in's answer.</source>
        <translation>Mailwright 无法在 127.0.0.1 上监听登录的应答。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Access Token Needed</source>
        <translation>需要访问令牌</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Enter the access token for &lt;b&gt;%1&lt;/b&gt; on %2 (profile “%3”).</source>
        <translation>请输入 %2 上 &lt;b&gt;%1&lt;/b&gt; 的访问令牌（账户配置“%3”）。</translation>
    </message>
    <message>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt; on %2 (profile “%3”).</source>
        <translation>请输入 %2 上 &lt;b&gt;%1&lt;/b&gt; 的密码（账户配置“%3”）。</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation>保存到密钥环</translation>
    </message>
    <message>
        <source>Store it in the settings file (not encrypted)</source>
        <translation>保存到设置文件（未加密）</translation>
    </message>
    <message>
        <source>Warning: the settings file is readable only by your user account, but the password is stored in it unencrypted. Anyone who can read your files or backups can read it.</source>
        <translation>警告：设置文件只有你的用户账户可以读取，但密码是以未加密形式保存在其中的。任何能读取你的文件或备份的人都能看到密码。</translation>
    </message>
    <message>
        <source>No keychain is available, so Mailwright keeps the password only until it quits and will ask again next time.</source>
        <translation>没有可用的密钥环，因此 Mailwright 只会保留密码到退出为止，下次会再次询问。</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>Save the profile before storing its password.</source>
        <translation>请先保存账户配置，再保存其密码。</translation>
    </message>
    <message>
        <source>There is no settings file to store the password in.</source>
        <translation>没有可用于保存密码的设置文件。</translation>
    </message>
    <message>
        <source>No keychain is available, so the password is kept only until Mailwright quits.</source>
        <translation>没有可用的密钥环，因此密码只会保留到 Mailwright 退出为止。</translation>
    </message>
    <message>
        <source>The keychain refused to store the password, so it is kept only until Mailwright quits.</source>
        <translation>密钥环拒绝保存密码，因此密码只会保留到 Mailwright 退出为止。</translation>
    </message>
    <message>
        <source>The keychain could not store the password (%1), so it is kept only until Mailwright quits.</source>
        <translation>密钥环无法保存密码（%1），因此密码只会保留到 Mailwright 退出为止。</translation>
    </message>
    <message>
        <source>The keychain could not remove the password: %1</source>
        <translation>密钥环无法删除密码：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Account Profiles[*]</source>
        <translation>账户配置[*]</translation>
    </message>
    <message>
        <source>Account profiles</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>账户配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>添加新的账户配置</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加账户配置</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected profile, its password included</source>
        <translation>复制所选账户配置（包括其密码）</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>复制账户配置</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected profile and its password</source>
        <translation>删除所选账户配置及其密码</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除账户配置</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>New messages are sent from the default profile</source>
        <translation>新邮件将从默认账户配置发送</translation>
    </message>
    <message>
        <source>Set as default profile</source>
        <translation>设为默认账户配置</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>配置名称问题</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>你的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>发件人姓名</translation>
    </message>
    <message>
        <source>Ann Lee</source>
        <translation>张三</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <source>ann@example.org</source>
        <translation>zhang.san@example.cn</translation>
    </message>
    <message>
        <source>Sender address problem</source>
        <translation>发件人地址问题</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>服务商提示</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>账户配置设置</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>&amp;Relay through this server</source>
        <translation>通过此服务器中继(&amp;R)</translation>
    </message>
    <message>
        <source>Relay through this server</source>
        <translation>通过此服务器中继</translation>
    </message>
    <message>
        <source>Deliver d&amp;irectly to the recipients' servers</source>
        <translation>直接投递到收件人的服务器(&amp;I)</translation>
    </message>
    <message>
        <source>Deliver directly to the recipients' servers</source>
        <translation>直接投递到收件人的服务器</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>发件服务器</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>Outgoing server problem</source>
        <translation>发件服务器问题</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Leave empty for the usual port: 465 for SSL/TLS, 587 otherwise</source>
        <translation>留空则使用常用端口：SSL/TLS 为 465，其他为 587</translation>
    </message>
    <message>
        <source>Port problem</source>
        <translation>端口问题</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全性(&amp;E)：</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>连接安全性</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>身份验证(&amp;H)：</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>身份验证方式</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>none: send without logging in</source>
        <translation>留空则不登录直接发送</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Store the password in the settings &amp;file (not encrypted)</source>
        <translation>将密码保存到设置文件（未加密）(&amp;F)</translation>
    </message>
    <message>
        <source>Store the password in the settings file, not encrypted</source>
        <translation>将密码保存到设置文件，不加密</translation>
    </message>
    <message>
        <source>The settings file can be read by your user only, but it is not encrypted: anyone who gets a copy of it, from a backup for instance, can read the password. Prefer the keychain where there is one.</source>
        <translation>设置文件只有你的用户账户可以读取，但它没有加密：任何拿到其副本的人（例如从备份中）都能读取密码。如有密钥环，请优先使用密钥环。</translation>
    </message>
    <message>
        <source>Settings file warning</source>
        <translation>设置文件警告</translation>
    </message>
    <message>
        <source>Allow the password over an unen&amp;crypted connection</source>
        <translation>允许通过未加密的连接发送密码(&amp;C)</translation>
    </message>
    <message>
        <source>Allow the password over an unencrypted connection</source>
        <translation>允许通过未加密的连接发送密码</translation>
    </message>
    <message>
        <source>Without encryption, anyone on the network path between this computer and the server can read the password.</source>
        <translation>如果不加密，这台计算机与服务器之间网络路径上的任何人都能读取密码。</translation>
    </message>
    <message>
        <source>Unencrypted password warning</source>
        <translation>未加密密码警告</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>EHLO 名称(&amp;E)：</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO 名称</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The name this computer gives the server in EHLO; leave empty unless the server insists on one</source>
        <translation>本机在 EHLO 中向服务器提供的名称；除非服务器要求特定名称，否则请留空</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时时间（秒）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>受信任的证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprints</source>
        <translation>受信任的证书指纹</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints of server certificates you chose to trust although they could not be verified.</source>
        <translation>你选择信任的服务器证书（虽然未能通过验证）的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>&amp;Remove Certificate</source>
        <translation>移除证书(&amp;R)</translation>
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation>移除受信任的证书</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Plain-text signature</source>
        <translation>纯文本签名</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>HTML signature source</source>
        <translation>HTML 签名源代码</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ann Lee&lt;br&gt;&lt;a href="https://example.org"&gt;example.org&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;张三&lt;br&gt;&lt;a href="https://example.org"&gt;example.org&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>测试连接(&amp;T)…</translation>
    </message>
    <message>
        <source>Connect and log in with the settings as they are in the form, without sending a message</source>
        <translation>使用表单中当前的设置连接并登录，但不发送邮件</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The default profile: new messages are sent from it</source>
        <translation>默认账户配置：新邮件将从此配置发送</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新账户配置</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the new profile “%1”?</source>
        <translation>保存新账户配置“%1”吗？</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Discarded changes are lost.</source>
        <translation>放弃的更改将会丢失。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation>“%1”是“%2”的副本。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除账户配置</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>删除账户配置“%1”吗？</translation>
    </message>
    <message>
        <source>Its settings and its stored password are deleted. This cannot be undone.</source>
        <translation>其设置和已保存的密码将被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The profile “%1” could not be removed from %2.</source>
        <translation>无法从 %2 中删除账户配置“%1”。</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>The default profile could not be saved to %1.</source>
        <translation>无法将默认账户配置保存到 %1。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>账户配置必须有名称。</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>已存在名为“%1”的账户配置。</translation>
    </message>
    <message>
        <source>Enter the address you send from.</source>
        <translation>请输入你用来发件的地址。</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>这不是有效的地址：%1</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server, or choose to deliver directly.</source>
        <translation>请输入发件服务器 (SMTP)，或选择直接投递。</translation>
    </message>
    <message>
        <source>A port is a number up to 65535; leave it empty for the usual one.</source>
        <translation>端口是不超过 65535 的数字；留空则使用常用端口。</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>To keep it after Mailwright quits, tick “Store the password in the settings file” and save again.</source>
        <translation>如需在 Mailwright 退出后仍保留密码，请勾选“将密码保存到设置文件”并再次保存。</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to change</source>
        <translation>已保存在密钥环中 — 输入以更改</translation>
    </message>
    <message>
        <source>Kept until Mailwright quits — type to change</source>
        <translation>保留到 Mailwright 退出 — 输入以更改</translation>
    </message>
    <message>
        <source>Stored in the settings file — type to change</source>
        <translation>已保存在设置文件中 — 输入以更改</translation>
    </message>
    <message>
        <source>Not stored; no keychain is available</source>
        <translation>未保存；没有可用的密钥环</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>访问令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Hide the access token</source>
        <translation>隐藏访问令牌</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>显示访问令牌</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server to test.</source>
        <translation>请输入要测试的发件服务器 (SMTP)。</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>无（不加密）</translation>
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
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>XOAUTH2 (access token)</source>
        <translation>XOAUTH2（访问令牌）</translation>
    </message>
    <message>
        <source>None (do not log in)</source>
        <translation>无（不登录）</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存账户配置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>忘记已保存的密码</translation>
    </message>
    <message>
        <source>The password of “%1” is forgotten; it will be asked for when sending.</source>
        <translation>已忘记“%1”的密码；发送时会再次询问。</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>登录：</translation>
    </message>
    <message>
        <source>Keep the sign-in in the settings &amp;file (not encrypted)</source>
        <translation>将登录保存在设置文件中(&amp;F)（未加密）</translation>
    </message>
    <message>
        <source>Allow the sign-in over an unen&amp;crypted connection</source>
        <translation>允许通过未加密的连接登录(&amp;C)</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身份登录。</translation>
    </message>
    <message>
        <source>Signed out of “%1”; the sign-in is forgotten.</source>
        <translation>已从“%1”退出登录；登录信息已清除。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (Outlook, Microsoft 365)</source>
        <translation>使用 Microsoft 登录（Outlook、Microsoft 365）</translation>
    </message>
    <message>
        <source>Sign in with Google (Gmail, Google Workspace)</source>
        <translation>使用 Google 登录（Gmail、Google Workspace）</translation>
    </message>
    <message>
        <source>Sign in with another OAuth 2.0 provider</source>
        <translation>使用其他 OAuth 2.0 提供商登录</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>请为账户配置命名。</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>已存在名为“%1”的账户配置。</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation>无法将账户配置保存到 %1。</translation>
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation>不存在名为“%1”的账户配置。</translation>
    </message>
    <message>
        <source>The profile “%1” keeps its password in the keychain, not in the settings file.</source>
        <translation>账户配置“%1”的密码保存在密钥环中，而不是设置文件中。</translation>
    </message>
</context>
<context>
    <name>ProviderPresets</name>
    <message>
        <source>Google accepts only an app password (Google Account → Security → 2-Step Verification → App passwords) or OAuth 2 (XOAUTH2); the normal account password is refused.</source>
        <translation>Google 只接受应用专用密码（Google 账号 → 安全性 → 两步验证 → 应用专用密码）或 OAuth 2 (XOAUTH2)，普通账号密码会被拒绝。</translation>
    </message>
    <message>
        <source>Microsoft accounts with two-step verification need an app password (account.microsoft.com → Security); where password sign-in is switched off, only OAuth 2 (XOAUTH2) works.</source>
        <translation>启用了两步验证的 Microsoft 账户需要使用应用密码（account.microsoft.com → 安全）；如果已关闭密码登录，则只能使用 OAuth 2 (XOAUTH2)。</translation>
    </message>
    <message>
        <source>The organisation's administrator must allow SMTP AUTH for the mailbox; many tenants allow only OAuth 2 (XOAUTH2).</source>
        <translation>组织的管理员必须为该邮箱启用 SMTP AUTH；许多租户只允许使用 OAuth 2 (XOAUTH2)。</translation>
    </message>
    <message>
        <source>Use an app-specific password from appleid.apple.com (Sign-In and Security → App-Specific Passwords); the user name is the full address.</source>
        <translation>请使用在 appleid.apple.com 生成的 App 专用密码（登录与安全 → App 专用密码）；用户名为完整的邮箱地址。</translation>
    </message>
    <message>
        <source>Use an app password generated in the account's security settings; the login password is refused.</source>
        <translation>请使用在账户安全设置中生成的应用专用密码，登录密码会被拒绝。</translation>
    </message>
    <message>
        <source>Switch on the SMTP service in the mailbox's web settings and use the authorization code it generates there as the password, not the login password.</source>
        <translation>请在网页版邮箱的设置中开启 SMTP 服务，并使用在那里生成的授权码作为密码，而不是登录密码。</translation>
    </message>
    <message>
        <source>When the administrator requires it (security login), use the client-specific password generated in the web mailbox's settings, not the login password.</source>
        <translation>如果管理员有此要求（开启了安全登录），请使用在网页版邮箱设置中生成的客户端专用密码，而不是登录密码。</translation>
    </message>
    <message>
        <source>Switch on SMTP in the web mailbox's settings first; the user name is the full address.</source>
        <translation>请先在网页版邮箱的设置中开启 SMTP；用户名为完整的邮箱地址。</translation>
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password; accounts in the EU data centre use smtp.zoho.eu.</source>
        <translation>如果开启了双因素认证，请使用应用专用密码；欧盟数据中心的账户请使用 smtp.zoho.eu。</translation>
    </message>
    <message>
        <source>Allow access by POP3/IMAP and SMTP in the web mailbox's settings first.</source>
        <translation>请先在网页版邮箱的设置中允许通过 POP3/IMAP 和 SMTP 访问。</translation>
    </message>
    <message>
        <source>Use an app password created in the Yandex ID settings for mail clients.</source>
        <translation>请使用在 Yandex ID 设置中为邮件客户端创建的应用密码。</translation>
    </message>
    <message>
        <source>Use a password for external applications, created in the account's security settings.</source>
        <translation>请使用在账户安全设置中创建的外部应用程序专用密码。</translation>
    </message>
    <message>
        <source>Use an app password (Settings → Privacy &amp; Security → App passwords) with SMTP access.</source>
        <translation>请使用具有 SMTP 访问权限的应用密码（设置 → 隐私与安全 → 应用密码）。</translation>
    </message>
    <message>
        <source>Allow POP3/SMTP in the web mailbox's settings first; with two-step verification use an application password.</source>
        <translation>请先在网页版邮箱的设置中允许 POP3/SMTP；如果开启了两步验证，请使用应用程序专用密码。</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>服务器发送的答复行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent a malformed reply: “%1”.</source>
        <translation>服务器发送了格式错误的答复：“%1”。</translation>
    </message>
    <message>
        <source>The server changed its reply code from %1 to %2 within one reply.</source>
        <translation>服务器在同一条答复中将答复代码从 %1 改成了 %2。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines or %2 bytes.</source>
        <translation>服务器发送的答复超过了 %1 行或 %2 字节。</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends one message over SMTP and shows what the server said.</source>
        <translation>通过 SMTP 发送一封邮件，并显示服务器的回复。</translation>
    </message>
    <message>
        <source>Use the saved profile NAME: its server, security, login, sender, timeouts, pinned certificates and route; options given here override them. The password: --password-env/--password-file, else where the profile keeps it (keychain).</source>
        <translation>使用已保存的配置 NAME：其服务器、加密方式、登录、发件人、超时、固定的证书和投递方式；此处给出的选项会覆盖它们。密码：来自 --password-env/--password-file，否则来自配置保存它的地方（钥匙串）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SMTP server, with an optional port (host:port, [v6]:port). With --profile: replaces its server and port.</source>
        <translation>SMTP 服务器，可带端口（host:port、[v6]:port）。与 --profile 一起使用时：替换配置中的服务器和端口。</translation>
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation>none、starttls（默认）或 tls。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation>AUTH 使用的用户名。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the password (or token) from this environment variable.</source>
        <translation>从此环境变量读取密码（或令牌）。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Read the password (or token) from the first line of this file.</source>
        <translation>从此文件的第一行读取密码（或令牌）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>auto (default), plain, login, cram-md5, xoauth2 or none.</source>
        <translation>auto（默认）、plain、login、cram-md5、xoauth2 或 none。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation>允许在未加密的连接上发送登录凭据。</translation>
    </message>
    <message>
        <source>Name to introduce ourselves with (EHLO).</source>
        <translation>自我介绍（EHLO）时使用的名称。</translation>
    </message>
    <message>
        <source>Sender, as a person writes it: 'Zhang San &lt;zhang@example.cn&gt;'.</source>
        <translation>发件人，按平常的写法：'Zhang San &lt;zhang@example.cn&gt;'。</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Recipient (repeatable; a comma-separated list works too).</source>
        <translation>收件人（可重复；也可用逗号分隔多个）。</translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation>抄送（可重复）。</translation>
    </message>
    <message>
        <source>Blind copy recipient: envelope only (repeatable).</source>
        <translation>密送：只出现在信封中（可重复）。</translation>
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation>回复地址（Reply-To）。</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>主题。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>正文。</translation>
    </message>
    <message>
        <source>Read the message text from FILE (UTF-8).</source>
        <translation>从 FILE 读取正文（UTF-8）。</translation>
    </message>
    <message>
        <source>The body is HTML (a plain-text part is generated).</source>
        <translation>正文为 HTML（会生成纯文本部分）。</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>添加附件（可重复）。</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>同时信任此 PEM 文件中的 CA 证书。</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint (repeatable; added to a profile's).</source>
        <translation>信任具有此 SHA-256 指纹的证书（可重复；添加到配置已有的指纹之外）。</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>Give up when the server is silent this long (every stage).</source>
        <translation>服务器沉默这么久就放弃（每个阶段）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Deliver straight to each recipient domain's mail servers (MX), port 25.</source>
        <translation>直接投递到每个收件人域名的邮件服务器（MX），端口 25。</translation>
    </message>
    <message>
        <source>Write the exact message bytes to FILE.</source>
        <translation>把邮件的原始字节写入 FILE。</translation>
    </message>
    <message>
        <source>Build the message and save or print it; do not connect.</source>
        <translation>只生成邮件并保存或打印，不连接服务器。</translation>
    </message>
    <message>
        <source>Print the live SMTP conversation to stderr.</source>
        <translation>把实时的 SMTP 会话打印到标准错误输出。</translation>
    </message>
    <message>
        <source>Do not record this session in the conversation log.</source>
        <translation>不把这次会话记入会话日志。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 sent; 1 some recipients refused; 2 usage or input error; 3 connection, DNS or timeout; 4 TLS or certificate; 5 authentication; 6 message refused; 7 cancelled; 8 outcome unknown (may have been delivered).
</source>
        <translation>
退出码：0 已发送；1 部分收件人被拒绝；2 用法或输入错误；3 连接、DNS 或超时；4 TLS 或证书；5 身份验证；6 邮件被拒绝；7 已取消；8 结果未知（可能已投递）。
</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”: every value needs its option, such as --to.</source>
        <translation>意外的参数“%1”：每个值都需要对应的选项，例如 --to。</translation>
    </message>
    <message>
        <source>There is no profile called “%1”: no profiles are saved in %2. Create one in the Mailwright window, or give the server with --server.</source>
        <translation>没有名为“%1”的配置：%2 中没有保存任何配置。请在 Mailwright 窗口中创建一个，或用 --server 指定服务器。</translation>
    </message>
    <message>
        <source>There is no profile called “%1”. Saved profiles: %2.</source>
        <translation>没有名为“%1”的配置。已保存的配置：%2。</translation>
    </message>
    <message>
        <source>--from: line breaks are not allowed in an address.</source>
        <translation>--from：地址中不能包含换行符。</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from：%1</translation>
    </message>
    <message>
        <source>The profile “%1” has no sender address: give --from.</source>
        <translation>配置“%1”没有发件人地址：请用 --from 指定。</translation>
    </message>
    <message>
        <source>The sender address of the profile “%1”: %2 Give --from.</source>
        <translation>配置“%1”的发件人地址：%2 请用 --from 指定。</translation>
    </message>
    <message>
        <source>--from is required (or --profile).</source>
        <translation>需要 --from（或 --profile）。</translation>
    </message>
    <message>
        <source>--%1: line breaks are not allowed in an address; give each address its own --%1 or separate them with commas.</source>
        <translation>--%1：地址中不能包含换行符；请为每个地址单独写一个 --%1，或用逗号分隔。</translation>
    </message>
    <message>
        <source>No recipients: give at least one --to, --cc or --bcc.</source>
        <translation>没有收件人：请至少给出一个 --to、--cc 或 --bcc。</translation>
    </message>
    <message>
        <source>Give either --body or --body-file, not both.</source>
        <translation>--body 和 --body-file 只能给出一个。</translation>
    </message>
    <message>
        <source>Cannot read the body file “%1”: %2</source>
        <translation>无法读取正文文件“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls, not “%1”.</source>
        <translation>--security 必须是 none、starttls 或 tls，而不是“%1”。</translation>
    </message>
    <message>
        <source>--auth must be auto, plain, login, cram-md5, xoauth2 or none, not “%1”.</source>
        <translation>--auth 必须是 auto、plain、login、cram-md5、xoauth2 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give either --password-env or --password-file, not both.</source>
        <translation>--password-env 和 --password-file 只能给出一个。</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is not set.</source>
        <translation>环境变量 %1（来自 --password-env）未设置。</translation>
    </message>
    <message>
        <source>Cannot read the password file “%1”: %2</source>
        <translation>无法读取密码文件“%1”：%2</translation>
    </message>
    <message>
        <source>--user needs a password: give --password-env VAR or --password-file FILE.</source>
        <translation>--user 需要密码：请给出 --password-env VAR 或 --password-file FILE。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation>无法从“%1”读取任何 PEM 证书。</translation>
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint (64 hex digits, colons allowed), not “%1”.</source>
        <translation>--trust-fingerprint 需要 SHA-256 指纹（64 个十六进制数字，可带冒号），而不是“%1”。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds, not “%1”.</source>
        <translation>--timeout 需要秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--direct delivers to each recipient's own mail servers; do not give --server with it.</source>
        <translation>--direct 直接投递到每个收件人自己的邮件服务器；请不要同时给出 --server。</translation>
    </message>
    <message>
        <source>--server: missing ']' in “%1”.</source>
        <translation>--server：“%1”中缺少 “]”。</translation>
    </message>
    <message>
        <source>--server: “%1” is not a port number.</source>
        <translation>--server：“%1”不是端口号。</translation>
    </message>
    <message>
        <source>--server needs a host name.</source>
        <translation>--server 需要主机名。</translation>
    </message>
    <message>
        <source>--server is required (or --direct, or --profile).</source>
        <translation>需要 --server（或 --direct，或 --profile）。</translation>
    </message>
    <message>
        <source>The profile “%1” has no server: give --server.</source>
        <translation>配置“%1”没有服务器：请用 --server 指定。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>pass --password-env VAR or --password-file FILE</source>
        <translation>请给出 --password-env VAR 或 --password-file FILE</translation>
    </message>
    <message>
        <source>The profile “%1” needs a password, and no keychain is available to read it from (%2): %3, or store it in the profile's settings file with the Mailwright profile dialog.</source>
        <translation>配置“%1”需要密码，但没有可用的钥匙串可以读取（%2）：%3，或在 Mailwright 的配置对话框中把它保存在配置的设置文件里。</translation>
    </message>
    <message>
        <source>no Secret Service or KWallet</source>
        <translation>没有 Secret Service 或 KWallet</translation>
    </message>
    <message>
        <source>The profile “%1” needs a password, and the keychain refused to give it: unlock the keychain, or %2.</source>
        <translation>配置“%1”需要密码，但钥匙串拒绝提供：请解锁钥匙串，或%2。</translation>
    </message>
    <message>
        <source>The profile “%1” needs a password, and the keychain could not read it (%2): %3.</source>
        <translation>配置“%1”需要密码，但钥匙串无法读取（%2）：%3。</translation>
    </message>
    <message>
        <source>The profile “%1” needs a password, and none is stored for it: store it with the Mailwright profile dialog, or %2.</source>
        <translation>配置“%1”需要密码，但没有为它保存密码：请在 Mailwright 的配置对话框中保存，或%2。</translation>
    </message>
    <message>
        <source>Sign the profile given with --profile in to its OAuth 2.0 provider from this terminal (a code to enter in any browser), and keep the sign-in for later sends; send nothing.</source>
        <translation>在此终端中将 --profile 指定的配置登录到其 OAuth 2.0 提供商（在任意浏览器中输入一个代码），并保存登录供以后发送使用；不发送任何邮件。</translation>
    </message>
    <message>
        <source>--sign-in needs --profile NAME: the profile to sign in.</source>
        <translation>--sign-in 需要 --profile NAME：要登录的配置。</translation>
    </message>
    <message>
        <source>Sign in with: mailwright-send --sign-in --profile %1</source>
        <translation>登录方法：mailwright-send --sign-in --profile %1</translation>
    </message>
    <message>
        <source>The profile “%1” logs in with a password, not a sign-in. Choose a provider under Authentication in the Mailwright profile dialog first.</source>
        <translation>配置“%1”使用密码登录，而不是 OAuth 登录。请先在 Mailwright 配置对话框的“身份验证”中选择一个提供商。</translation>
    </message>
    <message>
        <source>%1 does not allow signing in to mail from a terminal. Sign in once from the Mailwright window (Account → Manage Profiles); mailwright-send then uses that sign-in.</source>
        <translation>%1 不允许从终端登录邮件。请在 Mailwright 窗口中登录一次（账户 → 管理账户配置）；之后 mailwright-send 会使用该登录。</translation>
    </message>
    <message>
        <source>Signed in as %1, but the sign-in could not be kept: %2 Choose “Keep the sign-in in the settings file” in the Mailwright profile dialog where there is no keychain.</source>
        <translation>已以 %1 身份登录，但无法保存登录：%2 在没有钥匙串的环境中，请在 Mailwright 配置对话框中选择“将登录保存在设置文件中”。</translation>
    </message>
    <message>
        <source>Signed in as %1. mailwright-send and the Mailwright window use this sign-in from now on.</source>
        <translation>已以 %1 身份登录。从现在起，mailwright-send 和 Mailwright 窗口都会使用此登录。</translation>
    </message>
    <message>
        <source>To sign in to %1, open %2 in a browser on any device and enter the code %3.</source>
        <translation>要登录 %1，请在任意设备的浏览器中打开 %2 并输入代码 %3。</translation>
    </message>
    <message>
        <source>Or open %1, which holds the code.</source>
        <translation>或者打开 %1，其中已包含该代码。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in… (Ctrl+C cancels)</source>
        <translation>正在等待登录…（按 Ctrl+C 取消）</translation>
    </message>
    <message>
        <source>Sign in in the browser that opened. If none did, open: %1</source>
        <translation>请在已打开的浏览器中登录。如果没有打开浏览器，请打开：%1</translation>
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation>请在这台计算机的浏览器中打开此地址进行登录：%1</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>账户配置“%1”已不存在。</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>已取消，什么都没有发送。</translation>
    </message>
    <message>
        <source>The conversation log could not be written: %1</source>
        <translation>无法写入会话日志：%1</translation>
    </message>
    <message>
        <source>The message could not be kept in the outbox: %1</source>
        <translation>无法将邮件保存到发件箱：%1</translation>
    </message>
    <message>
        <source>“%1” is not signed in to %2. Sign in, then send again; your message is kept.</source>
        <translation>“%1”尚未登录 %2。请登录后再发送；你的邮件会保留。</translation>
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>Sending cancelled. The message is still here.</source>
        <translation>已取消发送。邮件内容仍然保留。</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>邮件已发送。</translation>
    </message>
    <message>
        <source>Sent, but some recipients were refused.</source>
        <translation>已发送，但部分收件人被拒绝。</translation>
    </message>
    <message>
        <source>The server did not confirm the message.</source>
        <translation>服务器没有确认这封邮件。</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>邮件未发送。</translation>
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
        <source>Everything you wrote is kept, so you can correct those addresses and send again.</source>
        <translation>你撰写的内容都已保留，可以更正这些地址后重新发送。</translation>
    </message>
    <message>
        <source>Message May Have Been Sent</source>
        <translation>邮件可能已经发出</translation>
    </message>
    <message>
        <source>Check the recipient's mailbox or your sent mail before sending again. The message is kept in the outbox.</source>
        <translation>再次发送前，请先检查收件人的邮箱或你的已发送邮件。此邮件已保存在发件箱中。</translation>
    </message>
    <message>
        <source>Message Too Large</source>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>Cannot Send</source>
        <translation>无法发送</translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>Nothing you wrote is lost: correct the problem and send again. The message is also kept in the outbox (File → Drafts and Outbox).</source>
        <translation>你撰写的内容都没有丢失：请解决问题后重新发送。此邮件也已保存在发件箱中（文件 → 草稿和发件箱）。</translation>
    </message>
    <message>
        <source>View Certificate…</source>
        <translation>查看证书…</translation>
    </message>
    <message>
        <source>Enter Password and Send…</source>
        <translation>输入密码并发送…</translation>
    </message>
    <message>
        <source>Sign In Again and Send…</source>
        <translation>重新登录并发送…</translation>
    </message>
    <message>
        <source>Cannot Trust Certificate</source>
        <translation>无法信任证书</translation>
    </message>
</context>
<context>
    <name>SendStatusText</name>
    <message>
        <source>Looking up the password…</source>
        <translation>正在查找密码…</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1…</source>
        <translation>正在查找 %1 的邮件服务器…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected; asking what the server offers…</source>
        <translation>已连接；正在查询服务器支持的功能…</translation>
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
        <source>Signing in as %1…</source>
        <translation>正在以 %1 身份登录…</translation>
    </message>
    <message>
        <source>Sending the addresses…</source>
        <translation>正在发送收件地址…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>正在发送邮件…</translation>
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
        <source>Sending %1 of %2</source>
        <translation>正在发送 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n second(s) left</source>
        <translation>
            <numerusform>正在发送 %1 / %2 — 约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n minute(s) left</source>
        <translation>
            <numerusform>正在发送 %1 / %2 — 约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n hour(s) left</source>
        <translation>
            <numerusform>正在发送 %1 / %2 — 约剩 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — the server said: %2</source>
        <translation>• %1 — 服务器回复：%2</translation>
    </message>
    <message>
        <source>• %1 — the server said: %2 (%3)</source>
        <translation>• %1 — 服务器回复：%2（%3）</translation>
    </message>
    <message>
        <source>The message comes to %1, but %2 accepts at most %3. Nothing was sent: remove attachments or share large files another way.</source>
        <translation>这封邮件大小为 %1，但 %2 最多只接受 %3。没有发送任何内容：请删除附件，或用其他方式分享大文件。</translation>
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation>正在等待输入密码…</translation>
    </message>
    <message>
        <source>Renewing the sign-in with %1…</source>
        <translation>正在向 %1 续期登录…</translation>
    </message>
</context>
<context>
    <name>SenderChooser</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>direct to recipients' servers</source>
        <translation>直接投递到收件人的服务器</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>The account profile to send with</source>
        <translation>用于发送的账户配置</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <source>Manage account profiles</source>
        <translation>管理账户配置</translation>
    </message>
    <message>
        <source>Add, edit or test account profiles</source>
        <translation>添加、编辑或测试账户配置</translation>
    </message>
    <message>
        <source>No account yet: click Manage… to add one</source>
        <translation>尚无账户配置：点击“管理…”添加一个</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>通过 %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in state symbol</source>
        <translation>登录状态图标</translation>
    </message>
    <message>
        <source>Sign-in state</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作说明</translation>
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation>正在等待登录</translation>
    </message>
    <message>
        <source>&amp;Open the Page Again</source>
        <translation>再次打开页面(&amp;O)</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation>在浏览器中再次打开登录页面</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the sign-in page's address</source>
        <translation>复制登录页面的地址</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign In with %1 — %2</source>
        <translation>使用 %1 登录 — %2</translation>
    </message>
    <message>
        <source>Signing in with %1 is not set up.</source>
        <translation>尚未设置使用 %1 登录。</translation>
    </message>
    <message>
        <source>Opening %1's sign-in page…</source>
        <translation>正在打开 %1 的登录页面…</translation>
    </message>
    <message>
        <source>Sign in as %1 in your browser and allow Mailwright to send mail. This window closes by itself when you are done.</source>
        <translation>请在浏览器中以 %1 身份登录，并允许 Mailwright 发送邮件。完成后此窗口会自动关闭。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation>正在等待你在浏览器中使用 %1 登录…</translation>
    </message>
    <message>
        <source>Mailwright could not open a browser. Copy the link and open it in one; this window closes by itself when you are done.</source>
        <translation>Mailwright 无法打开浏览器。请复制链接并在浏览器中打开；完成后此窗口会自动关闭。</translation>
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation>登录未成功。</translation>
    </message>
    <message>
        <source>Signed in as %1; saving…</source>
        <translation>已以 %1 身份登录；正在保存…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept.</source>
        <translation>已登录，但无法保存登录。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign-in state</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign out and forget the sign-in</source>
        <translation>退出登录并清除登录信息</translation>
    </message>
    <message>
        <source>What the sign-in needs</source>
        <translation>登录所需的条件</translation>
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation>高级登录设置</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation>Microsoft 租户</translation>
    </message>
    <message>
        <source>common</source>
        <translation>common</translation>
    </message>
    <message>
        <source>&amp;Authorization endpoint:</source>
        <translation>授权端点(&amp;A)：</translation>
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation>授权端点</translation>
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation>https://login.example.com/authorize</translation>
    </message>
    <message>
        <source>T&amp;oken endpoint:</source>
        <translation>令牌端点(&amp;O)：</translation>
    </message>
    <message>
        <source>Token endpoint</source>
        <translation>令牌端点</translation>
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation>https://login.example.com/token</translation>
    </message>
    <message>
        <source>De&amp;vice endpoint:</source>
        <translation>设备端点(&amp;V)：</translation>
    </message>
    <message>
        <source>Device authorization endpoint</source>
        <translation>设备授权端点</translation>
    </message>
    <message>
        <source>optional: for signing in from a terminal</source>
        <translation>可选：用于从终端登录</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation>以空格分隔</translation>
    </message>
    <message>
        <source>Signed in as %1 since %2.</source>
        <translation>自 %2 起以 %1 身份登录。</translation>
    </message>
    <message>
        <source>(unknown account)</source>
        <translation>（未知账户）</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation>重新登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;In with %1…</source>
        <translation>使用 %1 登录(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailwright is starting and does not finish; if none is running, remove %1.</source>
        <translation>另一个 Mailwright 正在启动且迟迟未完成；如果并没有 Mailwright 在运行，请删除 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Mailwright is running but did not answer within %n second(s).</source>
        <translation>
            <numerusform>Mailwright 正在运行，但在 %n 秒内没有应答。</numerusform></translation>
    </message>
    <message>
        <source>Cannot reach the running Mailwright at %1: %2</source>
        <translation>无法连接到位于 %1 的正在运行的 Mailwright：%2</translation>
    </message>
    <message>
        <source>Cannot listen at %1 for later launches: %2</source>
        <translation>无法在 %1 上等待后续启动的请求：%2</translation>
    </message>
    <message>
        <source>The running Mailwright sent an answer this one cannot read.</source>
        <translation>正在运行的 Mailwright 发来了本程序无法读取的应答。</translation>
    </message>
    <message>
        <source>The running Mailwright closed the connection without answering.</source>
        <translation>正在运行的 Mailwright 未作应答就关闭了连接。</translation>
    </message>
    <message>
        <source>This Mailwright does not describe its windows (MAILWRIGHT_TEST_HOOKS is not set).</source>
        <translation>此 Mailwright 不提供其窗口的描述（未设置 MAILWRIGHT_TEST_HOOKS）。</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>No server is set: enter the SMTP server's host name.</source>
        <translation>未设置服务器：请输入 SMTP 服务器的主机名。</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>邮件没有收件人。</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>no message body</source>
        <translation>没有邮件正文</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (security: %3)</source>
        <translation>正在连接 %1，端口 %2（加密方式：%3）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>已连接到 %1，端口 %2</translation>
    </message>
    <message>
        <source>Starting TLS handshake</source>
        <translation>正在开始 TLS 握手</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>Continuing without certificate verification (opportunistic TLS for direct delivery)</source>
        <translation>跳过证书验证，继续连接（直接投递使用机会性 TLS）</translation>
    </message>
    <message>
        <source>Accepting the certificate anyway: its SHA-256 fingerprint %1 is trusted for this profile</source>
        <translation>仍然接受该证书：其 SHA-256 指纹 %1 已被此账户配置信任</translation>
    </message>
    <message>
        <source>Encrypted with %1, cipher %2</source>
        <translation>已使用 %1 加密，加密套件为 %2</translation>
    </message>
    <message>
        <source>Certificate subject: %1; issuer: %2</source>
        <translation>证书主体：%1；颁发者：%2</translation>
    </message>
    <message>
        <source>Certificate valid from %1 until %2</source>
        <translation>证书有效期：%1 至 %2</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>证书 SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation>证书已验证，对 %1 有效</translation>
    </message>
    <message>
        <source>Certificate not verified, accepted because its fingerprint is pinned</source>
        <translation>证书未经验证，但因其指纹已固定而被接受</translation>
    </message>
    <message>
        <source>Certificate not verified (opportunistic TLS)</source>
        <translation>证书未经验证（机会性 TLS）</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent, before the server confirmed it.</source>
        <translation>整封邮件已发送完毕，但在服务器确认之前连接中断了。</translation>
    </message>
    <message>
        <source>The server closed the connection while %1.</source>
        <translation>服务器在%1时关闭了连接。</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the server name and port.</source>
        <translation>无法连接到 %1：连接被拒绝。请检查服务器名称和端口。</translation>
    </message>
    <message>
        <source>The server “%1” was not found. Check its name and your network connection.</source>
        <translation>找不到服务器“%1”。请检查服务器名称和你的网络连接。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. If this port does not speak TLS from the start, choose STARTTLS (usually port 587).</source>
        <translation>与 %1 的 TLS 握手失败：%2。如果此端口不是一开始就使用 TLS，请选择 STARTTLS（通常为 587 端口）。</translation>
    </message>
    <message>
        <source>The connection failed after the whole message was sent, before the server confirmed it (%1).</source>
        <translation>整封邮件已发送完毕，但在服务器确认之前连接失败（%1）。</translation>
    </message>
    <message>
        <source>The connection to %1 failed while %2: %3</source>
        <translation>%2时，与 %1 的连接失败：%3</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>it is not valid until %1</source>
        <translation>证书要到 %1 才生效</translation>
    </message>
    <message>
        <source>it was issued for “%1”, not for “%2”</source>
        <translation>证书是颁发给“%1”的，而不是“%2”</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>证书是自签名证书</translation>
    </message>
    <message>
        <source>it is signed by an authority this computer does not trust (%1)</source>
        <translation>证书由本机不信任的颁发机构签发（%1）</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1. Its SHA-256 fingerprint is %2. Trust it only if you know this is the right fingerprint for %3.</source>
        <translation>服务器的证书不受信任：%1。其 SHA-256 指纹为 %2。只有在确定这是 %3 的正确指纹时，才可信任此证书。</translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 s after the whole message was sent.</source>
        <translation>整封邮件发送完毕后，服务器未在 %1 秒内确认收到。</translation>
    </message>
    <message>
        <source>The server did not respond within %1 s while %2.</source>
        <translation>%2时，服务器在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting and negotiating TLS</source>
        <translation>连接并协商 TLS</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>waiting for its greeting</source>
        <translation>等待服务器的欢迎信息</translation>
    </message>
    <message>
        <source>introducing ourselves (EHLO)</source>
        <translation>发送问候 (EHLO)</translation>
    </message>
    <message>
        <source>asking for encryption (STARTTLS)</source>
        <translation>请求加密 (STARTTLS)</translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation>协商 TLS</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sending the sender and recipient addresses</source>
        <translation>发送发件人和收件人地址</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>发送邮件</translation>
    </message>
    <message>
        <source>waiting for the server to accept the message</source>
        <translation>等待服务器接收邮件</translation>
    </message>
    <message>
        <source>closing the connection</source>
        <translation>关闭连接</translation>
    </message>
    <message>
        <source>The server stopped the transfer while the message was being sent.</source>
        <translation>发送邮件过程中，服务器中止了传输。</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation>服务器发送了一条未经请求的答复。</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The server refused our introduction (EHLO).</source>
        <translation>服务器拒绝了我们的问候 (EHLO)。</translation>
    </message>
    <message>
        <source>The server refused our introduction (EHLO and HELO).</source>
        <translation>服务器拒绝了我们的问候（EHLO 和 HELO）。</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted and nothing was sent. Choose SSL/TLS (usually port 465) if the server supports it; Mailwright never falls back to plain text.</source>
        <translation>服务器不支持 STARTTLS，因此无法加密连接，未发送任何内容。如果服务器支持 SSL/TLS，请改选 SSL/TLS（通常为 465 端口）；Mailwright 绝不会退回到明文传输。</translation>
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS), so nothing was sent.</source>
        <translation>服务器拒绝启动加密 (STARTTLS)，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before encryption began. This is how a man-in-the-middle attack looks; the connection was closed and nothing was sent.</source>
        <translation>服务器在同意 STARTTLS 之后、加密开始之前发送了数据。这正是中间人攻击的表现；连接已关闭，未发送任何内容。</translation>
    </message>
    <message>
        <source>Mailwright will not send your password over an unencrypted connection. Choose STARTTLS or SSL/TLS, or explicitly allow plain-text authentication for this account.</source>
        <translation>Mailwright 不会通过未加密的连接发送你的密码。请选择 STARTTLS 或 SSL/TLS，或在此账户配置中明确允许通过未加密连接发送密码。</translation>
    </message>
    <message>
        <source>The server does not offer authentication (no AUTH in its EHLO reply), but a user name is set. Remove the user name if this server accepts mail without logging in.</source>
        <translation>服务器不提供身份验证（其 EHLO 答复中没有 AUTH），但已设置了用户名。如果此服务器无需登录即可接收邮件，请删除用户名。</translation>
    </message>
    <message>
        <source>a method Mailwright supports</source>
        <translation>Mailwright 支持的任何身份验证方式</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers: %2.</source>
        <translation>服务器不提供 %1；它提供的是：%2。</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>已以 %1 身份登录</translation>
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation>服务器拒绝了令牌：%1</translation>
    </message>
    <message>
        <source>Logging in as %1 failed.</source>
        <translation>以 %1 身份登录失败。</translation>
    </message>
    <message>
        <source>Connection test passed: %1 answered, encryption (%2) and login worked.</source>
        <translation>连接测试通过：%1 已响应，加密（%2）和登录均正常。</translation>
    </message>
    <message>
        <source>Connection test passed: %1 answered (no encryption).</source>
        <translation>连接测试通过：%1 已响应（未加密）。</translation>
    </message>
    <message>
        <source>The message is %1, but the server accepts at most %2. Nothing was sent: remove or shrink attachments.</source>
        <translation>邮件大小为 %1，但服务器最多只接受 %2。未发送任何内容：请移除附件或减小附件大小。</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support SMTPUTF8 (internationalised addresses). Nothing was sent.</source>
        <translation>有地址的 @ 前面包含非 ASCII 字符，而此服务器不支持 SMTPUTF8（国际化地址）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The server refused the sender address %1.</source>
        <translation>服务器拒绝了发件人地址 %1。</translation>
    </message>
    <message>
        <source>The server refused to take the message (DATA).</source>
        <translation>服务器拒绝接收邮件 (DATA)。</translation>
    </message>
    <message>
        <source>The server refused every recipient, so the message was not sent: %1.</source>
        <translation>服务器拒绝了所有收件人，因此邮件未发送：%1。</translation>
    </message>
    <message>
        <source>Sending stopped because the message could not be read: %1</source>
        <translation>由于无法读取邮件，发送已停止：%1</translation>
    </message>
    <message>
        <source>… %1 message body streamed</source>
        <translation>… 已传输邮件正文 %1</translation>
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation>服务器拒绝了该邮件。</translation>
    </message>
    <message>
        <source>Sent to %1 of %2 recipients; the server refused: %3.</source>
        <translation>已发送给 %2 位收件人中的 %1 位；服务器拒绝了：%3。</translation>
    </message>
    <message>
        <source>The connection was lost before the whole message was sent. It was not delivered; you can send it again.</source>
        <translation>整封邮件发送完成之前连接中断。邮件未投递，你可以重新发送。</translation>
    </message>
    <message>
        <source>The message may have been delivered: check with a recipient before sending it again, or it may arrive twice.</source>
        <translation>邮件可能已经投递：重新发送之前请先向收件人确认，否则对方可能会收到两封。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器答复：%1</translation>
    </message>
    <message>
        <source>Cancelled after the whole message was sent, before the server confirmed it.</source>
        <translation>整封邮件已发送完毕，但在服务器确认之前已取消。</translation>
    </message>
    <message>
        <source>Sending was cancelled before the message was complete; it was not delivered.</source>
        <translation>邮件传输完成之前已取消发送，邮件未投递。</translation>
    </message>
    <message>
        <source>Sending was cancelled; nothing was delivered.</source>
        <translation>已取消发送，未投递任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s). The server said: %1</source>
        <translation>
            <numerusform>已发送给 %n 位收件人。服务器回复：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in with a token (XOAUTH2 or OAUTHBEARER)</source>
        <translation>使用令牌登录（XOAUTH2 或 OAUTHBEARER）</translation>
    </message>
    <message>
        <source>Refused only temporarily (4xx), so worth retrying later: %1.</source>
        <translation>仅被暂时拒绝（4xx），稍后重试值得一试：%1。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed after the server agreed to STARTTLS: %2. The server and Mailwright share no usable TLS version or cipher, or something between them interfered; nothing was sent.</source>
        <translation>服务器同意 STARTTLS 后，与 %1 的 TLS 握手失败：%2。服务器与 Mailwright 没有共同可用的 TLS 版本或加密套件，或者两者之间有东西干扰了连接；没有发送任何内容。</translation>
    </message>
    <message>
        <source>The server ended the session while %1.</source>
        <translation>服务器在%1时结束了会话。</translation>
    </message>
    <message>
        <source>This server offers STARTTLS and login only after it: choose STARTTLS.</source>
        <translation>此服务器提供 STARTTLS，并且只在其之后才允许登录：请选择 STARTTLS。</translation>
    </message>
</context>
<context>
    <name>StatusExplainer</name>
    <message>
        <source>The server requires encryption or authentication first: choose STARTTLS or SSL/TLS in the profile and log in.</source>
        <translation>服务器要求先加密或进行身份验证：请在账户配置中选择 STARTTLS 或 SSL/TLS，并登录。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The server considers this authentication method too weak for the account; choose another method or create an app password.</source>
        <translation>服务器认为此身份验证方式对该账户来说安全性太低；请选择其他方式，或创建应用专用密码。</translation>
    </message>
    <message>
        <source>The server requires encryption for this authentication method: choose STARTTLS or SSL/TLS.</source>
        <translation>服务器要求此身份验证方式必须使用加密连接：请选择 STARTTLS 或 SSL/TLS。</translation>
    </message>
    <message>
        <source>The organisation behind this account has disabled basic (password) authentication for SMTP; an administrator must enable SMTP AUTH for the mailbox, or use OAuth (XOAUTH2).</source>
        <translation>此账户所属的组织已禁用 SMTP 的基本（密码）身份验证；需要管理员为该邮箱启用 SMTP AUTH，或改用 OAuth (XOAUTH2)。</translation>
    </message>
    <message>
        <source>The server only accepts mail from logged-in users: enter a user name and password in the profile.</source>
        <translation>服务器只接收已登录用户发送的邮件：请在账户配置中填写用户名和密码。</translation>
    </message>
    <message>
        <source>The server refused this on policy grounds (for example relaying is not allowed, or the sender address does not belong to this account).</source>
        <translation>服务器因策略原因拒绝了此操作（例如不允许中继，或发件人地址不属于此账户）。</translation>
    </message>
    <message>
        <source>The server's security policy refused this.</source>
        <translation>服务器的安全策略拒绝了此操作。</translation>
    </message>
    <message>
        <source>The recipient's mailbox does not exist: check the address for typing mistakes.</source>
        <translation>收件人邮箱不存在：请检查地址是否输入有误。</translation>
    </message>
    <message>
        <source>The recipient's domain does not exist or does not accept mail.</source>
        <translation>收件人的域名不存在或不接收邮件。</translation>
    </message>
    <message>
        <source>The recipient address is not valid.</source>
        <translation>收件人地址无效。</translation>
    </message>
    <message>
        <source>The server does not accept the sender address.</source>
        <translation>服务器不接受该发件人地址。</translation>
    </message>
    <message>
        <source>The recipient's domain declares that it accepts no mail (null MX).</source>
        <translation>收件人的域名声明不接收任何邮件 (null MX)。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is disabled.</source>
        <translation>收件人邮箱已停用。</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation>收件人邮箱已满。</translation>
    </message>
    <message>
        <source>The message is too large for the server: remove or shrink attachments.</source>
        <translation>邮件太大，服务器无法接收：请移除附件或减小附件大小。</translation>
    </message>
    <message>
        <source>The server refused this for now for security reasons (for example too many attempts); try again later.</source>
        <translation>出于安全原因，服务器暂时拒绝了此操作（例如尝试次数过多）；请稍后再试。</translation>
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation>服务器无法识别某个命令。</translation>
    </message>
    <message>
        <source>The server refused the message's content.</source>
        <translation>服务器拒绝了邮件内容。</translation>
    </message>
    <message>
        <source>A temporary problem on the server: try again later.</source>
        <translation>服务器出现临时问题：请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused an address.</source>
        <translation>服务器拒绝了某个地址。</translation>
    </message>
    <message>
        <source>The recipient's mailbox cannot take the message.</source>
        <translation>收件人邮箱无法接收该邮件。</translation>
    </message>
    <message>
        <source>The receiving mail system cannot take the message.</source>
        <translation>接收方邮件系统无法接收该邮件。</translation>
    </message>
    <message>
        <source>The message could not be routed to its destination.</source>
        <translation>无法将邮件路由到目的地。</translation>
    </message>
    <message>
        <source>The server reported a protocol error.</source>
        <translation>服务器报告了协议错误。</translation>
    </message>
    <message>
        <source>The server is not available right now and closed the connection; try again later.</source>
        <translation>服务器当前不可用，已关闭连接；请稍后再试。</translation>
    </message>
    <message>
        <source>The mailbox is temporarily unavailable; try again later.</source>
        <translation>邮箱暂时不可用；请稍后再试。</translation>
    </message>
    <message>
        <source>The server had a local error; try again later.</source>
        <translation>服务器发生本地错误；请稍后再试。</translation>
    </message>
    <message>
        <source>The server is short of storage or got too many recipients; try again later or send to fewer recipients at once.</source>
        <translation>服务器存储空间不足或收件人过多；请稍后再试，或减少每次发送的收件人数量。</translation>
    </message>
    <message>
        <source>The server cannot do this right now (TLS or authentication temporarily unavailable); try again later.</source>
        <translation>服务器目前无法执行此操作（TLS 或身份验证暂时不可用）；请稍后再试。</translation>
    </message>
    <message>
        <source>The server cannot accept the parameters right now; try again later.</source>
        <translation>服务器目前无法接受这些参数；请稍后再试。</translation>
    </message>
    <message>
        <source>The server did not accept a command or its arguments.</source>
        <translation>服务器不接受某个命令或其参数。</translation>
    </message>
    <message>
        <source>The server expected the commands in another order.</source>
        <translation>服务器要求按其他顺序发送命令。</translation>
    </message>
    <message>
        <source>The server requires authentication: enter a user name and password in the profile.</source>
        <translation>服务器要求身份验证：请在账户配置中填写用户名和密码。</translation>
    </message>
    <message>
        <source>The server considers this authentication method too weak for the account.</source>
        <translation>服务器认为此身份验证方式对该账户来说安全性太低。</translation>
    </message>
    <message>
        <source>The server requires encryption for this authentication method.</source>
        <translation>服务器要求此身份验证方式必须使用加密连接。</translation>
    </message>
    <message>
        <source>The mailbox is unavailable or the server refused the address.</source>
        <translation>邮箱不可用，或服务器拒绝了该地址。</translation>
    </message>
    <message>
        <source>The recipient is not local to this server.</source>
        <translation>收件人不是此服务器的本地用户。</translation>
    </message>
    <message>
        <source>The server does not allow this mailbox name.</source>
        <translation>服务器不允许使用此邮箱名称。</translation>
    </message>
    <message>
        <source>The server refused the transaction.</source>
        <translation>服务器拒绝了此次邮件事务。</translation>
    </message>
    <message>
        <source>The server did not recognise the MAIL or RCPT parameters.</source>
        <translation>服务器无法识别 MAIL 或 RCPT 参数。</translation>
    </message>
    <message>
        <source>The server refused this permanently.</source>
        <translation>服务器永久拒绝了此操作。</translation>
    </message>
    <message>
        <source>QQ Mail needs an authorization code generated in its web settings (Settings → Account → POP3/SMTP), not your QQ password.</source>
        <translation>QQ 邮箱需要使用在网页版设置（设置 → 账户 → POP3/SMTP）中生成的授权码，而不是 QQ 密码。</translation>
    </message>
    <message>
        <source>NetEase mail (163, 126, yeah.net) needs an authorization code generated in its web settings, not your login password.</source>
        <translation>网易邮箱（163、126、yeah.net）需要使用在网页版设置中生成的授权码，而不是登录密码。</translation>
    </message>
    <message>
        <source>This provider needs SMTP enabled in its web settings and an authorization code instead of your login password.</source>
        <translation>此邮箱服务商需要在网页版设置中开启 SMTP，并使用授权码代替登录密码。</translation>
    </message>
    <message>
        <source>Gmail needs an app password (with 2-step verification) or OAuth (XOAUTH2), not your Google password.</source>
        <translation>Gmail 需要使用应用专用密码（需开启两步验证）或 OAuth (XOAUTH2)，而不是你的 Google 密码。</translation>
    </message>
    <message>
        <source>The server only sends mail whose sender is the account you log in with: use the login address as the From address.</source>
        <translation>此服务器只发送发件人与登录账号一致的邮件：请用登录地址作为发件人（From）地址。</translation>
    </message>
    <message>
        <source>The provider's spam filter (NetEase 163/126) refused the message: change its content (subject, links, attachments) or send fewer messages at a time, then try again later.</source>
        <translation>邮件服务商的反垃圾邮件过滤（网易 163/126）拒绝了这封邮件：请修改内容（主题、链接、附件）或减少一次发送的数量，然后稍后再试。</translation>
    </message>
    <message>
        <source>This refusal is temporary: sending to this recipient again later is worth trying.</source>
        <translation>这是暂时性的拒绝：稍后再次发送给此收件人值得一试。</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Server Conversation</source>
        <translation>服务器对话</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
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
        <translation>已通过固定的指纹信任</translation>
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
        <source>Filter lines</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Filter the conversation</source>
        <translation>筛选对话</translation>
    </message>
    <message>
        <source>Copy the selection, or every shown line</source>
        <translation>复制所选内容；未选择时复制所有显示的行</translation>
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
<context>
    <name>main</name>
    <message>
        <source>Write a message and send it, watching the server conversation.</source>
        <translation>撰写并发送邮件，同时查看与服务器的对话。</translation>
    </message>
    <message>
        <source>Attach FILE to the new message (repeatable).</source>
        <translation>将 FILE 添加为新邮件的附件（可重复使用）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A mailto: link (RFC 6068) to fill the new message with.</source>
        <translation>用于填写新邮件的 mailto: 链接（RFC 6068）。</translation>
    </message>
    <message>
        <source>Give at most one mailto: link.</source>
        <translation>最多只能给出一个 mailto: 链接。</translation>
    </message>
    <message>
        <source>“%1” is not a mailto: link.</source>
        <translation>“%1”不是 mailto: 链接。</translation>
    </message>
</context>
</TS>