/** English skeleton → Simplified Chinese. Generated entries are edited by hand; keep the {n} placeholders. */
export const sentences: Readonly<Record<string, string>> = {
  '(Update NemoClaw itself: it pins the OpenClaw build inside the sandbox, so updating OpenClaw inside the sandbox does not stick.)':
    '（更新 NemoClaw 本身：它固定了沙箱内的 OpenClaw 版本，所以在沙箱内更新 OpenClaw 不会生效。）',
  '({0} shipped in {1}, not {2}, whatever the changelog heading says.)': '（{0} 是在 {1} 中发布的，不是 {2}，不管 changelog 标题怎么写。）',
  'A browser coming through it is still a new remote device and needs its one approval afterwards.':
    '经由它进来的浏览器仍然是新的远程设备，之后需要批准一次。',
  'A device on your gateway is asking for more access than it was paired with, and OpenClaw {0} never grants a scope upgrade silently, not even on loopback.':
    '你的网关上有一个设备在请求比配对时更多的权限，而 OpenClaw {0} 从不静默批准 scope 升级，即使在 loopback 上也不会。',
  'A device on your gateway is asking for more access than it was paired with.': '你的网关上有一个设备在请求比配对时更多的权限。',
  'A gateway HTTP endpoint answered {0} {1}: the request carried no bearer token or the wrong one.':
    '网关的 HTTP 端点返回了 {0} {1}：请求没有带 bearer token，或者带错了。',
  'A gateway call was refused with {0}: the connection is open but was granted fewer scopes than this method needs (it lacks {1}).':
    '一次网关调用被以 {0} 拒绝：连接是开着的，但获得的 scope 少于这个方法所需（缺少 {1}）。',
  'A node on the gateway host itself stops needing this on newer builds ({0} {1} allows silent local role upgrades, {2} {3} treats a loopback {4} as local); a node on another machine always needs one approval.':
    '在较新的版本上，网关主机本机上的节点不再需要这一步（{0} {1} 允许静默的本地角色升级，{2} {3} 把 loopback 上的 {4} 视为本地）；另一台机器上的节点总是需要批准一次。',
  'A pending request from {0}, a public address and not this host, asks for {1} as {2} {3}.':
    '一个来自 {0} 的待处理请求（这是公网地址，不是这台主机）以 {2} {3} 的身份请求 {1}。',
  'A request you did not cause can be rejected with {0}.': '不是你发起的请求可以用 {0} 拒绝。',
  'A setup code is a secret until it is used: do not post it or its QR here.': '设置码在使用前就是密钥：不要把它或它的二维码贴在这里。',
  'A third-party app or client must send its own device identity (a key pair that signs the connect challenge); if it has none, that client needs an update before it can pair at all.':
    '第三方应用或客户端必须发送它自己的设备身份（一个对连接质询签名的密钥对）；如果它没有，那个客户端需要更新后才能配对。',
  'A {0} line names the real cause (most often the gateway token, missing or wrong); no line at all means the connection never arrives:':
    '{0} 那一行会写明真正的原因（最常见的是网关 token 缺失或错误）；完全没有这一行说明连接根本没有到达：',
  "AEGIS is a separate client: compare its version with the gateway's and update it (or report the error to its authors with both versions).":
    'AEGIS 是一个独立的客户端：比较它和网关的版本并更新它（或者把错误连同两边的版本报告给它的作者）。',
  'Add {0} (or {1}) to the same command you ran with {2}.': '在你用 {2} 运行的同一条命令上加上 {0}（或 {1}）。',
  'Add {0} to the same command:': '在同一条命令上加上 {0}：',
  'Adding scopes: roles and scopes are different checks.': '添加 scope：角色和 scope 是不同的检查。',
  'After many failed tries the gateway locks the client out for {0} minutes ({1}): once the credential is fixed, wait or restart the gateway.':
    '多次失败后，网关会把客户端锁定 {0} 分钟（{1}）：凭据修好后，等待或重启网关。',
  'Afterwards, check that the app or node shows up as paired:': '然后检查应用或节点是否显示为已配对：',
  'Allow the prompt, or approve that request by its id:': '允许该提示，或者按 id 批准那个请求：',
  'Also in your paste: a gateway method was refused for a missing operator scope ({0}).':
    '你贴的内容里还有：一个网关方法因缺少 operator scope 被拒绝（{0}）。',
  'Also in your paste: browser origin is not allowed by the gateway ({0}).': '你贴的内容里还有：浏览器的 origin 不被网关允许（{0}）。',
  'Also in your paste: client and gateway disagree on the protocol or handshake ({0} / {1}).':
    '你贴的内容里还有：客户端和网关的协议或握手（handshake）不一致（{0} / {1}）。',
  'Also in your paste: client connected with neither a device identity nor a valid gateway token ({0}).':
    '你贴的内容里还有：客户端连接时既没有设备身份（device identity），也没有有效的网关 token（{0}）。',
  'Also in your paste: connect handshake timed out ({0}, close {1} with no reason).':
    '你贴的内容里还有：连接握手（handshake）超时（{0}，以 {1} 关闭且没有原因）。',
  'Also in your paste: control UI opened over plain HTTP from another machine (no secure context for device identity).':
    '你贴的内容里还有：Control UI 从另一台机器通过明文 HTTP 打开（没有用于设备身份的安全上下文）。',
  'Also in your paste: gateway locked the client out after too many failed logins ({0}).':
    '你贴的内容里还有：登录失败次数过多，网关暂时锁定了该客户端（{0}）。',
  'Also in your paste: reverse-proxy / trusted-proxy authentication failed.': '你贴的内容里还有：反向代理 / trusted-proxy 认证失败。',
  'And your build: some builds need an upgrade rather than an approval:': '以及你的版本：有些版本需要升级而不是批准：',
  'Another approve of the newest id: the record it lands on is the stale one.': '再批准一次最新的 id：它落到的记录就是那条过期记录。',
  'Approve it from the Control UI (Devices) or from another device paired with {0}.':
    '从 Control UI（Devices）或另一台以 {0} 配对的设备批准。',
  'Approve it from the Control UI (Devices), which runs with {0}, or from another admin device.':
    '从 Control UI（Devices）批准，它以 {0} 运行，或从另一台有 admin 的设备批准。',
  'Approve it right after listing it.': '列出后立即批准它。',
  'Approve it right after listing:': '列出后立即批准它：',
  'Approve it right away (on the gateway host, same user, no {0}): ids expire after {1} minutes and change when a client retries with other scopes:':
    '立即批准它（在网关主机上，同一用户，不要加 {0}）：id 在 {1} 分钟后过期，客户端以其他 scope 重试时也会变：',
  'Approve only a request you recognise.': '只批准你认得的请求。',
  'Approve only devices you recognise: check the platform, client and IP in the list.':
    '只批准你认得的设备：在列表中检查平台、客户端和 IP。',
  'Approve that request by its request id; remove the dead paired rows it left with {0} (the rows of that app that never connect again):':
    '按请求 id 批准那个请求；用 {0} 删除它留下的失效已配对行（该应用那些再也不会连接的行）：',
  'Approve that request right after listing it (ids change when a client retries and expire after {0} minutes):':
    '列出后立即批准那个请求（客户端重试时 id 会变，{0} 分钟后过期）：',
  'Approve that requestId right after listing (ids change when the device retries and expire after {0} minutes):':
    '列出后立即批准那个 requestId（设备重试时 id 会变，{0} 分钟后过期）：',
  'Approve the current one in the same breath as listing it.': '在列出请求的同时立即批准当前这个。',
  'Approve the current request for that device, right after listing:': '列出后立即批准该设备当前的请求：',
  'Approve the current request in the same breath as listing it.': '在列出请求的同时立即批准当前的请求。',
  'Approve the current request; a remove or re-pair is not needed.': '批准当前的请求即可；不需要删除或重新配对。',
  "Approve the new device's request, right after listing:": '列出后立即批准新设备的请求：',
  "Approve the newest pending row of the browser (client {0}, the browser's IP) right after listing: ids expire after {1} minutes and change on retries.":
    '列出后立即批准浏览器最新的待处理行（客户端 {0}，浏览器的 IP）：id 在 {1} 分钟后过期，重试时会变。',
  "Approve the newest pending row of the client (the client's name and IP) right after listing: ids expire after {0} minutes and change on retries.":
    '列出后立即批准该客户端最新的待处理行（看客户端的名称和 IP）：id 在 {0} 分钟后过期，重试时会变。',
  "Approve the newest pending row of the desktop app (the app's platform and IP) right after listing: ids expire after {0} minutes and change on retries.":
    '列出后立即批准桌面应用最新的待处理行（看应用的平台和 IP）：id 在 {0} 分钟后过期，重试时会变。',
  "Approve the newest pending row of the device (the client's name and IP) right after listing: ids expire after {0} minutes and change on retries.":
    '列出后立即批准该设备最新的待处理行（看客户端的名称和 IP）：id 在 {0} 分钟后过期，重试时会变。',
  "Approve the newest pending row of the phone app (the phone's platform and IP) right after listing: ids expire after {0} minutes and change on retries.":
    '列出后立即批准手机应用最新的待处理行（看手机的平台和 IP）：id 在 {0} 分钟后过期，重试时会变。',
  "Approve the node's newest row by its request id (not its device id), right after listing: ids expire after {0} minutes and change on retries:":
    '列出后立即按请求 id（不是设备 id）批准节点最新的那一行：id 在 {0} 分钟后过期，重试时会变：',
  'Approve the pending request now; upgrade to {0} or newer so it stops coming back.':
    '现在批准待处理的请求；再升级到 {0} 或更新版本，让它不再出现。',
  "Approve the pending request of this host's own device ({0} {1}; not your Control UI) right after listing: ids expire after {2} minutes and change on retries:":
    '列出后立即批准这台主机自己的设备的待处理请求（{0} {1}；不是你的 Control UI）：id 在 {2} 分钟后过期，重试时会变：',
  'Approve the pending request whose {0} is {1} right after listing: ids expire after {2} minutes and change on retries:':
    '列出后立即批准 {0} 为 {1} 的待处理请求：id 在 {2} 分钟后过期，重试时会变：',
  'Approve the pending upgrade instead (approve does have the fallback), or re-pair.':
    '改为批准待处理的升级（approve 有回退），或者重新配对。',
  "Approve the removed device's new request right away (ids expire after {0} minutes):":
    '立即批准被删除设备的新请求（id 在 {0} 分钟后过期）：',
  "Approve the sender's code from that list:": '从那个列表中批准发送者的配对码：',
  "Approve the sender's code with the channel it came from (for Telegram, as below):":
    '用它来自的频道批准发送者的配对码（Telegram 的写法如下）：',
  'Approve:': '批准：',
  'Approving again, or a list+approve loop: the next start brings yet another identity.':
    '再批准一次，或者用列出加批准的循环：下次启动又会带来另一个身份。',
  'Approving again from the same device: it will be refused the same way.': '从同一台设备再批准一次：它会以同样的方式被拒绝。',
  'Approving an id you copied earlier: once replaced or expired it answers {0} every time.':
    '批准你之前复制的 id：一旦被替换或过期，它每次都会返回 {0}。',
  'Approving gives that device the scopes its request lists (check them in {0}).':
    '批准会给这个设备它的请求中列出的 scope（在 {0} 中检查）。',
  'Approving gives that device {0}.': '批准会给这个设备 {0}。',
  'Approving lets that machine run what agents ask of it: approve only nodes you set up yourself, and check the IP in the list.':
    '批准就意味着允许那台机器执行 agent 让它做的事：只批准你自己设置的节点，并检查列表中的 IP。',
  'Approving lets that machine run what the agent asks of it: approve only nodes you set up yourself.':
    '批准就意味着允许那台机器执行 agent 让它做的事：只批准你自己设置的节点。',
  'Approving or removing devices: device pairing is a different store.': '批准或删除设备：设备配对是另一个存储。',
  'Approving or removing devices: nothing reached the gateway, so there is no pairing request behind this.':
    '批准或删除设备：什么都没到达网关，所以背后没有配对请求。',
  'Approving, removing or clearing devices: approvals do not stop a token that changes at every restart, and removing a device only adds a real pairing problem on top.':
    '批准、删除或清空设备：批准无法阻止每次重启都变化的 token，删除设备只会再添加一个真正的配对问题。',
  'Approving, removing or clearing devices: no pairing request is behind this error, and removing a device only adds a real pairing problem on top.':
    '批准、删除或清空设备：这个错误背后没有配对请求，删除设备只会再添加一个真正的配对问题。',
  'At least {0} paired records are named {1}: they are stale records of the same app.':
    '至少有 {0} 条已配对记录的名字都是 {1}：它们是同一个应用的过期记录。',
  'Behind a reverse proxy that rewrites the Host header, check the proxy forwards the original Host.':
    '如果在会改写 Host 头的反向代理后面，确认代理转发了原始的 Host。',
  'Best: serve the Control UI over HTTPS, e.g. with Tailscale Serve in front of the gateway, and open the {0} address.':
    '最佳做法：通过 HTTPS 提供 Control UI，例如在网关前面放 Tailscale Serve，然后打开 {0} 地址。',
  'Best: use {0} for the remote URL, e.g. with Tailscale Serve in front of the gateway, and set {1} to that {2} address.':
    '最佳做法：远程 URL 使用 {0}，例如在网关前面放 Tailscale Serve，然后把 {1} 设为那个 {2} 地址。',
  'Break-glass for a private-network IP only (credentials still travel unencrypted on your LAN):':
    '仅限私有网络 IP 的应急做法（凭据在你的局域网上仍以明文传输）：',
  "Changing the client's password: the gateway side is what is missing.": '更换客户端的密码：缺的是网关那一侧。',
  "Changing the client's token: the gateway side is what is missing.": '更换客户端的 token：缺的是网关那一侧。',
  'Changing the gateway token: the device record is what is gone.': '更换网关 token：丢失的是设备记录。',
  'Changing the gateway token: the device signature is what fails.': '更换网关 token：失败的是设备签名。',
  'Changing tokens or {0}: the handshake fails before auth matters.': '更换 token 或 {0}：握手（handshake）在认证之前就失败了。',
  'Changing tokens: authentication already succeeded.': '更换 token：认证已经成功了。',
  'Changing tokens: the connection never got as far as auth.': '更换 token：连接根本没走到认证那一步。',
  'Changing tokens: the request is refused before auth is read.': '更换 token：请求在读取认证信息之前就被拒绝了。',
  'Channel pairing codes expire after an hour; a new message from them makes a new code.':
    '频道配对码一小时后过期；对方再发一条消息就会生成新的码。',
  'Check both report the same version:': '确认两边报告的版本（version）相同：',
  'Check that Tailscale login is enabled on the gateway:': '检查网关是否启用了 Tailscale 登录：',
  "Check that the URL and port are the gateway's WebSocket port ({0} by default), not a web server or proxy path in front of it; a proxy must pass the {1} headers.":
    '检查 URL 和端口是网关的 WebSocket 端口（默认 {0}），而不是它前面的 Web 服务器或代理路径；代理必须转发 {1} 头。',
  'Check that the gateway is running and healthy:': '检查网关是否在运行且状态正常：',
  'Check that the warning is gone:': '确认警告已经消失：',
  'Check the auth mode on the gateway host:': '在网关主机上检查认证模式：',
  'Check the auth mode:': '检查认证模式：',
  'Check the release notes of your build for pairing changes, and paste {0} if the approve does not stick.':
    '查看你这个版本的发行说明中有关配对的变化，如果批准没有生效，把 {0} 贴出来。',
  'Check the version on the client machine and on the gateway host:': '在客户端机器和网关主机上检查版本（version）：',
  'Check the version on the client machine and on the gateway host; they should be the same release:':
    '在客户端机器和网关主机上检查版本（version）；它们应该是同一个发行版：',
  'Check where things stand: if your device is listed under {0} with the scopes it wanted and nothing is pending for it, you are done: retry what failed.':
    '查看当前状态：如果你的设备列在 {0} 下，拥有它想要的 scope，且没有它的待处理请求，那就好了：重试之前失败的操作。',
  'Check whether the gateway service is running and which port it uses:': '检查网关服务是否在运行以及它使用哪个端口：',
  'Check whether {0} is set in this shell (it overrides the config, and an old value is the usual cause after a password change):':
    '检查这个 shell 里是否设置了 {0}（它会覆盖配置，更换密码后残留的旧值是常见原因）：',
  'Check whether {0} is set in this shell (it overrides the config, and an old value is the usual cause after a token change):':
    '检查这个 shell 里是否设置了 {0}（它会覆盖配置，更换 token 后残留的旧值是常见原因）：',
  'Check which auth mode it uses ({0}):': '检查它使用哪种认证模式（{0}）：',
  "Check which proxy addresses the gateway trusts; list your proxy's own address exactly, as narrowly as possible:":
    '检查网关信任哪些代理地址；准确列出你的代理自己的地址，范围越窄越好：',
  'Check which scopes this device holds, and whether a scope upgrade for it is pending (on the gateway host):':
    '检查这个设备拥有哪些 scope，以及它是否有待处理的 scope 升级（在网关主机上）：',
  'Check {0} (token or password), and that nothing sets {1} on the gateway host.':
    '检查 {0}（token 或密码），并确认网关主机上没有任何地方设置了 {1}。',
  'Chowder connected without a device identity and without a valid gateway token or password ({0}), so the gateway could not even create a pairing request.':
    'Chowder 连接时既没有设备身份（device identity），也没有有效的网关 token 或密码（{0}），所以网关连配对请求都无法创建。',
  'Chowder must send its own device identity (a key pair that signs the connect challenge); if it has none, it needs an update before it can pair at all.':
    'Chowder 必须发送它自己的设备身份（一个对连接质询签名的密钥对）；如果它没有，就需要更新后才能配对。',
  'ClawPanel and the gateway speak different protocol versions ({0}): a version skew between them, not a pairing problem.':
    'ClawPanel 和网关使用的协议版本不同（{0}）：是两者之间的版本不一致，不是配对问题。',
  "Compare the client app's version with the gateway's (a client newer or older than the gateway is a common cause), and update the older side:":
    '比较客户端应用和网关的版本（客户端比网关新或旧是常见原因），并更新较旧的一方：',
  'Compare the clocks of the client and the gateway host (run on both); they must agree within {0} minutes:':
    '比较客户端和网关主机的时钟（两边都运行）；它们的误差必须在 {0} 分钟以内：',
  'Connect with the shared gateway token (or password): a client that has it does not depend on the device token.':
    '用共享的网关 token（或密码）连接：有它的客户端不依赖 device token。',
  'Connect with the shared gateway token instead of a stored device token: a CLI or backend client that has the gateway token gets the scopes it asks for.':
    '用共享的网关 token 连接，而不是保存的 device token：有网关 token 的 CLI 或后端客户端会得到它请求的 scope。',
  'Copying values from {0} output into the config: sensitive values print redacted.':
    '把 {0} 输出中的值复制进配置：敏感值打印出来是打码的。',
  'Deleting all of {0}: you lose config, agents and credentials, not just the pairing.':
    '删除整个 {0}：你会丢失配置、agent 和凭据，而不只是配对。',
  'Do not approve requests you do not recognise.': '不要批准你不认得的请求。',
  'Do not paste it here:': '不要把它贴在这里：',
  'Do not paste the password here.': '不要把密码贴在这里。',
  'Do not paste the token here.': '不要把 token 贴在这里。',
  'Each retry with other scopes replaces the pending request with a new id.': '每次带其他 scope 的重试都会用新 id 替换待处理的请求。',
  'Edit {0} on the gateway host; it is JSON5, so comments and trailing commas are fine.':
    '在网关主机上编辑 {0}；它是 JSON5 格式，可以有注释和尾随逗号。',
  'Editing {0} / {1} by hand: the gateway owns those files and rewrites them.': '手动编辑 {0} / {1}：这些文件归网关所有，它会重写它们。',
  'Editing {0} again and only restarting: the service keeps its own copy until it is reinstalled.':
    '再次编辑 {0} 然后只重启：服务会保留它自己的副本，直到重新安装。',
  'Editing {0} by hand: the gateway owns it and rewrites it.': '手动编辑 {0}：这个文件归网关所有，它会重写它。',
  'Editing {0} by hand: the gateway rewrites them and hand-written entries are not recognised.':
    '手动编辑 {0}：网关会重写这些文件，手写的条目不会被识别。',
  'Either open the Control UI from the gateway host itself, at {0}, with a fresh link:':
    '要么在网关主机本机上用新链接打开 Control UI，地址是 {0}：',
  'Either spawn from the top-level agent instead of from a sub-agent, or raise the limit:\n{0}':
    '要么从顶层 agent 而不是子 agent 发起 spawn，要么调大限制：\n{0}',
  'Every token of your {0} {1} is revoked, so it has no role left and each connect asks for one again (role upgrade).':
    '你的 {0} {1} 的所有 token 都被撤销了，所以它没有任何角色，每次连接都会重新请求一个（role upgrade）。',
  'Find and fix the credential that keeps failing first (usually a wrong gateway token or password, e.g. an old {0} or a stale Control UI tab retrying).':
    '先找到并修好一直失败的凭据（通常是错误的网关 token 或密码，例如旧的 {0}，或一个还在重试的旧 Control UI 标签页）。',
  "Find the proxy hop's address as the gateway sees it (the {0} of the gateway's {1} lines, e.g. the Docker network's gateway IP), and see what is trusted now:":
    '找到网关看到的代理那一跳的地址（网关 {1} 行中的 {0}，例如 Docker 网络的网关 IP），并查看现在信任的是什么：',
  "Find this client's {0} in the paired list (on the gateway host):": '在已配对列表中找到这个客户端的 {0}（在网关主机上）：',
  'Fixed: your device is approved ({0} shows the scopes it holds now).': '已修复：你的设备已被批准（{0} 会显示它现在拥有的 scope）。',
  'Fixed: your device {0} is approved ({1} shows the scopes it holds now).':
    '已修复：你的设备 {0} 已被批准（{1} 会显示它现在拥有的 scope）。',
  'Fixed: your device {0} now holds {1}.': '已修复：你的设备 {0} 现在拥有 {1}。',
  "For a local CLI that is {0} in its {1}; for a remote gateway set {2} to the gateway's {3}.":
    '本地 CLI 就是它的 {1} 中的 {0}；远程网关则把 {2} 设为网关的 {3}。',
  'For next time: approve takes the pending {0} from {1} (or {2}), never an IP address or a deviceId.':
    '下次注意：approve 接受的是 {1}（或 {2}）里待处理的 {0}，绝不是 IP 地址或 deviceId。',
  'From the Control UI or another admin device, remove the stuck record and let the device pair again:':
    '从 Control UI 或另一台 admin 设备删除卡住的记录，然后让设备重新配对：',
  "From the removed device, connect once with the gateway's shared token (it has no device token any more; {0} in its config, or {1} with {2}), so the gateway files a new pending request.":
    '从被删除的设备上，用网关的共享 token 连接一次（它已经没有 device token 了；在它的配置中设置 {0}，或用 {1} 加 {2}），这样网关会生成一个新的待处理请求。',
  "From what you describe, the Control UI (dashboard) is not getting the gateway's own token (the gateway refuses it before anything else happens); this is not a pairing problem.":
    '从你的描述看，Control UI（控制面板）没有拿到网关自己的 token（网关在其他任何事情之前就拒绝了它）；这不是配对问题。',
  "From what you describe, the client fails before its connection reaches the gateway's pairing step (at TLS): no request was created, so there is nothing to approve yet.":
    '从你的描述看，客户端在连接到达网关的配对步骤之前（在 TLS 阶段）就失败了：没有创建请求，所以现在还没有要批准的东西。',
  "From what you describe, the client fails before its connection reaches the gateway's pairing step: no request was created, so there is nothing to approve yet.":
    '从你的描述看，客户端在连接到达网关的配对步骤之前就失败了：没有创建请求，所以现在还没有要批准的东西。',
  'From your config, the Control UI is opened over plain HTTP from another machine and the insecure-auth / device-auth switches are on, yet it still does not connect: those switches do not give the browser a device identity (newer builds ignore them).':
    '从你的配置看，Control UI 是从另一台机器通过明文 HTTP 打开的，而且打开了 insecure-auth / device-auth 开关，却仍然连不上：这些开关不会给浏览器设备身份（device identity）（较新的版本会忽略它们）。',
  'Gateway log lines around the failure help most: {0}.': '失败前后的网关日志行最有帮助：{0}。',
  'Gateway tokens, {0} or a gateway restart alone: the gateway refused nothing here; the agent config did.':
    '网关 token、{0} 或单纯重启网关：这里网关没有拒绝任何东西，是 agent 配置拒绝的。',
  'Generate a gateway token and store it as {0}:': '生成一个网关 token 并保存为 {0}：',
  'Generate a new gateway token, restart the gateway, then update every client that uses it ({0}, the Control UI).':
    '生成新的网关 token，重启网关，然后更新所有使用它的客户端（{0}、Control UI）。',
  'Get a tokenized link to open (on the gateway host):': '获取一个带 token 的链接来打开（在网关主机上）：',
  'Get the current id for your device and approve it in the same breath.': '获取你的设备当前的 id，并在同一时间批准它。',
  'Get the current id for your {0} {1} and approve it in the same breath.': '获取你的 {0} {1} 当前的 id，并在同一时间批准它。',
  'Give clients the new token: a fresh Control UI link (below), {0} on remote CLIs.':
    '把新 token 给客户端：新的 Control UI 链接（见下），远程 CLI 用 {0}。',
  'Give clients the password: the Control UI via a tokenized link (below), remote CLIs via {0}.':
    '把密码给客户端：Control UI 用带 token 的链接（见下），远程 CLI 用 {0}。',
  'Give clients the token: the Control UI via a tokenized link (below), remote CLIs via {0}.':
    '把 token 给客户端：Control UI 用带 token 的链接（见下），远程 CLI 用 {0}。',
  'Give every client that same token: the Control UI through a fresh {0} link, an app or browser extension in its gateway settings.':
    '给每个客户端同一个 token：Control UI 通过新的 {0} 链接，应用或浏览器扩展在它们的网关设置中填写。',
  'Give the app or client that same token, then let it reconnect; if it still asks to be approved after that, approve its one pending request from {0}.':
    '给应用或客户端同一个 token，然后让它重新连接；如果之后它仍然请求批准，就从 {0} 批准它那一个待处理的请求。',
  'Give the client the shared gateway token (or password): with a valid shared secret it may connect without a device identity.':
    '给客户端共享的网关 token（或密码）：有了有效的共享密钥，它可以不带设备身份连接。',
  'Glad it works now with {0}: nothing more to do here.': '很高兴现在用 {0} 好了：这里没有其他需要做的了。',
  'Glad it works now: nothing more to do here.': '很高兴现在好了：这里没有其他需要做的了。',
  'HTTP calls do not use device pairing, so this is not a pairing problem.': 'HTTP 调用不使用设备配对，所以这不是配对问题。',
  'Have the agent pass an explicit {0} (the {1} tool shows the allowed ids).': '让 agent 显式传入 {0}（{1} 工具会列出允许的 id）。',
  "I didn't find OpenClaw pairing or gateway-connection evidence in this, so I won't guess.":
    '我在这里没有找到 OpenClaw 配对或网关连接的证据，所以不会乱猜。',
  'If a Control UI or another device already holds {0}, approve from there; otherwise re-pair the CLI first.':
    '如果 Control UI 或另一台设备已经拥有 {0}，就从那里批准；否则先重新配对 CLI。',
  'If a client then reports {0}, that is a real pairing request: paste the output of {1} here.':
    '如果之后某个客户端报告 {0}，那是真正的配对请求：把 {1} 的输出贴在这里。',
  'If a command or {0} fails, paste its full error output (the {1} line and the {2} block under it).':
    '如果某个命令或 {0} 失败，贴出它完整的错误输出（{1} 那一行和它下面的 {2} 块）。',
  'If a new request is pending for your device, approve that id right away: {0}.': '如果你的设备有新的待处理请求，立即批准那个 id：{0}。',
  'If a request is still pending after that (a browser, an app, or this CLI on a build that kept it), approve it the same way:':
    '如果之后仍有待处理的请求（浏览器、应用，或在保留了它的版本上的这个 CLI），用同样的方式批准：',
  'If a reverse proxy sits in front of the gateway, make sure it passes WebSocket upgrades (the {0} headers) and does not buffer frames.':
    '如果网关前面有反向代理，确保它转发 WebSocket 升级（{0} 头）并且不缓冲帧。',
  "If approve answers that no pending request matches, the code expired (codes last one hour, and a new DM makes a new one) or the CLI reads another state directory than the gateway: send a new DM, then list and approve right away from the gateway's own context.":
    '如果 approve 回答没有匹配的待处理请求，说明配对码过期了（配对码有效期一小时，新的私信会生成新码），或者 CLI 读取的状态目录与网关不同：发一条新私信，然后立即在网关自己的环境中列出并批准。',
  'If approving keeps failing, re-pair with a fresh identity, then remove the old record:':
    '如果批准一直失败，用新身份重新配对，然后删除旧记录：',
  'If it answers {0}, the id was replaced or expired: do not retry it.': '如果它返回 {0}，说明这个 id 已被替换或过期：不要再重试它。',
  'If it comes back after an update: keep the client (app, panel, extension) and the gateway on releases that speak the same protocol, updating the client when the gateway moves.':
    '如果更新后又出现：让客户端（应用、面板、扩展）和网关使用协议一致的版本，网关升级时也升级客户端。',
  'If it comes back, or it only works while {0} runs in a window: check the service with {1} and reinstall it from the current config with {2}.':
    '如果它再次出现，或者只在 {0} 在某个窗口里运行时才正常：用 {1} 检查服务，并用 {2} 从当前配置重新安装它。',
  "If it comes back: give the client the gateway's current {0} again (for the Control UI, a fresh link from {1}), and don't reuse a token from another gateway.":
    '如果它再次出现：重新给客户端网关当前的 {0}（Control UI 用 {1} 生成的新链接），不要使用另一个网关的 token。',
  "If it comes back: open a fresh tokenized link from {0}, or paste the gateway's {1} into the client's settings.":
    '如果它再次出现：用 {0} 打开一个新的带 token 的链接，或者把网关的 {1} 粘贴到客户端的设置里。',
  "If it comes back: the page's exact origin (scheme, host and port) must be in {0}.":
    '如果它再次出现：页面的确切 origin（协议、主机和端口）必须在 {0} 中。',
  "If it comes from OpenClaw's own clients, the client and gateway are probably different releases: compare them on both sides:":
    '如果它来自 OpenClaw 自己的客户端，很可能客户端和网关是不同的发行版：在两边比较它们：',
  'If it is not yours, reject it and check who can reach your gateway (bind address, firewall, token):':
    '如果不是你的，拒绝它，并检查谁能访问你的网关（绑定地址、防火墙、token）：',
  'If it is set and you did not mean to, clear it (and remove it from your shell profile or service environment):':
    '如果设置了而你并不想要，清除它（并从你的 shell 配置文件或服务环境中删除）：',
  'If it is your own device (your browser or phone on another network), approve exactly this request:':
    '如果是你自己的设备（在另一个网络上的浏览器或手机），就只批准这一个请求：',
  'If it keeps happening for more than a minute, check the gateway state:': '如果持续超过一分钟，检查网关状态：',
  'If it repeats, check the network between client and gateway and whether the client machine is overloaded; watch the gateway log while it happens:':
    '如果反复出现，检查客户端和网关之间的网络以及客户端机器是否过载；出现时观察网关日志：',
  "If it says {0}, ask the gateway's administrator to restore your access: nothing on your side can.":
    '如果它显示 {0}，请网关管理员恢复你的访问权限：你这边什么也做不了。',
  'If it stays fixed, press **Fixed it** under this reply, so a helper can mark the thread solved and the next person finds it.':
    '如果之后一直正常，请点这条回复下面的 **已解决**，方便帮手把帖子标记为已解决，也方便后来的人找到。',
  'If it still fails afterwards, list the pending requests:': '如果之后仍然失败，列出待处理的请求：',
  "If it still fails on matching versions, the client's identity file ({0}) is damaged.":
    '如果版本一致后仍然失败，说明客户端的身份文件（{0}）损坏了。',
  'If it still fails, also paste the command that failed with its full output.': '如果仍然失败，也把失败的命令和它的完整输出贴出来。',
  'If it still fails, check on the gateway host whether a scope upgrade for this device is pending:':
    '如果仍然失败，在网关主机上检查这个设备是否有待处理的 scope 升级：',
  'If it works, press **Fixed it** under this reply, so a helper can mark the thread solved and the next person finds it.':
    '如果可以用了，请点这条回复下面的 **已解决**，方便帮手把帖子标记为已解决，也方便后来的人找到。',
  'If no request for it ever shows up, re-pair this host with a fresh identity instead:':
    '如果它的请求一直没有出现，就改为用新身份重新配对这台主机：',
  "If nothing arrives, it is the transport: give the phone or tablet an address with a certificate it trusts (a Tailscale Serve hostname, {0}, or a reverse proxy on {1}) instead of a raw IP with the gateway's self-signed certificate, then make a fresh setup code:":
    '如果什么都没到达，那就是传输层的问题：给手机或平板一个带有它信任的证书的地址（Tailscale Serve 主机名、{0}，或 {1} 上的反向代理），而不是带网关自签名证书的裸 IP，然后生成新的设置码：',
  'If nothing is pending, there is nothing to approve.': '如果没有待处理的请求，就没有要批准的东西。',
  'If something fails, paste its output here, with the secret left out.': '如果哪一步失败，把它的输出贴在这里，去掉密钥。',
  'If something still fails, run it again and paste its full output (the {0} line and the {1} block), then list again right after: a new pending request appears only while the failing client retries.':
    '如果还有东西失败，再运行一次并贴出完整输出（{0} 那一行和 {1} 块），然后马上再列一次：只有在失败的客户端重试时才会出现新的待处理请求。',
  'If that answers {0}, the request was replaced in the meantime: use the one-line list-and-approve above.':
    '如果它返回 {0}，说明请求在这期间被替换了：用上面那条一行的列出并批准命令。',
  'If that happens, paste that new error: it needs the pairing steps, not these.':
    '如果发生这种情况，把新的错误贴出来：它需要的是配对步骤，而不是这些。',
  'If that leaves no token, generate a new one:': '如果这样之后没有 token，生成一个新的：',
  'If that list shows a pending request for this device, it is a real pairing request: paste the list here and I will give you the exact command.':
    '如果列表显示这个设备有待处理的请求，那就是真正的配对请求：把列表贴在这里，我会给你确切的命令。',
  'If that list shows a pending request for this device, that one is a real pairing request: paste the list here and I will give you the exact command for it.':
    '如果列表显示这个设备有待处理的请求，那就是真正的配对请求：把列表贴在这里，我会给你对应的确切命令。',
  "If the gateway host's approve is refused too, its own CLI is narrow: re-pair it with a fresh identity:":
    '如果在网关主机上批准也被拒绝，说明它自己的 CLI 权限太窄：用新的身份重新配对它：',
  'If the CLI there cannot connect either, approve from a browser that is already paired: Control UI → Nodes/Devices → the pending request → Approve.':
    '如果那里的 CLI 也连不上，就从已经配对的浏览器批准：Control UI → Nodes/Devices → 待处理的请求 → Approve。',
  'If the CLI there cannot connect either, approve from the Control UI of a browser that is already paired (Nodes/Devices → the pending request → Approve).':
    '如果那里的 CLI 也连不上，就在已经配对的浏览器的 Control UI 中批准（Nodes/Devices → 待处理的请求 → Approve）。',
  'If the app then asks to pair again, approve its single new request right after listing it:':
    '如果应用随后要求重新配对，列出后立即批准它唯一的新请求：',
  'If the device is no longer in the paired list, it was removed: its next connect becomes a new pairing request.':
    '如果设备已不在已配对列表中，说明它被删除了：它下次连接会成为新的配对请求。',
  'If the device was not on this host (a browser, an app, another machine), approve its new request instead:':
    '如果设备不在这台主机上（浏览器、应用、另一台机器），改为批准它的新请求：',
  'If the id changes faster than you can approve even in one command, the pairing record is stale: paste {0} here and I will name the record to remove and re-pair.':
    '如果即使用一条命令，id 变化也比你批准得快，说明配对记录已过期：把 {0} 贴在这里，我会指出要删除哪条记录并重新配对。',
  'If the password was changed recently, every client needs the new one: {0} on remote CLIs, {1} wherever it is set, and the Control UI ({2}).':
    '如果密码最近换过，每个客户端都需要新值：远程 CLI 上的 {0}，所有设置了 {1} 的地方，以及 Control UI（{2}）。',
  'If the request keeps changing under you, re-pair this host instead: this works while the device is still narrow and replaces the stale device {0}.':
    '如果请求在你手下不断变化，就改为重新配对这台主机：这在设备权限仍然较窄时也有效，并会替换过期的设备 {0}。',
  'If the request keeps changing under you, re-pair this host instead: this works while the device is still narrow and replaces the stale device.':
    '如果请求在你手下不断变化，就改为重新配对这台主机：这在设备权限仍然较窄时也有效，并会替换过期的设备。',
  "If the stale record is this host's own CLI identity ({0} {1}) and nothing else holds admin, give the CLI a fresh identity instead (builds before {2}, where {3} exists; newer builds keep it in {4}: ask here first), then make a full call such as {5} (not {6}):":
    '如果过期记录是这台主机自己的 CLI 身份（{0} {1}），且没有其他设备拥有 admin，那就给 CLI 换一个新身份（{2} 之前的版本才有 {3}；更新的版本把它放在 {4} 里：请先在这里问），然后执行一次完整调用，例如 {5}（不要用 {6}）：',
  "If the stale record is this host's own CLI identity ({0} {1}) and nothing else holds admin, give the CLI a fresh identity instead, then make a full call such as {2} (not {3}):":
    '如果过期记录是这台主机自己的 CLI 身份（{0} {1}），且没有其他设备拥有 admin，那就给 CLI 换一个新身份，然后执行一次完整调用，例如 {2}（不要用 {3}）：',
  'If the token was changed recently, every client needs the new one: {0} on remote CLIs, {1} wherever it is set, and the Control UI ({2}).':
    '如果 token 最近换过，每个客户端都需要新值：远程 CLI 上的 {0}，所有设置了 {1} 的地方，以及 Control UI（{2}）。',
  "If this CLI talks to a gateway on another machine (the error says {0}): on the machine running the CLI, set {1} in its {2} to exactly the gateway's {3} (or pass {4} on the command to test):\n{5}":
    '如果这个 CLI 连接的是另一台机器上的网关（错误里写着 {0}）：在运行 CLI 的机器上，把它的 {2} 中的 {1} 设为与网关的 {3} 完全一致（或者在命令上加 {4} 来测试）：\n{5}',
  'If this is a browser, it needs HTTPS or {0} on the gateway host to create an identity; get a link with:':
    '如果这是浏览器，它需要 HTTPS 或在网关主机上用 {0} 才能创建身份；用以下命令获取链接：',
  'If this is the Control UI opened over plain HTTP from another machine: the browser cannot make its device identity there, so it connects without scopes.':
    '如果这是从另一台机器通过明文 HTTP 打开的 Control UI：浏览器在那里无法生成设备身份，所以它连接时没有 scope。',
  'If this is the Control UI, re-copy a tokenized link:': '如果这是 Control UI，重新复制一个带 token 的链接：',
  'If you are on {0}.x, update and retry:': '如果你用的是 {0}.x，更新后重试：',
  'If you changed {0} while the gateway was running, restart it so both sides use the new value:':
    '如果你在网关运行时修改了 {0}，重启它，让两边使用新值：',
  'If you did not change the token on purpose, check what rewrote {0} (a second {1}, a config sync, or two gateways sharing one state dir).':
    '如果你不是有意更换 token，检查是什么改写了 {0}（第二个 {1}、配置同步，或者两个网关共用一个状态目录）。',
  'If you did not move this identity to another machine or OS, find out why before approving: a copied {0} looks exactly like this.':
    '如果你没有把这个身份移到另一台机器或系统上，批准前先查清原因：被复制的 {0} 看起来正是这样。',
  'If you did not remove this device yourself, someone with pairing rights on the gateway did: check who before approving it again.':
    '如果不是你自己删除的这个设备，那就是网关上有配对权限的其他人删的：在再次批准之前先查清楚是谁。',
  'If you have it, the gateway log line that starts {0} helps too.': '如果有的话，网关日志里以 {0} 开头的那一行也有帮助。',
  'If you know that person, approve them with the exact command the bot printed:': '如果你认识这个人，用机器人打印的确切命令批准他：',
  'If you know that sender, approve the code the bot printed:': '如果你认识这个发送者，批准机器人打印的那个配对码：',
  'If your build answers that it knows no such node request, the id is a device request instead: {0} with the same id (the pending list shows which: {1} / {2}).':
    '如果你的版本回答它不认识这样的节点请求，说明这个 id 其实是设备请求：用同一个 id 执行 {0}（待处理列表会显示是哪一种：{1} / {2}）。',
  'If {0} also shows a pending row with role {1} for it, approve that too with {2} (its own id).':
    '如果 {0} 还显示它有一个 role 为 {1} 的待处理行，也用 {2} 批准它（用它自己的 id）。',
  'If {0} is set in this shell and you did not mean to override the target, clear it:':
    '如果这个 shell 里设置了 {0} 而你并不想覆盖目标，清除它：',
  'If {0} still shows a pending request for the old device, reject it with {1}.': '如果 {0} 仍显示旧设备有待处理的请求，用 {1} 拒绝它。',
  "In the hosted template's own shell or setup console (Coolify), where the gateway runs (on Railway templates the service's shell or the template's {0} console; on Coolify the container's Terminal), not on your own computer, list the pending requests while the browser is open and trying to connect:":
    '在托管模板自己的 shell 或设置控制台（Coolify）里，也就是网关运行的地方（Railway 模板是服务的 shell 或模板的 {0} 控制台；Coolify 是容器的 Terminal），而不是你自己的电脑上，在浏览器打开并尝试连接时列出待处理的请求：',
  "In the hosted template's own shell or setup console (Coolify), where the gateway runs: restart the gateway so it applies the list:":
    '在托管模板自己的 shell 或设置控制台（Coolify）里，也就是网关运行的地方：重启网关使列表生效：',
  "In the hosted template's own shell or setup console (Hostinger), where the gateway runs: approve it right away (on the gateway host, same user, no {0}): ids expire after {1} minutes and change when a client retries with other scopes:":
    '在托管模板自己的 shell 或设置控制台（Hostinger）里，也就是网关运行的地方：立即批准它（在网关主机上，同一用户，不要加 {0}）：id 在 {1} 分钟后过期，客户端以其他 scope 重试时也会变：',
  "In the hosted template's own shell or setup console (Hostinger), where the gateway runs: approve it right away: ids expire after {0} minutes and change when a client retries with other scopes:":
    '在托管模板自己的 shell 或设置控制台（Hostinger）里，也就是网关运行的地方：立即批准它：id 在 {0} 分钟后过期，客户端以其他 scope 重试时也会变：',
  "In the hosted template's own shell or setup console (Railway), where the gateway runs (on Railway templates the service's shell or the template's {0} console; on Coolify the container's Terminal), not on your own computer, list the pending requests while the browser is open and trying to connect:":
    '在托管模板自己的 shell 或设置控制台（Railway）里，也就是网关运行的地方（Railway 模板是服务的 shell 或模板的 {0} 控制台；Coolify 是容器的 Terminal），而不是你自己的电脑上，在浏览器打开并尝试连接时列出待处理的请求：',
  "In the hosted template's own shell or setup console (alphaclaw), where the gateway runs (on Railway templates the service's shell or the template's {0} console; on Coolify the container's Terminal), not on your own computer, list the pending requests while the browser is open and trying to connect:":
    '在托管模板自己的 shell 或设置控制台（alphaclaw）里，也就是网关运行的地方（Railway 模板是服务的 shell 或模板的 {0} 控制台；Coolify 是容器的 Terminal），而不是你自己的电脑上，在浏览器打开并尝试连接时列出待处理的请求：',
  'In the same minute, approve the newest entry for that device (highest {0}), then start the client again:':
    '在同一分钟内，批准该设备最新的条目（{0} 最大的那个），然后再启动客户端：',
  'In the same minute, approve the newest entry for that device (highest {0}; its {1} names it, and its {2}, if any, should be an address you know):':
    '在同一分钟内，批准该设备最新的条目（{0} 最大的那个；它的 {1} 会写明是谁，它的 {2}（如果有）应该是你认识的地址）：',
  'In {0}, add the target agent id (or {1} for any) to {2} of the agent that calls {3} (replace {4} with your ids):\n{5}\nor for every agent, {6}: {7}.':
    '在 {0} 中，把目标 agent id（或用 {1} 表示任意）加入调用 {3} 的那个 agent 的 {2}（把 {4} 换成你的 id）：\n{5}\n或者对所有 agent 用 {6}：{7}。',
  'Inside the NemoClaw sandbox ({0} opens a shell there): approve it right away (on the gateway host, same user, no {1}): ids expire after {2} minutes and change when a client retries with other scopes:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：立即批准它（在网关主机上，同一用户，不要加 {1}）：id 在 {2} 分钟后过期，客户端以其他 scope 重试时也会变：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): approve it right away: ids expire after {1} minutes and change when a client retries with other scopes:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：立即批准它：id 在 {1} 分钟后过期，客户端以其他 scope 重试时也会变：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): list the pending requests while the browser is open and trying to connect:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：在浏览器打开并尝试连接时列出待处理的请求：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): list the pending requests while the device is trying to connect:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：在设备尝试连接时列出待处理的请求：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): list the pending requests:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：列出待处理的请求：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): meanwhile, the waiting device can be approved by hand where the gateway runs (list, then approve its newest request at once: ids change on every retry):':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：在此期间，可以在网关运行的地方手动批准正在等待的设备（列出，然后立即批准它最新的请求：每次重试 id 都会变）：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): on the gateway host (same user, no {1}), list the pending requests:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：在网关主机上（同一用户，不要加 {1}），列出待处理的请求：',
  'Inside the NemoClaw sandbox ({0} opens a shell there): your OpenClaw build:':
    '在 NemoClaw 沙箱内（用 {0} 打开那里的 shell）：你的 OpenClaw 版本：',
  'Inside the container the gateway also listens on loopback.': '在容器内，网关也监听 loopback。',
  'Inside the gateway container ({0}, loopback there, so the CLI can approve), list the pending requests:':
    '在网关容器内（{0}，那里是 loopback，所以 CLI 可以批准），列出待处理的请求：',
  "Inside the gateway pod ({0} shows its name), where the CLI shares the gateway's state, point the CLI at loopback with the gateway token (with {1} the config's credentials are not used, so pass the token): its first connect from loopback is paired silently.":
    '在网关 pod 内（{0} 会显示它的名字），CLI 与网关共享状态，用网关 token 让 CLI 连接 loopback（使用 {1} 时不会读取配置里的凭据，所以要传入 token）：它从 loopback 的第一次连接会被静默配对。',
  "Inside the gateway's container (from the folder with your compose file), where the CLI shares the gateway's state, list the pending requests while the browser is open and trying to connect:":
    '在网关的容器内（在 compose 文件所在的目录运行），CLI 与网关共享状态，在浏览器打开并尝试连接时列出待处理的请求：',
  "Inside the gateway's container (from the folder with your compose file), where the CLI shares the gateway's state, list the pending requests while the browser is open and trying to connect: The CLI there answers {0} because it presents a device token it stored earlier, so these commands use the gateway token instead:":
    '在网关的容器内（在 compose 文件所在的目录运行），CLI 与网关共享状态，在浏览器打开并尝试连接时列出待处理的请求：那里的 CLI 会返回 {0}，因为它出示的是之前保存的 device token，所以这些命令改用网关 token：',
  "Inside the gateway's container (from the folder with your compose file; your gateway service may have another name than {0}), where the CLI shares the gateway's state, list the device requests while the node keeps trying to connect (the node's row has role {1}):":
    '在网关的容器内（在 compose 文件所在的目录运行；你的网关服务名可能不是 {0}），CLI 与网关共享状态，在节点不断尝试连接时列出设备请求（节点那一行的 role 是 {1}）：',
  "Inside the gateway's container (from the folder with your compose file; your gateway service may have another name than {0}), where the CLI shares the gateway's state, list the pending requests while the browser is open and trying to connect:":
    '在网关的容器内（在 compose 文件所在的目录运行；你的网关服务名可能不是 {0}），CLI 与网关共享状态，在浏览器打开并尝试连接时列出待处理的请求：',
  "Inside the gateway's container ({0} shows its name), where the CLI shares the gateway's state, list the device requests while the node keeps trying to connect (the node's row has role {1}):":
    '在网关的容器内（{0} 会显示它的名字），CLI 与网关共享状态，在节点不断尝试连接时列出设备请求（节点那一行的 role 是 {1}）：',
  "Inside the gateway's container ({0} shows its name), where the CLI shares the gateway's state, list the pending requests while the browser is open and trying to connect:":
    '在网关的容器内（{0} 会显示它的名字），CLI 与网关共享状态，在浏览器打开并尝试连接时列出待处理的请求：',
  "Inside the gateway's container, where the CLI shares the gateway's state, list the pending requests while the browser is open and trying to connect:":
    '在网关的容器内，CLI 与网关共享状态，在浏览器打开并尝试连接时列出待处理的请求：',
  "Inside the gateway's container, where the CLI shares the gateway's state, point the CLI at loopback with the gateway token (with {0} the config's credentials are not used, so pass the token): its first connect from loopback is paired silently.":
    '在网关的容器内，CLI 与网关共享状态，用网关 token 让 CLI 连接 loopback（使用 {0} 时不会读取配置里的凭据，所以要传入 token）：它从 loopback 的第一次连接会被静默配对。',
  'Is that address yours?': '那个地址是你的吗？',
  'Issue that device a fresh operator token, putting its id in place of {0}, then reconnect the client:':
    '给那个设备签发一个新的 operator token，把它的 id 填在 {0} 处，然后重新连接客户端：',
  "It deletes the device's pairing and its token, so the next connect is a first-time pairing that someone who still holds admin must approve; only a CLI on the gateway host itself, over loopback, is paired again silently.":
    '它会删除设备的配对和 token，所以下一次连接是首次配对，必须由仍拥有 admin 的人批准；只有网关主机本机上通过 loopback 的 CLI 会被静默地重新配对。',
  'It is safe: it is your own host asking for its usual scopes (details below).':
    '可以放心批准：这是你自己的主机在请求它平常的 scope（详见下文）。',
  'It is your own OpenClaw on this host asking for its usual scopes, which is why the gateway wants a human to say yes once.':
    '这是这台主机上你自己的 OpenClaw 在请求它平常的 scope，所以网关需要有人确认一次。',
  "It lives in {0}, not in {1}, which is why the devices lists and the Control UI's device pages show nothing.":
    '它在 {0} 里，不在 {1} 里，所以设备列表和 Control UI 的设备页面什么都不显示。',
  'It lives in {0}, not in {1}, which is why {2} shows nothing.': '它在 {0} 里，不在 {1} 里，所以 {2} 什么也不显示。',
  "It lives in {0}, not in {1}: the devices lists and the Control UI's device pages never show it.":
    '它在 {0} 里，不在 {1} 里：设备列表和 Control UI 的设备页面永远不会显示它。',
  'It needs one approval from the gateway side; that is normal on every build, and upgrading does not skip it.':
    '它需要网关一侧批准一次；这在所有版本上都是正常的，升级也不会跳过它。',
  'It will ask again only if it later needs a scope it still lacks: each new scope is a new upgrade request.':
    '只有当它以后需要一个仍然没有的 scope 时才会再次请求：每个新 scope 都是一个新的升级请求。',
  'It will fail with {0} and leave a new pending request on the gateway.': '它会以 {0} 失败，并在网关上留下一个新的待处理请求。',
  'Its pending request {0} is the one to approve, now.': '它的待处理请求 {0} 就是现在要批准的那个。',
  'Keep it to yourself: do not paste it here.': '自己保管：不要贴在这里。',
  'Keep {0} for the published port: it is what lets your browser in from outside the container.':
    '为发布的端口保留 {0}：正是它让你的浏览器能从容器外部访问。',
  'List and approve in one go (PowerShell), retrying until the approve sticks:': '一次性列出并批准（PowerShell），重试直到批准生效：',
  'List and approve in one go, retrying until the approve sticks:': '一次性列出并批准，重试直到批准生效：',
  'List that exact address in {0} (if a CIDR range does not match on your build, the exact IP does; not verified here which builds match ranges), then restart the gateway:':
    '把那个确切地址列进 {0}（如果你的版本上 CIDR 范围不匹配，就用确切的 IP；这里没有验证哪些版本支持范围），然后重启网关：',
  'List the paired records with their ids; the stale ones are the rows with fewer scopes, the oldest {0}, or no recent {1} in {2}:':
    '列出已配对记录及其 id；过期的是 scope 较少、{0} 最早，或 {2} 中没有最近 {1} 的那些行：',
  'List the pending requests and paste the output here:': '列出待处理的请求并把输出贴在这里：',
  'List the pending requests:': '列出待处理的请求：',
  'Listing from the CLI asks for the full CLI scopes, which creates a fresh request for this device; approve it in the same breath, retrying until it sticks:':
    '从 CLI 列出会请求完整的 CLI scope，这会为这个设备创建一个新请求；在同一时间批准它，重试直到生效：',
  'Locally that is {0} in {1}; for a remote gateway {2}.': '本地就是 {1} 中的 {0}；远程网关则是 {2}。',
  'Loopback clients are exempt from this limit, except browser ones: the Control UI and web chat on {0}.{1} are still limited.':
    'loopback 客户端不受这个限制，浏览器除外：{0}.{1} 上的 Control UI 和网页聊天仍然受限。',
  "Make sure the CLI and the gateway read the same config (same OS user, same {0} / {1}; the error's {2} line shows the CLI's file).":
    '确认 CLI 和网关读取同一份配置（同一个系统用户，同样的 {0} / {1}；错误中的 {2} 那一行显示了 CLI 用的文件）。',
  'Make the first call a full CLI call (not {0}, which would pair read-only again on builds before {1}):':
    '第一次调用要用完整的 CLI 命令（不要用 {0}，在 {1} 之前的版本上它会再次以只读方式配对）：',
  'Make the first call a full CLI call: on loopback the new identity is paired silently with the full CLI scopes (not {0}, whose probe pairs read-only):':
    '第一次调用要用完整的 CLI 命令：在 loopback 上新身份会被静默配对并获得完整的 CLI scope（不要用 {0}，它的探测会以只读方式配对）：',
  'Make the next call a full CLI call, so the new pairing gets the full CLI scopes:':
    '下一次调用用完整的 CLI 命令，让新配对获得完整的 CLI scope：',
  'Make the proxy overwrite (not append to) {0} / {1} and send the user identity header the trusted-proxy config expects, then restart the gateway:':
    '让代理覆盖（而不是追加）{0} / {1}，并发送 trusted-proxy 配置所要求的用户身份头，然后重启网关：',
  'Make the proxy overwrite (not append to) {0} / {1}.': '让代理覆盖（而不是追加）{0} / {1}。',
  "Meanwhile use the gateway's own Control UI in a browser on the gateway host ({0}), or keep the gateway on the last release that client supports.":
    '在此期间，在网关主机上用浏览器打开网关自己的 Control UI（{0}），或者让网关停留在那个客户端支持的最后一个发行版上。',
  'Move to a newer image ({0} or newer): pull it and recreate the container; an update run inside the container is lost when it is recreated.':
    '换用更新的镜像（{0} 或更新）：拉取它并重建容器；在容器内运行的更新会在重建时丢失。',
  "Move to a newer image ({0} or newer): pull the newer tag and recreate the container (or update the app in your NAS's app manager); an update run inside the container is lost when it is recreated.":
    '换用更新的镜像（{0} 或更新）：拉取新标签并重建容器（或在 NAS 的应用管理器里更新应用）；在容器内运行的更新会在重建时丢失。',
  'Moving it aside makes the client a new device that needs approval like any new device, so paste the output of {0} on both sides here first.':
    '把它移开会让客户端成为一个新设备，需要像任何新设备一样被批准，所以请先把两边 {0} 的输出贴在这里。',
  'Never copy a requestId from a {0} line: {1} and the {2} message carry it whole.':
    '不要从 {0} 那一行复制 requestId：{1} 和 {2} 消息中的才是完整的。',
  'Never paste the password itself in this channel; a tokenized dashboard link contains it too.':
    '不要在这个频道贴密码本身；带 token 的控制面板链接里也包含它。',
  'Never paste the token itself in this channel.': '不要在这个频道贴 token 本身。',
  'Never paste the token itself in this channel; a tokenized dashboard link contains it too.':
    '不要在这个频道贴 token 本身；带 token 的控制面板链接里也包含它。',
  'Never take a requestId from a {0} line: it is cut at {1} bytes.': '不要从 {0} 那一行取 requestId：它在 {1} 字节处被截断了。',
  'No gateway restart is needed.': '不需要重启网关。',
  'No gateway restart is needed: the gateway re-reads the pairing store on every connect.':
    '不需要重启网关：网关每次连接都会重新读取配对存储。',
  'No other admin device?': '没有其他 admin 设备？',
  'No shell on the gateway host?': '在网关主机上没有 shell？',
  'No pairing request was created.': '没有创建配对请求。',
  'No restart is needed.': '不需要重启。',
  'Not a pairing problem.': '不是配对问题。',
  'Nothing answered at {0}: the connection dropped without a close frame, which means the gateway is not running there (or listens on another port).':
    '{0} 上没有任何响应：连接在没有关闭帧的情况下断开了，说明网关没有在那里运行（或监听在另一个端口）。',
  'Nothing else in it looks like an OpenClaw pairing problem.': '其中没有其他看起来像 OpenClaw 配对问题的内容。',
  'Nothing is pending because a request only exists while a client retries, and expires {0} minutes later.':
    '没有待处理的请求，是因为请求只在客户端重试时存在，并在 {0} 分钟后过期。',
  'Now approve what was waiting (a browser, an app) right away, by the requestId that list shows:':
    '现在立即按那个列表显示的 requestId 批准正在等待的设备（浏览器、应用）：',
  'Now the CLI holds admin again: remove the old narrow record': '现在 CLI 又拥有 admin 了：删除旧的窄权限记录',
  'Now the CLI holds admin again: remove the old narrow record, the row in {0} whose {1} is only {2} (not the new one you just paired):':
    '现在 CLI 又拥有 admin 了：删除旧的窄权限记录，即 {0} 中 {1} 只有 {2} 的那一行（不是你刚配对的新记录）：',
  'On OpenClaw {0}, a local {1} was itself closed this way; newer builds answer it properly.':
    '在 OpenClaw {0} 上，本地的 {1} 本身就会这样被关闭；较新的版本会正常应答。',
  "On a slow host, raise the limit with {0} (milliseconds) in the gateway's environment; the default is {1} on {2}.x and {3} on {4}.":
    '在慢速主机上，在网关的环境变量中用 {0}（毫秒）调大限制；默认值在 {2}.x 上是 {1}，在 {4} 上是 {3}。',
  "On a slow or busy host (many plugins loading), raise the limit with {0} (milliseconds) in the gateway's environment; the default is {1} on {2}.x and {3} on {4}, so a newer build also gives it more time.":
    '在慢速或繁忙的主机上（加载了很多插件），在网关的环境变量中用 {0}（毫秒）调大限制；默认值在 {2}.x 上是 {1}，在 {4} 上是 {3}，所以较新的版本也会给它更多时间。',
  'On plain HTTP from another machine a browser cannot make a device identity; this is not a pairing problem.':
    '从另一台机器通过明文 HTTP 访问时，浏览器无法生成设备身份；这不是配对问题。',
  "On the gateway host (inside the gateway container: {0}), as the same user, move the CLI's device identity aside so it gets a new one:":
    '在网关主机上（在网关容器内：{0}），以同一用户身份，把 CLI 的设备身份（device identity）移到一边，让它生成新的：',
  "On the gateway host (same user), if {0} exists (builds before {1}; newer builds keep the identity in {2} and this step does not apply: ask here first), move the CLI's device identity aside so it gets a new one:":
    '在网关主机上（同一用户），如果 {0} 存在（{1} 之前的版本；较新的版本把身份保存在 {2} 中，这一步不适用：请先在这里问），把 CLI 的设备身份（device identity）移到一边，让它生成新的：',
  "On the gateway host (same user), move the CLI's device identity aside so it gets a new one:":
    '在网关主机上（同一用户），把 CLI 的设备身份（device identity）移到一边，让它生成新的：',
  'On the gateway host (same user, no {0}), list every entry for that device, paired and pending, with their ids:':
    '在网关主机上（同一用户，不要加 {0}），列出该设备的所有条目（已配对和待处理）及其 id：',
  "On the gateway host (same user, no {0}), list the device pairing requests: look for your host's {1} device with a pending request ({2}) asking for {3}:":
    '在网关主机上（同一用户，不要加 {0}），列出设备配对请求：找到你主机的 {1} 设备中请求 {3} 的待处理请求（{2}）：',
  'On the gateway host (same user, no {0}), list the pending requests and paste the output here:':
    '在网关主机上（同一用户，不要加 {0}），列出待处理的请求并把输出贴在这里：',
  'On the gateway host (same user, no {0}), list the pending requests:': '在网关主机上（同一用户，不要加 {0}），列出待处理的请求：',
  "On the gateway host (same user, no {0}), list the pending requests; the requestId is the {1} field of the entry whose {2} is that device's:":
    '在网关主机上（同一用户，不要加 {0}）列出待处理的请求；requestId 就是 {2} 为该设备的那一条里的 {1} 字段：',
  'On the gateway host itself, leave out {0}: the local target also lets the pairing commands fall back to the local store when they need to.':
    '在网关主机本机上，不要加 {0}：本地目标还能让配对命令在需要时回退到本地存储。',
  'On the gateway host itself, run {0} without {1} so the local fallback (which approves as admin) can kick in.':
    '在网关主机本机上运行 {0}，不要加 {1}，这样本地回退（以 admin 身份批准）才能生效。',
  'On the gateway host itself (same user, no {0}), where the CLI approves as admin, approve the same request right away (ids expire after {1} minutes):':
    '在网关主机本机上（同一用户，不要加 {0}），那里的 CLI 以 admin 身份批准，立即批准同一个请求（id 在 {1} 分钟后过期）：',
  'On the gateway host itself (same user, no {0}), where the CLI approves as admin, list the pending requests:':
    '在网关主机本机上（同一用户，不要加 {0}），那里的 CLI 以 admin 身份批准，列出待处理的请求：',
  'On the gateway host, approve the node (nodes have their own pairing commands):': '在网关主机上批准该节点（节点有自己的配对命令）：',
  "On the gateway host, as the same user, move the CLI's device identity aside so it gets a new one:":
    '在网关主机上，以同一用户身份，把 CLI 的设备身份（device identity）移到一边，让它生成新的：',
  'On the gateway host, as the user that runs the gateway (no {0}): list the pending requests while the browser is open and trying to connect:':
    '在网关主机上，以运行网关的用户身份（不要加 {0}）：在浏览器打开并尝试连接时列出待处理的请求：',
  'On the gateway host, as the user that runs the gateway (no {0}): list the pending requests while the client is trying to connect:':
    '在网关主机上，以运行网关的用户身份（不要加 {0}）：在客户端尝试连接时列出待处理的请求：',
  'On the gateway host, as the user that runs the gateway (no {0}): list the pending requests while the desktop app is trying to connect:':
    '在网关主机上，以运行网关的用户身份（不要加 {0}）：在桌面应用尝试连接时列出待处理的请求：',
  'On the gateway host, as the user that runs the gateway (no {0}): list the pending requests while the device is trying to connect:':
    '在网关主机上，以运行网关的用户身份（不要加 {0}）：在设备尝试连接时列出待处理的请求：',
  'On the gateway host, as the user that runs the gateway (no {0}): list the pending requests while the phone app is trying to connect:':
    '在网关主机上，以运行网关的用户身份（不要加 {0}）：在手机应用尝试连接时列出待处理的请求：',
  'On the gateway host, check the auth mode ({0}):': '在网关主机上检查认证模式（{0}）：',
  'On the gateway host, check the auth mode:': '在网关主机上检查认证模式：',
  'On the gateway host, check which auth mode it uses ({0}):': '在网关主机上检查它使用哪种认证模式（{0}）：',
  'On the gateway host, confirm the auth mode:': '在网关主机上确认认证模式：',
  'On the gateway host, create a fresh setup code and scan it right away:': '在网关主机上生成新的设置码并立即扫描：',
  'On the gateway host, get the current token ({0} and newer; on older builds read {1} in {2}).':
    '在网关主机上获取当前的 token（{0} 及更新版本；旧版本读取 {2} 中的 {1}）。',
  'On the gateway host, let doctor repair the config:': '在网关主机上，让 doctor 修复配置：',
  "On the gateway host, list the device requests while the node keeps trying to connect (the node's row has role {0}):":
    '在网关主机上，在节点不断尝试连接时列出设备请求（节点那一行的 role 是 {0}）：',
  'On the gateway host, list the node-layer requests while the prompt is showing:': '在网关主机上，在提示显示期间列出节点层的请求：',
  'On the gateway host, list the pending requests:': '在网关主机上列出待处理的请求：',
  "On the gateway host, point the CLI at loopback with the gateway token (with {0} the config's credentials are not used, so pass the token): its first connect from loopback is paired silently.":
    '在网关主机上，用网关 token 让 CLI 连接 loopback（使用 {0} 时不会读取配置里的凭据，所以要传入 token）：它从 loopback 的第一次连接会被静默配对。',
  'On the gateway host, print a dashboard link that carries the current token:': '在网关主机上打印一个带当前 token 的控制面板链接：',
  "On the gateway host, show the gateway's token ({0} and newer; on older builds read {1} in {2}, because {3} prints it redacted).":
    '在网关主机上显示网关的 token（{0} 及更新版本；旧版本读取 {2} 中的 {1}，因为 {3} 打印的是打码后的值）。',
  'On the gateway host, watch the log while the client tries once.': '在网关主机上，在客户端尝试一次时观察日志。',
  "On the machine running the CLI, set {0} in its {1} to exactly the gateway's {2} (or pass {3} on the command to test):\n{4}":
    '在运行 CLI 的机器上，把它的 {1} 中的 {0} 设为与网关的 {2} 完全一致（或者在命令上加 {3} 来测试）：\n{4}',
  "On the machine where the gateway runs (same user, same state directory as the gateway), list the codes waiting for approval (shown for Telegram; use your channel's name):":
    '在运行网关的机器上（同一用户、与网关相同的状态目录），列出等待批准的配对码（以 Telegram 为例；换成你的频道名）：',
  'On the machine where the gateway runs (same user, same state directory as the gateway), list the codes waiting for approval:':
    '在运行网关的机器上（同一用户、与网关相同的状态目录），列出等待批准的配对码：',
  'On this build a new read-only pairing can still come back (a new identity plus {0} first); {1} stops internal calls from depending on it.':
    '在这个版本上，新的只读配对仍可能再出现（新身份加上先运行 {0}）；{1} 让内部调用不再依赖它。',
  'On {0} and newer ({1}) a node can also need approval at the node layer: if {2} then says {3}, run that too:':
    '在 {0} 及更新版本（{1}）上，节点还可能需要节点层的批准：如果 {2} 接着显示 {3}，也运行它：',
  'On {0} internal loopback calls should not need this; if it comes back, check {1} and any {2}.':
    '在 {0} 上，内部 loopback 调用本不需要这一步；如果它再次出现，请检查 {1} 和所有 {2}。',
  'On {0} local upgrades are normally silent; {1} turns that off.': '在 {0} 上，本地升级通常是静默的；{1} 会关掉这一点。',
  'On {0} the device identity lives in {1}, not in an {2} folder, and a fresh-identity re-pair has not been verified on these builds: do not delete files.':
    '在 {0} 上，设备身份（device identity）保存在 {1} 中，而不是 {2} 文件夹里，并且在这些版本上还没有验证过换新身份重新配对的方法：不要删除文件。',
  'On {0}, {1} connects with the least-privilege {2} scope ({3}), so it cannot approve a request that asks for {4}, even though your {5} holds admin.':
    '在 {0} 上，{1} 以最小权限的 {2} scope 连接（{3}），所以它无法批准请求 {4} 的请求，即使你的 {5} 拥有 admin。',
  'On {0}.x the CLI/backend client deletes its stored device token after this error when it has no gateway token or password, so the next attempt can fail with a real {1}.':
    '在 {0}.x 上，如果 CLI/后端客户端没有网关 token 或密码，出现这个错误后会删除它保存的 device token，所以下一次尝试可能以真正的 {1} 失败。',
  'On {0}.x, internal calls ({1}, cron, tools) were reported to fail with {2} even when the stored scopes are complete: a bug in that build (not verified here), not your pairing.':
    '在 {0}.x 上，有报告称内部调用（{1}、cron、工具）即使保存的 scope 完整也会以 {2} 失败：这是那个版本的 bug（这里没有验证），不是你的配对问题。',
  'Once a connect does reach the gateway, a pending request shows up in {0}; that is the time to approve it, not before.':
    '一旦有连接真正到达网关，{0} 中就会出现待处理的请求；那时才是批准它的时候，不要提前。',
  'Once it connects, the node shows up as a pending request on the gateway host; approve that one there ({0} / {1}, depending on your build).':
    '连上之后，节点会在网关主机上显示为待处理的请求；在那里批准它（{0} / {1}，取决于你的版本）。',
  'Once it holds {0}, every operator scope is covered, so later spawns and CLI calls will not ask again.':
    '一旦它拥有 {0}，所有 operator scope 都被覆盖，之后的 spawn 和 CLI 调用不会再请求。',
  'Open a shell inside the NemoClaw sandbox, where the gateway and its state live, and run the next commands there:':
    '在 NemoClaw 沙箱里打开一个 shell（网关和它的状态都在那里），在那里运行接下来的命令：',
  'Open it over HTTPS (a reverse proxy, Tailscale Serve) or through an SSH tunnel at {0}.':
    '通过 HTTPS（反向代理、Tailscale Serve）或通过 SSH 隧道在 {0} 打开它。',
  "Open that exact link in the browser (the token travels in the {0} part), or paste the gateway's {1} (from the gateway host's {2}) in Control UI settings, then click Connect.":
    '在浏览器中打开这个链接（token 在 {0} 部分里），或者把网关的 {1}（来自网关主机的 {2}）粘贴到 Control UI 设置中，然后点 Connect。',
  'Open the Control UI in a secure context: over HTTPS (a reverse proxy with TLS, Tailscale Serve), or through an SSH tunnel and then {0} on your own machine:':
    '在安全上下文中打开 Control UI：通过 HTTPS（带 TLS 的反向代理、Tailscale Serve），或通过 SSH 隧道，然后在你自己的机器上打开 {0}：',
  'Open the gateway through its Tailscale Serve address ({0}), not by IP or a plain port, so Serve adds the identity headers.':
    '通过 Tailscale Serve 地址（{0}）打开网关，而不是用 IP 或普通端口，这样 Serve 才会加上身份头。',
  'OpenClaw {0} already has the loopback fix ({1}), so this is the normal approval a non-internal or non-token connection still needs.':
    'OpenClaw {0} 已包含 loopback 修复（{1}），所以这是非内部或非 token 连接仍然需要的正常批准。',
  'OpenClaw {0} is older than the builds this advice was checked on, and its {1}.x-era pairing had several scope-upgrade loops since fixed: upgrade first.':
    'OpenClaw {0} 比检验这些建议的版本更旧，它那个 {1}.x 时期的配对有好几个 scope 升级循环问题已在之后修复：请先升级。',
  'OpenClaw {0} is older than {1} and had several pairing loops since fixed: upgrade it too, once this works.':
    'OpenClaw {0} 比 {1} 旧，有好几个配对循环问题已在之后修复：这里弄好后也请升级。',
  'OpenClaw-Admin and the gateway speak different protocol versions ({0}): a version skew between them, not a pairing problem.':
    'OpenClaw-Admin 和网关使用的协议版本不同（{0}）：是两者之间的版本不一致，不是配对问题。',
  "Or add the exact origin you open it from (scheme, host and port) to {0} in the gateway's {1} (replace the example):\n{2}\nFull origins only: wildcard patterns are not accepted.":
    '要么把你打开它时用的确切 origin（协议、主机和端口）加入网关 {1} 中的 {0}（替换示例）：\n{2}\n只接受完整的 origin：不接受通配符。',
  "Or add the exact origin you open it from (scheme, host and port) to {0} in the gateway's {1}:\n{2}\nFull origins only: wildcard patterns are not accepted.":
    '要么把你打开它时用的确切 origin（协议、主机和端口）加入网关 {1} 中的 {0}：\n{2}\n只接受完整的 origin：不接受通配符。',
  'Or approve it from a Control UI that is already connected: Nodes/Devices → the pending request → Approve.':
    '或者在已经连接的 Control UI 中批准：Nodes/Devices → 待处理的请求 → Approve。',
  'Or approve it yourself right away: the entry whose {0} matches the failing device, with {1}:':
    '或者你自己立即批准：{0} 与失败设备一致的那个条目，用 {1}：',
  'Or log in with the gateway token instead; get a tokenized link on the gateway host:':
    '或者改用网关 token 登录；在网关主机上获取带 token 的链接：',
  'Or open it on the gateway host itself at {0}, or from your machine through an SSH tunnel and then {1} locally:':
    '或者在网关主机本机上用 {0} 打开，或从你的机器通过 SSH 隧道，然后在本地打开 {1}：',
  'Or re-pair this host with a fresh identity:': '或者用新身份重新配对这台主机：',
  'Or tunnel over SSH and point the CLI at the loopback end ({0}):': '或者通过 SSH 隧道，让 CLI 指向 loopback 那一端（{0}）：',
  "Or, for a gateway you use all the time, drop {0} and put both in the CLI's {1} instead:\n{2}":
    '或者，对于你一直使用的网关，去掉 {0}，改为把两者都写进 CLI 的 {1}：\n{2}',
  'Or, from this host while it is stuck, re-pair with a fresh identity:': '或者，在这台主机卡住时，用新身份重新配对：',
  'Or, if you did not mean to require it, remove {0} from that agent in {1} and restart:':
    '或者，如果你本来不想强制要求它，从 {1} 中该 agent 的配置里删除 {0} 并重启：',
  'Or, once nothing retries any more, list and approve in one go, retrying until it sticks:':
    '或者，等没有东西再重试后，一次性列出并批准，重试直到生效：',
  'Pair the app or client once more (a fresh setup code if it uses one, since the old one is spent) and approve its single new request right after listing it:':
    '再配对一次应用或客户端（如果它用设置码就用新的，旧的已经用掉了），列出后立即批准它唯一的新请求：',
  'Paired: {0} {1}: {2}.': '已配对：{0} {1}：{2}。',
  'Paste that line here (it contains no secret):': '把那一行贴在这里（它不含密钥）：',
  'Paste that list here: I will point at the request from this device.': '把那个列表贴在这里：我会指出来自这台设备的请求。',
  'Paste the output of {0} here so a helper can take it from there.': '把 {0} 的输出贴在这里，帮手可以从那里接手。',
  'Paste what the approve printed: there is a re-pair path that works while the device is narrow.':
    '把 approve 打印的内容贴出来：有一种在设备权限较窄时也有效的重新配对方法。',
  'Paste {0} and the new error here and I will point at the right request.': '把 {0} 和新的错误贴在这里，我会指出正确的请求。',
  'Pin one token: make sure {0} is set in the {1} the gateway actually reads (the service may use another file or profile), and that nothing rewrites the config at every start.':
    '固定一个 token：确认 {0} 设置在网关实际读取的 {1} 中（服务可能使用另一个文件或配置），并且没有东西在每次启动时改写配置。',
  "Point the callers there: set {0} to {1} (with {2} = the gateway's token) in the container's config, or pass both on a single command to test:":
    '让调用方指向那里：在容器的配置中把 {0} 设为 {1}（{2} = 网关的 token），或者在单条命令上同时传入两者来测试：',
  'Re-pair it.': '重新配对它。',
  'Re-pair the host identity instead of racing it.': '重新配对主机身份，而不是和它赛跑。',
  'Re-pair this host with a fresh identity instead:': '改为用新身份重新配对这台主机：',
  'Re-pairing or removing the {0}: its pairing is fine; the approve call asks for too little.':
    '重新配对或删除 {0}：它的配对没问题；是 approve 调用请求的权限太少。',
  'Re-scanning the old code or screenshot: a code works once.': '重新扫描旧的码或截图：一个码只能用一次。',
  'Reconnect (retry the command or reload the app/page); most of these only need a fresh connection.':
    '重新连接（重试命令或重新加载应用/页面）；大多数情况只需要一个新连接。',
  'Reconnect the client (restart the app, reload the page, re-run the command).':
    '重新连接客户端（重启应用、重新加载页面、重新运行命令）。',
  'Reconnect the client once (retry the command, reload the app or page).': '让客户端重新连接一次（重试命令，重新加载应用或页面）。',
  'Reconnect the client: it connects once approved.': '重新连接客户端：批准后它就能连上。',
  'Reconnect the desktop app once, list, and approve its one current request:': '重新连接一次桌面应用，列出，并批准它当前唯一的请求：',
  'Reconnect the desktop app: it connects once approved.': '重新连接桌面应用：批准后它就能连上。',
  'Reconnect the device: it connects once approved.': '重新连接设备：批准后它就能连上。',
  'Reconnect the phone app: it connects once approved.': '重新连接手机应用：批准后它就能连上。',
  "Reconnect with the shared gateway token or password instead of the stored device token: on {0} and newer a local CLI using the shared token on loopback connects without the device identity, so the stored token's scopes stop mattering.":
    '用共享的网关 token 或密码重新连接，而不是保存的 device token：在 {0} 及更新版本上，本地 CLI 在 loopback 上使用共享 token 时不需要设备身份就能连接，所以保存的 token 的 scope 就无关紧要了。',
  'Reinstall the service from that config, so its environment carries the same token, then restart once:':
    '用那份配置重新安装服务，让它的环境带上同一个 token，然后重启一次：',
  'Reinstall the service from the current config, so it carries the same token:': '用当前配置重新安装服务，让它使用同一个 token：',
  'Related refusals: {0} (raise {1}) and {2} (pass an {3}).': '相关的拒绝：{0}（调大 {1}）和 {2}（传入 {3}）。',
  'Reload the Control UI tab (a hard refresh), then connect again.': '重新加载 Control UI 标签页（强制刷新），然后再次连接。',
  'Reload the page: it connects once approved.': '重新加载页面：批准后它就能连上。',
  "Remote CLI: {0} = the gateway's {1}; other clients: their gateway settings or {2}; a Control UI link must carry it as {3} (the link {4} prints).":
    '远程 CLI：{0} = 网关的 {1}；其他客户端：在它们的网关设置或 {2} 中设置；Control UI 链接必须以 {3} 的形式带上它（即 {4} 打印的链接）。',
  'Remove each stale record by its {0} (from the Control UI or a device that holds {1}); keep the one the app uses now:':
    '按 {0} 删除每条过期记录（在 Control UI 或拥有 {1} 的设备上操作）；保留应用现在使用的那条：',
  'Remove the stale record and pair it once, cleanly.': '删除过期记录，然后干净地重新配对一次。',
  'Remove the stale record: the paired row for that device with the old details (old platform, fewer scopes, oldest {0}), from the Control UI or another device that holds {1}:':
    '删除过期记录：该设备带旧信息的已配对行（旧平台、更少的 scope、{0} 最早），在 Control UI 或另一台拥有 {1} 的设备上操作：',
  'Removing by display name or by row number: {0} takes the deviceId only.': '按显示名称或行号删除：{0} 只接受 deviceId。',
  "Removing or clearing devices: the device is paired; only its token's scopes are short.":
    '删除或清空设备：设备已经配对；只是它的 token 的 scope 不够。',
  'Removing or clearing devices: the device is paired; this call just lacks a scope.':
    '删除或清空设备：设备已经配对；只是这次调用缺少一个 scope。',
  'Removing the device again or clearing the pairing table: it is already removed.': '再次删除设备或清空配对表：它已经被删除了。',
  'Resetting passwords or tokens again before the error says {0}: a pairing or origin refusal does not change with them.':
    '在错误提示 {0} 之前再次重置密码或 token：配对或 origin 拒绝不会因此改变。',
  'Restart it:': '重启它：',
  'Restart the gateway after updating it, and reload any open Control UI tab:':
    '更新网关后重启它，并重新加载所有打开的 Control UI 标签页：',
  'Restart the gateway and list and approve again at once: the restart does not change the pairing, but it drops the connections that keep replacing the request.':
    '重启网关，然后立刻再列出并批准：重启不会改变配对，但会断开那些不断替换请求的连接。',
  'Restart the gateway if it is overloaded or stuck:': '如果网关过载或卡住，重启它：',
  'Restart the gateway so it applies the list:': '重启网关使列表生效：',
  'Restart the gateway so it loads it:': '重启网关以加载它：',
  'Restart the gateway so it loads the change:': '重启网关以加载修改：',
  'Restart the gateway so the service runs the new build:': '重启网关，让服务运行新版本：',
  'Restart the gateway, then list and approve again at once: the restart does not change the pairing, but it drops the connections that keep replacing the request.':
    '重启网关，然后立刻再列出并批准：重启不会改变配对，但会断开那些不断替换请求的连接。',
  'Restart the gateway:': '重启网关：',
  'Restarting the gateway again while it is still starting.': '在网关还在启动时再次重启它。',
  'Restarting the gateway or its container: the request waits for an approval, and a restart does not give one.':
    '重启网关或它的容器：请求在等待批准，重启并不会批准它。',
  'Restarting the gateway: the CLI keeps dialing the LAN address.': '重启网关：CLI 还是会连接局域网地址。',
  'Restarting the gateway: the new identities come from the app, not the gateway.': '重启网关：新身份来自应用，而不是网关。',
  'Restarting the gateway: the new token stays; the clients must learn it.': '重启网关：新 token 会保留；需要让客户端知道新值。',
  'Restarting the gateway: the request waits for an approval, and a restart does not give one.':
    '重启网关：请求在等待批准，重启并不会批准它。',
  'Restarting without changing the password: it still will not match.': '不改密码就重启：还是不会匹配。',
  'Restarting without changing the token: it still will not match.': '不改 token 就重启：还是不会匹配。',
  'Retry a simple gateway call to confirm:': '重试一个简单的网关调用来确认：',
  'Retry the spawn.': '重试 spawn。',
  'Retry what failed ({0}, the cron job, the CLI command).': '重试之前失败的操作（{0}、cron 任务、CLI 命令）。',
  'Retry what failed.': '重试之前失败的操作。',
  'Retrying quickly: every failed attempt counts towards the next lockout.': '快速重试：每次失败都会计入下一次锁定。',
  "Reusing the CLI's own device token from {0} as {1}: a device-token session may only manage its own pairing entry ({2}).":
    '把 {0} 中 CLI 自己的 device token 当作 {1} 复用：device token 会话只能管理它自己的配对条目（{2}）。',
  "Revoke it in the provider's dashboard, create a new one, and update your OpenClaw auth profile.":
    '在服务商的控制台撤销它，新建一个，并更新你的 OpenClaw 认证配置。',
  'Run the CLI as the same OS user as the gateway, with the same {0} / {1} (check the gateway service environment).':
    '以与网关相同的系统用户运行 CLI，并使用相同的 {0} / {1}（检查网关服务的环境变量）。',
  'Run the exact command it printed, right away:': '立即运行它打印的那条确切命令：',
  'Running {0} again from the same device: it will refuse the same way.': '从同一个设备再次运行 {0}：它会以同样的方式拒绝。',
  'Running {0} as the first command after re-pairing (builds before {1}): its probe pairs read-only again.':
    '重新配对后第一条命令就运行 {0}（{1} 之前的版本）：它的探测会再次以只读方式配对。',
  'See where it points:': '看看它指向哪里：',
  'Send the gateway token as {0} (for the hooks endpoint, {1} instead).': '以 {0} 的形式发送网关 token（hooks 端点改用 {1}）。',
  'Set it back to {0} (the default) if you want local upgrades to go through without approval.':
    '如果你希望本地升级无需批准就通过，把它改回 {0}（默认值）。',
  "Set {0} in the gateway's {1} (or {2} in the gateway service's environment).":
    '在网关的 {1} 中设置 {0}（或者在网关服务的环境变量中设置 {2}）。',
  'Some builds need an upgrade rather than an approval:': '有些版本需要升级而不是批准：',
  'Some {0} builds answered method calls with {1} by mistake.': '有些 {0} 版本错误地以 {1} 回应方法调用。',
  'Some of these steps have not been tested on OpenClaw {0} yet: if one fails, paste its output here.':
    '其中有些步骤还没有在 OpenClaw {0} 上测试过：如果某一步失败了，把它的输出贴到这里。',
  'Start it again (systemd, LaunchAgent or Scheduled Task, whichever installed it):':
    '再次启动它（systemd、LaunchAgent 或计划任务，看当初用哪个安装的）：',
  'Step {0} has not been tested on OpenClaw {1} yet: if it fails, paste its output here.':
    '第 {0} 步还没有在 OpenClaw {1} 上测试过：如果它失败了，把它的输出贴到这里。',
  'Still failing?': '还是失败？',
  'Still {0} right after listing?': '列出后马上批准仍然返回 {0}？',
  'Stop the client that keeps reconnecting first (quit the app, stop the {0}), so the request holds still.':
    '先停掉不断重连的客户端（退出应用，停止 {0}），让请求保持不变。',
  'Stop what keeps reconnecting first (the app, {0} or client that is pairing; for a CLI, every {1} command is a new connect), so the pending request stops being replaced.':
    '先停掉不断重连的东西（正在配对的应用、{0} 或客户端；对 CLI 来说，每条 {1} 命令都是一次新的连接），这样待处理的请求就不会再被替换。',
  'Stop what keeps reconnecting first: quit the app (or stop the {0} / the client) that is pairing, so the pending request stops being replaced.':
    '先停掉不断重连的东西：退出正在配对的应用（或停止 {0} / 该客户端），让待处理的请求不再被替换。',
  'Stop whatever keeps reconnecting first: the agent run calling {0}, cron jobs, other {1} terminals, {2}.':
    '先停掉所有不断重连的东西：调用 {0} 的 agent 运行、cron 任务、其他 {1} 终端、{2}。',
  'Switching device auth off with the break-glass setting: it is retired and ignored in {0}, and a security hole where it still works.':
    '用应急开关关闭设备认证：它在 {0} 中已废弃并被忽略，而在仍然生效的版本上是一个安全漏洞。',
  'Switching device auth off with the break-glass setting: it is retired in newer builds and leaves the gateway open to anyone on the network.':
    '用应急开关关闭设备认证：它在较新的版本中已废弃，而且会让网关对网络上的任何人开放。',
  'Tailscale identity login failed ({0}): the request did not come through Tailscale Serve with a matching identity.':
    'Tailscale 身份登录失败（{0}）：请求没有通过带匹配身份的 Tailscale Serve 进来。',
  'Take the current requestId of the pairing device and approve it in the same breath as listing it.':
    '取正在配对的设备当前的 requestId，在列出的同时立即批准它。',
  'Take the whole id straight from the list and approve it in one go:': '直接从列表中取完整的 id，一次性批准：',
  'Test the gateway itself on its own host and port, bypassing that URL (with the gateway token; do not paste the token here):':
    '在网关自己的主机和端口上直接测试网关，绕过那个 URL（带上网关 token；不要把 token 贴在这里）：',
  'That happens before auth or pairing, so there is nothing to approve.': '那发生在认证或配对之前，所以没有需要批准的东西。',
  "That is Discord's DM pairing: someone messaged your bot and is waiting to be let in.":
    '那是 Discord 的私信配对：有人给你的机器人发了消息，正在等你放行。',
  "That is Feishu's DM pairing: someone messaged your bot and is waiting to be let in.":
    '那是飞书（Feishu）的私信配对：有人给你的机器人发了消息，正在等你放行。',
  "That is Slack's DM pairing: someone messaged your bot and is waiting to be let in.":
    '那是 Slack 的私信配对：有人给你的机器人发了消息，正在等你放行。',
  "That is Telegram's DM pairing: someone messaged your bot and is waiting to be let in.":
    '那是 Telegram 的私信配对：有人给你的机器人发了消息，正在等你放行。',
  "That is a chat channel's DM pairing code: someone messaged your bot and is waiting to be let in.":
    '那是聊天频道的私信配对码：有人给你的机器人发了消息，正在等你放行。',
  "That is the chat channel's DM pairing: someone messaged your bot and is waiting to be let in.":
    '那是聊天频道的私信配对：有人给你的机器人发了消息，正在等你放行。',
  'That means that request is the pairing device asking for access its pairing does not have yet.':
    '这说明那个请求就是正在配对的设备在请求它的配对还没有的权限。',
  'That means the id you approved had already been replaced: each reconnect of the pairing device that asks for something different files a new request with a new requestId, and each expires after {0} minutes, so an id copied by hand loses the race.':
    '这说明你批准的 id 已经被替换：正在配对的设备每次以不同请求重连都会生成一个带新 requestId 的新请求，而且每个请求 {0} 分钟后过期，所以手动复制的 id 总是赶不上。',
  'That means the id you approved had already been replaced: each reconnect of your device that asks for something different files a new request with a new requestId, and each expires after {0} minutes, so an id copied by hand loses the race.':
    '这说明你批准的 id 已经被替换：你的设备每次以不同请求重连都会生成一个带新 requestId 的新请求，而且每个请求 {0} 分钟后过期，所以手动复制的 id 总是赶不上。',
  'That means the id you approved had already been replaced: each reconnect of your {0} {1} that asks for something different files a new request with a new requestId, and each expires after {2} minutes, so an id copied by hand loses the race.':
    '这说明你批准的 id 已经被替换：你的 {0} {1} 每次以不同请求重连都会生成一个带新 requestId 的新请求，而且每个请求 {2} 分钟后过期，所以手动复制的 id 总是赶不上。',
  'That port speaks TLS (Tailscale Serve answers HTTPS on {0}), so the {1} must connect with TLS.':
    '那个端口使用 TLS（Tailscale Serve 在 {0} 上提供 HTTPS），所以 {1} 必须用 TLS 连接。',
  "The CLI and the gateway's own tools refused to send credentials over plaintext {0} to the container's bridge address {1} ({2}); nothing reached the gateway, so this is not a pairing problem.":
    'CLI 和网关自己的工具拒绝通过明文 {0} 向容器的网桥地址 {1} 发送凭据（{2}）；什么都没到达网关，所以这不是配对问题。',
  'The CLI approved against its own pairing files, but the running gateway keeps its pairing somewhere else (another {0}, OS user or container).':
    'CLI 批准时用的是它自己的配对文件，但运行中的网关把配对保存在别的地方（另一个 {0}、系统用户或容器）。',
  'The CLI refused to send credentials over plaintext {0} to {1} ({2}); nothing reached the gateway, so this is not a pairing problem.':
    'CLI 拒绝通过明文 {0} 向 {1} 发送凭据（{2}）；什么都没到达网关，所以这不是配对问题。',
  'The Control UI (dashboard) is not sending a gateway token, but the gateway requires one ({0}); this is not a pairing problem.':
    'Control UI（控制面板）没有发送网关 token，但网关要求提供（{0}）；这不是配对问题。',
  'The Control UI (dashboard) is sending a gateway token the gateway does not accept ({0}); this is not a pairing problem.':
    'Control UI（控制面板）发送的网关 token 不被网关接受（{0}）；这不是配对问题。',
  'The Control UI is open over plain HTTP from another machine, so the browser cannot create its device identity ({0}); this is not a pairing problem.':
    'Control UI 是从另一台机器通过明文 HTTP 打开的，所以浏览器无法创建它的设备身份（device identity）（{0}）；这不是配对问题。',
  'The agent tried to use a node that is not approved yet: the gateway is holding its pairing request {0}, and the invoke runs once it is approved.':
    'agent 试图使用一个尚未批准的节点：网关正挂着它的配对请求 {0}，批准后调用就会执行。',
  'The break-glass setting that switches device auth off: it covers the Control UI only and never affected CLI or agent connections.':
    '关闭设备认证的应急开关：它只覆盖 Control UI，从来不影响 CLI 或 agent 的连接。',
  'The browser connected without a device identity and without the gateway token ({0}), so the gateway could not even create a pairing request.':
    '浏览器连接时既没有设备身份（device identity），也没有网关 token（{0}），所以网关连配对请求都无法创建。',
  'The browser then asks to be approved once, as a new device: that request is the normal next step, not this error.':
    '之后浏览器会作为新设备请求批准一次：那个请求是正常的下一步，不是这个错误。',
  'The call never got as far as auth or pairing, so this is not a pairing problem.': '这次调用根本没走到认证或配对，所以这不是配对问题。',
  'The client and the gateway speak different protocol versions ({0}): a version skew between them, not a pairing problem.':
    '客户端和网关使用的协议版本不同（{0}）：是两者之间的版本不一致，不是配对问题。',
  'The client connected without a device identity and without a valid gateway token or password ({0}), so the gateway could not even create a pairing request.':
    '客户端连接时既没有设备身份（device identity），也没有有效的网关 token 或密码（{0}），所以网关连配对请求都无法创建。',
  "The client gave up waiting for the gateway's connect challenge ({0}): the gateway is slow or a proxy is not passing WebSocket frames.":
    '客户端等不到网关的连接质询（connect challenge）而放弃了（{0}）：网关太慢，或者代理没有转发 WebSocket 帧。',
  'The client is not sending a gateway token, but the gateway requires one ({0}); this is not a pairing problem.':
    '客户端没有发送网关 token，但网关要求提供（{0}）；这不是配对问题。',
  'The client is sending a gateway token the gateway does not accept ({0}); this is not a pairing problem.':
    '客户端发送的网关 token 不被网关接受（{0}）；这不是配对问题。',
  'The connect itself still fails with pairing required: that is expected.': '连接本身仍会以 pairing required 失败：这是预期的。',
  'The connection opened but the connect handshake did not finish in time ({0}), so the gateway closed it with {1} and no reason.':
    '连接已打开，但连接握手（handshake）没有及时完成（{0}），所以网关以 {1} 关闭了它，且没有原因。',
  'The device you approved from does not hold {0} itself, and nobody can grant more than they have: approve from a session that does.':
    '你用来批准的设备本身没有 {0}，而谁都不能授予比自己更多的权限：请从拥有它的会话中批准。',
  'The device you approved from is not allowed to approve other devices, so OpenClaw asked to upgrade it first and refused ({0}): approve the new device from the gateway host instead.':
    '你用来批准的设备无权批准其他设备，所以 OpenClaw 先要求升级它，然后拒绝了（{0}）：请改为在网关主机上批准新设备。',
  'The deviceId you are asking for is in the JSON list, not the table (newer builds such as {0} also print a Device ID column).':
    '你要找的 deviceId 在 JSON 列表里，不在表格里（较新的版本如 {0} 也会打印 Device ID 列）。',
  'The devices the gateway knows, run on the gateway host:': '网关知道的设备，在网关主机上运行：',
  "The error is the client app's own (AEGIS, not a gateway pairing answer): it fails around its own setup or stored credentials, so nothing is waiting on the gateway to approve.":
    '这个错误来自客户端应用自身（AEGIS，不是网关的配对应答）：它在自己的设置或保存的凭据上出错，所以网关上没有等待批准的东西。',
  "The error is the client app's own (not a gateway pairing answer): it fails around its own setup or stored credentials, so nothing is waiting on the gateway to approve.":
    '这个错误来自客户端应用自身（不是网关的配对应答）：它在自己的设置或保存的凭据上出错，所以网关上没有等待批准的东西。',
  'The exact error line decides it.': '准确的错误那一行决定了是哪一种。',
  'The exact error, copied as text (screenshots cannot be read here): the line under the Connect button or in the red banner, e.g.':
    '准确的错误，以文本形式复制（这里读不了截图）：Connect 按钮下方或红色横幅里的那一行，例如',
  'The exact error, copied as text (screenshots cannot be read here): the line under the Connect button or in the red banner, e.g. {0}.':
    '准确的错误，以文本形式复制（这里读不了截图）：Connect 按钮下方或红色横幅里的那一行，例如 {0}。',
  'The failed tries have locked this client out for {0} minutes ({1}): once the token is right, wait that out or restart the gateway, which clears the lockout.':
    '失败的尝试已让这个客户端被锁定 {0} 分钟（{1}）：token 正确之后，等锁定结束或重启网关，重启会清除锁定。',
  'The fix is a desktop app build that keeps its identity; then approve once.': '解决办法是使用能保留身份的桌面应用版本；然后批准一次。',
  'The gateway answered {0} for {1} itself, without the local fallback: your CLI connected fine, so that request was most likely approved already (this is what approving the same id twice prints), replaced by a newer one, or expired.':
    '网关自己对 {1} 返回了 {0}，没有走本地回退：你的 CLI 连接正常，所以那个请求很可能已经被批准过（重复批准同一个 id 就会打印这个），或被更新的请求替换，或已过期。',
  'The gateway answered {0} itself, without the local fallback: your CLI connected fine, so that request was most likely approved already (this is what approving the same id twice prints), replaced by a newer one, or expired.':
    '网关自己返回了 {0}，没有走本地回退：你的 CLI 连接正常，所以那个请求很可能已经被批准过（重复批准同一个 id 就会打印这个），或被更新的请求替换，或已过期。',
  'The gateway answered {0}: the device being re-approved (its platform or OS details changed) keeps reconnecting, and each reconnect replaces the pending request with a new id, so the one you approved was gone.':
    '网关返回了 {0}：正在重新批准的设备（其平台或系统信息变了）不断重连，每次重连都会用新 id 替换待处理的请求，所以你批准的那个已经不存在了。',
  'The gateway closed the connection after more than {0} calls its role may not make ({1}); this is a client using the wrong role, not a pairing problem.':
    '网关在收到超过 {0} 次该角色不允许的调用后关闭了连接（{1}）；这是客户端用错了角色，不是配对问题。',
  'The gateway closed the connection because the client stopped reading and over {0} MiB piled up for it ({1}); this is a client or network problem, not a pairing problem.':
    '网关关闭了连接，因为客户端停止读取，为它堆积了超过 {0} MiB 的数据（{1}）；这是客户端或网络问题，不是配对问题。',
  'The gateway closed the connection with {0} and no reason ({1}) before the connect handshake finished: that is the handshake timeout, or the endpoint in between dropping the WebSocket.':
    '网关在连接握手（handshake）完成之前以 {0} 关闭了连接，且没有原因（{1}）：这是握手超时，或者中间的端点断开了 WebSocket。',
  'The gateway closed the connection with {0} and no reason ({1}) before the connect handshake finished: that is the handshake timeout.':
    '网关在连接握手（handshake）完成之前以 {0} 关闭了连接，且没有原因（{1}）：这就是握手超时。',
  'The gateway could not attribute the client behind your reverse proxy ({0}); this is proxy configuration, not a pairing problem.':
    '网关无法识别你的反向代理后面的客户端（{0}）；这是代理配置问题，不是配对问题。',
  'The gateway ended this session because its policy, your role or your access changed ({0} {1}); this is not a pairing problem.':
    '网关结束了这个会话，因为它的策略、你的角色或你的访问权限变了（{0} {1}）；这不是配对问题。',
  'The gateway has temporarily locked this client out after too many failed logins ({0}); this is not a pairing problem.':
    '登录失败次数过多，网关暂时锁定了这个客户端（{0}）；这不是配对问题。',
  "The gateway ignores your reverse proxy's forwarded headers ({0}): the proxy hop's address is not matched by {1}, so every browser looks like the proxy itself.":
    '网关忽略了你的反向代理转发的头（{0}）：代理这一跳的地址不匹配 {1}，所以每个浏览器看起来都像是代理本身。',
  'The gateway is holding a pending request for it: I need its id to give you the exact command.':
    '网关正挂着它的一个待处理请求：我需要它的 id 才能给你确切的命令。',
  'The gateway is in password mode but has no password configured ({0}), so no client can log in; this is not a pairing problem.':
    '网关处于密码模式，但没有配置密码（{0}），所以任何客户端都无法登录；这不是配对问题。',
  'The gateway is in token mode but has no token configured ({0}), so no client can log in; this is not a pairing problem.':
    '网关处于 token 模式，但没有配置 token（{0}），所以任何客户端都无法登录；这不是配对问题。',
  'The gateway log names it in {0} lines:': '网关日志会在 {0} 行中写明它：',
  'The gateway log names the exact reason in {0} lines; reproduce once while watching:':
    '网关日志会在 {0} 行中写明确切原因；一边观察一边复现一次：',
  "The gateway refused a method for this connection's role ({0}): a node connection called an operator method, or the other way round.":
    '网关拒绝了这个连接的角色调用某个方法（{0}）：一个节点连接调用了 operator 方法，或者反过来。',
  'The gateway refused the WebSocket upgrade ({0}, then a {1} close): the client never got as far as the handshake, so there is no pairing request yet.':
    '网关拒绝了 WebSocket 升级（{0}，然后以 {1} 关闭）：客户端连握手（handshake）都没走到，所以还没有配对请求。',
  "The gateway refused the browser's origin ({0}): the page's address is not the gateway host and is not in {1}.":
    '网关拒绝了浏览器的 origin（{0}）：页面的地址不是网关主机，也不在 {1} 中。',
  "The gateway refused the browser's origin ({0}, origin {1}): the page's address is not the gateway host and is not in {2}.":
    '网关拒绝了浏览器的 origin（{0}，origin 为 {1}）：页面的地址不是网关主机，也不在 {2} 中。',
  "The gateway rejected the client's device authentication ({0}): a damaged identity or a client/gateway version skew, not a pairing request.":
    '网关拒绝了客户端的设备认证（{0}）：这是身份文件损坏或客户端/网关版本不一致，不是配对请求。',
  "The gateway rejected the client's device signature as expired ({0}): the client's and the gateway's clocks differ by more than {1} minutes.":
    '网关以签名过期为由拒绝了客户端的设备签名（{0}）：客户端和网关的时钟相差超过 {1} 分钟。',
  "The gateway rejected the connect frame ({0}) because Chrome extension does not answer the gateway's connect challenge the way this gateway expects: the device block must carry the challenge {1} and its signature.":
    '网关拒绝了连接帧（{0}），因为 Chrome 扩展没有按这个网关期望的方式回应连接质询：device 块必须带上质询的 {1} 和它的签名。',
  "The gateway rejected the connect frame ({0}) because ClawSuite does not answer the gateway's connect challenge the way this gateway expects: the device block must carry the challenge {1} and its signature.":
    '网关拒绝了连接帧（{0}），因为 ClawSuite 没有按这个网关期望的方式回应连接质询：device 块必须带上质询的 {1} 和它的签名。',
  "The gateway rejected the connect frame ({0}) because the client does not answer the gateway's connect challenge the way this gateway expects: the device block must carry the challenge {1} and its signature.":
    '网关拒绝了连接帧（{0}），因为客户端没有按这个网关期望的方式回应连接质询：device 块必须带上质询的 {1} 和它的签名。',
  'The gateway rejected the connect frame ({0}) because the client sends a {1} this gateway does not know: a client built for another OpenClaw release.':
    '网关拒绝了连接帧（{0}），因为客户端发送了这个网关不认识的 {1}：这是为另一个 OpenClaw 发行版构建的客户端。',
  'The gateway rejected the connect handshake itself ({0}): usually a client from a different OpenClaw release, a wrong URL/path, or a non-OpenClaw WebSocket client.':
    '网关拒绝了连接握手（handshake）本身（{0}）：通常是来自不同 OpenClaw 发行版的客户端、错误的 URL/路径，或者不是 OpenClaw 的 WebSocket 客户端。',
  "The gateway rejected this client's credentials ({0}); this is an authentication failure, not a pairing request.":
    '网关拒绝了这个客户端的凭据（{0}）；这是认证失败，不是配对请求。',
  "The gateway rejected this client's device token and no gateway token was sent ({0}); this is an auth problem, not a pending pairing request.":
    '网关拒绝了这个客户端的 device token，而且没有发送网关 token（{0}）；这是认证问题，不是待处理的配对请求。',
  "The gateway rejected this client's device token because its scopes do not cover this connection ({0}); the error itself did not create a pairing request.":
    '网关拒绝了这个客户端的 device token，因为它的 scope 不覆盖这次连接（{0}）；这个错误本身没有创建配对请求。',
  "The gateway rejected this client's stored device token ({0}); the token was rotated or revoked, or belongs to another gateway or state dir.":
    '网关拒绝了这个客户端保存的 device token（{0}）；该 token 已被轮换或撤销，或者属于另一个网关或状态目录。',
  "The gateway service was installed with a different token than the one in {0} ({1}), so clients using the config's {2} are refused (and {3} with them).":
    '网关服务安装时使用的 token 与 {0} 中的不同（{1}），所以使用配置中 {2} 的客户端会被拒绝（{3} 也一样）。',
  "The gateway service was installed with a different token than the one in {0} ({1}), so clients using the config's {2} are refused.":
    '网关服务安装时使用的 token 与 {0} 中的不同（{1}），所以使用配置中 {2} 的客户端会被拒绝。',
  "The gateway service was installed with a different token than the one in {0}, so clients using the config's {1} are refused.":
    '网关服务安装时使用的 token 与 {0} 中的不同，所以使用配置中 {1} 的客户端会被拒绝。',
  'The gateway was restarting ({0} {1}); this is transient, not a pairing problem.':
    '网关当时正在重启（{0} {1}）；这是暂时的，不是配对问题。',
  'The gateway was still starting up or restarting ({0}); this is transient, not a pairing problem.':
    '网关当时还在启动或重启中（{0}）；这是暂时的，不是配对问题。',
  'The gateway was updated while the Control UI page was open ({0}): reload the page.':
    '网关在 Control UI 页面打开时被更新了（{0}）：重新加载页面。',
  "The gateway's HTTPS front refused the WebSocket upgrade ({0}, then a {1} close): the client never got as far as the handshake, so there is no pairing request yet.":
    '网关的 HTTPS 前端拒绝了 WebSocket 升级（{0}，然后以 {1} 关闭）：客户端连握手（handshake）都没走到，所以还没有配对请求。',
  "The gateway's log around a failed try (the {0} line); if the gateway runs in Docker, {1} instead:":
    '一次失败尝试前后的网关日志（{0} 那一行）；如果网关在 Docker 中运行，改用 {1}：',
  "The gateway's own token or password is literally the placeholder {0} ({1}), usually copied back from redacted {2} output; this is not a pairing problem.":
    '网关自己的 token 或密码就是占位符 {0}（{1}），通常是从打码后的 {2} 输出中复制回来的；这不是配对问题。',
  "The gateway's shared token or password changed, so it dropped connections that used the old one ({0} {1}); this is not a pairing problem.":
    '网关的共享 token 或密码变了，所以它断开了使用旧值的连接（{0} {1}）；这不是配对问题。',
  'The later {0} only means you approved the same id twice: the first approve already worked.':
    '后面那个 {0} 只说明你把同一个 id 批准了两次：第一次批准已经成功了。',
  'The next connect from it is a first pairing: on loopback the CLI is paired again silently with the scopes that call asks for.':
    '它的下一次连接是首次配对：在 loopback 上，CLI 会被静默地重新配对，并获得那次调用请求的 scope。',
  "The pairing that tools, cron and {0} need is device pairing: your host's own device asks for more scopes than it was paired with, and its request is in {1}.":
    '工具、cron 和 {0} 需要的是设备配对：你主机自己的设备在请求比配对时更多的 scope，它的请求在 {1} 里。',
  'The pending requests and paired devices, run on the gateway host as the same user (no {0}):':
    '待处理的请求和已配对的设备，在网关主机上以同一用户运行（不要加 {0}）：',
  'The requestId is the {0} field of the {1} entry whose {2} is yours.': 'requestId 是 {1} 中 {2} 为你的设备的那个条目的 {0} 字段。',
  'The setup code the app or node used is no longer valid ({0}); setup codes are one-time and short-lived.':
    '应用或节点使用的设置码已失效（{0}）；设置码是一次性且有效期很短的。',
  'The whole id is in the device list.': '完整的 id 在设备列表里。',
  'The {0} line you will see is normal: approve works through it.': '你会看到的那行 {0} 是正常的：approve 会通过它完成。',
  'Then approve the device that is waiting (your browser or app: its newest pending row), the same way:':
    '然后用同样的方式批准正在等待的设备（你的浏览器或应用：它最新的待处理行）：',
  'Then clear the pile of pending requests it left (this rejects every pending request, so check the list first):':
    '然后清掉它留下的一堆待处理请求（这会拒绝所有待处理的请求，所以先看一下列表）：',
  'Then let the agent retry the invoke.': '然后让 agent 重试这次调用。',
  'Then list again and approve the id it shows, right away:': '然后再列一次，并立即批准它显示的 id：',
  'Then list and approve the pending request by its request id (not its device id), right after listing:':
    '然后在列出后立即按请求 id（不是设备 id）批准待处理的请求：',
  'Then restart the {0} (or reconnect the app): it connects once approved.': '然后重启 {0}（或重新连接应用）：批准后它就能连上。',
  'Then retry the command that failed.': '然后重试失败的命令。',
  'Then retry what failed ({0}, the cron job, the CLI command).': '然后重试失败的操作（{0}、cron 任务、CLI 命令）。',
  'Then retry what failed.': '然后重试之前失败的操作。',
  'Then retry.': '然后重试。',
  'Then retry:': '然后重试：',
  'Then start the app or client again: it connects with the approved pairing.': '然后再启动应用或客户端：它会用已批准的配对连接。',
  'Then tidy up the old narrow CLI record, the paired row with the old {0} and fewer scopes:':
    '然后清理旧的窄权限 CLI 记录，即 {0} 较旧、scope 较少的那个已配对行：',
  'Then upgrade OpenClaw to {0} or newer: ({1}: internal loopback calls then stop using this pairing at all.)':
    '然后把 OpenClaw 升级到 {0} 或更新版本：（{1}：之后内部 loopback 调用就完全不再使用这个配对。）',
  'Then wait for the lockout to end ({0} minutes by default, {1}), or restart the gateway, which clears it because the limiter lives in memory:':
    '然后等锁定结束（默认 {0} 分钟，{1}），或重启网关，因为限流器在内存中，重启会清除它：',
  "This device can't approve its own scope upgrade: the approval has to come from somewhere that already holds the scopes.":
    '这个设备不能批准它自己的 scope 升级：批准必须来自已经拥有这些 scope 的地方。',
  'This device has never been approved on this gateway (reason {0}): approve its first pairing request.':
    '这个设备从未在这个网关上被批准过（原因 {0}）：批准它的第一个配对请求。',
  "This device was removed from the gateway's paired devices ({0} {1}), so its connection was closed; its next connect will be a new pairing request.":
    '这个设备已从网关的已配对设备中删除（{0} {1}），所以它的连接被关闭了；它下次连接将是一个新的配对请求。',
  'This did not create a pairing request, so there is nothing to approve for it.': '这没有创建配对请求，所以没有需要批准的东西。',
  'This did not create a pairing request.': '这没有创建配对请求。',
  'This is not a pairing problem.': '这不是配对问题。',
  'This is not a pending pairing request.': '这不是待处理的配对请求。',
  'This is proxy configuration, not a pairing problem.': '这是代理配置问题，不是配对问题。',
  "This looks like OpenClaw device pairing ({0}): a device on your gateway, often the host's own CLI identity, is asking for more scopes than it was paired with.":
    '这看起来是 OpenClaw 设备配对问题（{0}）：你网关上的某个设备（通常是这台主机自己的 CLI 身份）在请求比配对时更多的 scope。',
  'This request came from {0}, a public address, not this host: approve it only if that is your own device; if not, reject it and check who can reach your gateway.':
    '这个请求来自 {0}，这是公网地址，不是这台主机：只有确认是你自己的设备才批准；否则拒绝它，并检查谁能访问你的网关。',
  'To skip codes for people you know, put their Discord user id in {0} instead.':
    '想让认识的人跳过配对码，改为把他们的 Discord 用户 id 放进 {0}。',
  'To skip codes for people you know, put their Feishu user id in {0} instead.':
    '想让认识的人跳过配对码，改为把他们的飞书用户 id 放进 {0}。',
  'To skip codes for people you know, put their Slack user id in {0} instead.':
    '想让认识的人跳过配对码，改为把他们的 Slack 用户 id 放进 {0}。',
  'To skip codes for people you know, put their Telegram user id in {0} instead.':
    '想让认识的人跳过配对码，改为把他们的 Telegram 用户 id 放进 {0}。',
  'To skip codes for people you know, put their chat user id in {0} instead.': '想让认识的人跳过配对码，改为把他们的聊天用户 id 放进 {0}。',
  "Trusted-proxy authentication failed ({0}): the proxy's address or identity headers were not accepted.":
    'trusted-proxy 认证失败（{0}）：代理的地址或身份头没有被接受。',
  "Trusted-proxy authentication failed: the proxy's address or identity headers were not accepted.":
    'trusted-proxy 认证失败：代理的地址或身份头没有被接受。',
  'Try a newer build (a newer image if the gateway runs in a container), then retry.':
    '试试更新的版本（如果网关在容器中运行，就用更新的镜像），然后重试。',
  'Turn on NTP time sync (Linux with systemd):': '开启 NTP 时间同步（使用 systemd 的 Linux）：',
  'Two outputs tell me which and give you the exact fix.': '下面两个输出能告诉我是哪个设备，并给你确切的修复命令。',
  'Type the real value only in your terminal, never here.': '真实的值只在你的终端里输入，绝不要贴在这里。',
  'Until you can upgrade: approve it from a Control UI session on the gateway host (Nodes/Devices → Approve), which holds admin.':
    '在能升级之前：从网关主机上的 Control UI 会话中批准它（Nodes/Devices → Approve），它拥有 admin。',
  "Update Chrome extension to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:":
    '把 Chrome 扩展更新到为你的网关版本构建的发行版（它的发布页面或内置更新）；如果还没有，把错误和你的网关版本报告给它的作者：',
  "Update ClawPanel to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:":
    '把 ClawPanel 更新到为你的网关版本构建的发行版（它的发布页面或内置更新）；如果还没有，把错误和你的网关版本报告给它的作者：',
  "Update ClawSuite to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:":
    '把 ClawSuite 更新到为你的网关版本构建的发行版（它的发布页面或内置更新）；如果还没有，把错误和你的网关版本报告给它的作者：',
  'Update ClawX through its own updater: it ships its own OpenClaw ({0} or newer is what you want inside it).':
    '通过 ClawX 自己的更新程序更新它：它自带 OpenClaw（你需要的是里面有 {0} 或更新版本）。',
  'Update NemoClaw to {0}.{1} or newer with its own installer or updater; it pins the OpenClaw build inside, so an update run inside it does not stick.':
    '用 NemoClaw 自己的安装程序或更新程序把它更新到 {0}.{1} 或更新版本；它固定了内部的 OpenClaw 版本，所以在它内部运行更新不会生效。',
  "Update OpenClaw-Admin to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:":
    '把 OpenClaw-Admin 更新到为你的网关版本构建的发行版（它的发布页面或内置更新）；如果还没有，把错误和你的网关版本报告给它的作者：',
  'Update OpenClaw:': '更新 OpenClaw：',
  'Update every client that had the old one: {0} on remote CLIs, {1} wherever it is set, and the Control UI via a fresh link:':
    '更新所有用旧值的客户端：远程 CLI 上的 {0}，所有设置了 {1} 的地方，以及通过新链接打开的 Control UI：',
  'Update the desktop app to a build that keeps its device identity between starts (its own updater or download), and check that nothing (a cleanup tool, antivirus, a roaming profile) wipes the folder where it stores its device key.':
    '把桌面应用更新到能在多次启动之间保留设备身份的版本（用它自己的更新程序或下载），并检查没有东西（清理工具、杀毒软件、漫游配置文件）清空它存放设备密钥的文件夹。',
  'Update the older side so both run the same release (a client app or extension through its own updater; a gateway in a container through a newer image).':
    '更新较旧的一方，让两边运行同一个发行版（客户端应用或扩展用它自己的更新程序；容器中的网关用更新的镜像）。',
  'Update the older side so both run the same release:': '更新较旧的一方，让两边运行同一个发行版：',
  'Update the older side so both run the same release: the gateway through a newer image or redeploy (an update run inside it is lost on the next recreate), a client app through its own updater.':
    '更新较旧的一方，让两边运行同一个发行版：网关用更新的镜像或重新部署（在它内部运行的更新会在下次重建时丢失），客户端应用用它自己的更新程序。',
  'Update the older side:': '更新较旧的一方：',
  'Upgrade OpenClaw to {0} or newer:': '把 OpenClaw 升级到 {0} 或更新版本：',
  'Upgrade first ({0} or newer), then list the devices again.': '先升级（{0} 或更新版本），然后再列出设备。',
  'Use a link that carries the gateway token in its {0} part (printed on the gateway host by the command below), or paste the token in Control UI settings:':
    '使用在 {0} 部分带有网关 token 的链接（在网关主机上用下面的命令打印），或者把 token 粘贴到 Control UI 设置中：',
  'Use a secure context instead; this is not a pairing problem.': '改用安全上下文；这不是配对问题。',
  'Use an operator client (the CLI, the Control UI) for operator methods, and the {0} for node methods.':
    'operator 方法用 operator 客户端（CLI、Control UI）调用，节点方法用 {0} 调用。',
  'Use its request id, not its device id:': '用它的请求 id（request id），不是设备 id：',
  'Wait a few seconds and retry; OpenClaw clients retry this on their own.': '等几秒再重试；OpenClaw 客户端会自己重试。',
  'Watch the gateway log and retry once: the {0} line names the failing credential (e.g.':
    '盯着网关日志并重试一次：{0} 那一行会写明失败的凭据（例如',
  'Watch the gateway log and retry once: the {0} line names the failing credential (e.g. {1}).':
    '盯着网关日志并重试一次：{0} 那一行会写明失败的凭据（例如 {1}）。',
  'Where the gateway runs (the same container, sandbox or template console as the gateway, not your own computer), list the codes waiting for approval:':
    '在网关运行的地方（与网关相同的容器、沙箱或模板控制台，而不是你自己的电脑），列出等待批准的配对码：',
  'Whether {0} approves local scope upgrades silently again ({1}, in {2}) is unverified.':
    '{0} 是否会再次静默批准本地 scope 升级（{1}，在 {2} 中）尚未验证。',
  'Which build is this?': '这是哪个版本？',
  'Wide ranges such as {0} in {1}: anyone could then forge their address.': '在 {1} 中使用 {0} 这样的大范围：那样任何人都可以伪造地址。',
  'Wildcards such as {0} in {1}.': '在 {1} 中使用 {0} 这样的通配符。',
  "With the OpenClaw that ClawPanel ships (its own state directory): update ClawPanel to a release built for your gateway's version (its releases page or built-in updater); if there is none yet, report the error to its authors with your gateway version:":
    '用 ClawPanel 自带的 OpenClaw（它有自己的状态目录）：把 ClawPanel 更新到为你的网关版本构建的发行版（它的发布页面或内置更新）；如果还没有，把错误和你的网关版本报告给它的作者：',
  'With the OpenClaw that OneClaw ships (its own state directory): which build is this?':
    '用 OneClaw 自带的 OpenClaw（它有自己的状态目录）：这是哪个版本？',
  'With the OpenClaw that the desktop bundle (LobsterAI) ships (a separately installed {0} may use another state directory), list the pending requests while the client is trying to connect:':
    '用桌面套件（LobsterAI）自带的 OpenClaw（单独安装的 {0} 可能使用另一个状态目录），在客户端尝试连接时列出待处理的请求：',
  'With {0} (or {1}) the CLI does not reuse the token from your config ({2}); nothing was sent to the gateway, so this is not a pairing problem.':
    '使用 {0}（或 {1}）时，CLI 不会复用你配置中的 token（{2}）；什么都没发送到网关，所以这不是配对问题。',
  'You approve on the gateway host itself (inside its container when it runs in one), with {0} for the pending entry of the device that fails; the list below shows which one.':
    '批准要在网关主机上进行（网关在容器里运行时就在容器内），对出错设备的那条待处理请求执行 {0}；下面的列表会显示是哪一条。',
  "You are on NemoClaw {0}.{1}, and by your account the pairing fix is in NemoClaw {2}.{3}: move NemoClaw to {4}.{5} or newer first (I can't check NemoClaw's own releases; the OpenClaw build inside comes with it).":
    '你用的是 NemoClaw {0}.{1}，按你的说法配对修复在 NemoClaw {2}.{3} 中：先把 NemoClaw 升级到 {4}.{5} 或更新版本（我查不了 NemoClaw 自己的发行版；里面的 OpenClaw 版本随它一起提供）。',
  "You are on {0}, newer than the newest release I know ({1}), so I can't tell whether this build treats it differently: here is what works on the builds I know.":
    '你用的是 {0}，比我知道的最新版本（{1}）还新，所以我不能确定这个版本是否有不同的处理：下面是在我知道的版本上有效的做法。',
  'You are on {0}, older than the builds this advice was verified on: upgrade first.': '你用的是 {0}，比验证这些建议的版本更旧：请先升级。',
  'You are on {0}: upgrade to {1} or newer ({2}) so internal calls stop using this narrow pairing.':
    '你用的是 {0}：请升级到 {1} 或更新版本（{2}），这样内部调用就不会再使用这个窄权限配对。',
  'You are on {0}: upgrade to {1} or newer so internal calls stop tripping over this pairing.':
    '你用的是 {0}：请升级到 {1} 或更新版本，这样内部调用就不会再被这个配对卡住。',
  'You describe a scope upgrade rather than paste it: your device is paired with narrower scopes and now asks for more (scope upgrade).':
    '你描述的是一次 scope 升级（没有贴出原文）：你的设备配对时的 scope 较窄，现在请求更多（scope upgrade）。',
  'You say after removing the device it cannot pair again: that is how removal works.':
    '你说删除设备后它无法再次配对：删除就是这样工作的。',
  'You say approve answers {0} and the requestId changes with every retry.': '你说 approve 返回 {0}，而且 requestId 每次重试都会变。',
  'You say approve answers {0} shows a pending request.': '你说 approve 返回 {0} 时显示有待处理的请求。',
  'You say approve answers {0}.': '你说 approve 返回 {0}。',
  'You say approve itself fails with the same pairing error: that is because the CLI you approve with is itself paired too narrow, so its own connect needs the upgrade and it can approve nothing, not even its own request.':
    '你说 approve 本身也以同样的配对错误失败：这是因为你用来批准的 CLI 本身配对时权限太窄，它自己的连接就需要升级，所以什么都批准不了，连它自己的请求也不行。',
  'You say approving does not stick (it asks again), it comes back after a restart or reboot and the device list holds duplicate entries, so the pairing record of that device is stale, and approving the next request will not hold either.':
    '你说批准不生效（它又来请求），重启或重新开机后又出现，而且设备列表里有重复条目，所以该设备的配对记录已过期，批准下一个请求也不会生效。',
  'You say even listing and approving in one command fails, it comes back after a restart or reboot and the requestId changes with every retry, so the pairing record of that device is stale, and approving the next request will not hold either.':
    '你说即使在一条命令里列出并批准也会失败，重启或重新开机后又出现，而且 requestId 每次重试都变，所以该设备的配对记录已过期，批准下一个请求也不会生效。',
  'You say even listing and approving in one command fails, so the pairing record of that device is stale, and approving the next request will not hold either.':
    '你说即使在一条命令里列出并批准也会失败，所以该设备的配对记录已过期，批准下一个请求也不会生效。',
  'You say it cannot connect, but there is no error text to go on: a pending pairing, a token mismatch, a disallowed origin and an insecure (HTTP) page all look like "offline", and each has a different fix.':
    '你说无法连接，但没有可参考的错误文本：待处理的配对、token 不匹配（token mismatch）、不被允许的 origin 和不安全的（HTTP）页面看起来都像“离线”，而每一种的修复方法都不同。',
  'You say it comes back after a restart: a restart does not change the pairing, so the same narrow record asks again until its request is approved.':
    '你说重启后它又出现：重启不会改变配对，所以同一条窄权限记录会一直请求，直到它的请求被批准。',
  "You say the deviceId was passed to approve: {0} takes the request's id (a UUID like {1}), not the {2}-character deviceId: that is why it answers {3}.":
    '你说传给 approve 的是 deviceId：{0} 接受的是请求的 id（像 {1} 这样的 UUID），而不是 {2} 个字符的 deviceId：所以它会返回 {3}。',
  'You say the requestId changes with every retry and approving does not stick (it asks again).':
    '你说 requestId 每次重试都会变，而且批准不生效（它又来请求）。',
  'You say the requestId changes with every retry and {0} shows a pending request.':
    '你说 requestId 每次重试都会变，并且 {0} 显示有待处理的请求。',
  'You say the requestId changes with every retry.': '你说 requestId 每次重试都会变。',
  'You say you passed the deviceId to approve: {0} takes the {1} of a pending entry, so a deviceId always answers {2}.':
    '你说你把 deviceId 传给了 approve：{0} 接受的是待处理条目的 {1}，所以用 deviceId 总会得到 {2}。',
  'You say {0} is empty: it lists node pairing only; a device pairing, repair or upgrade request shows in {1}.':
    '你说 {0} 是空的：它只列出节点配对；设备的配对、修复或升级请求显示在 {1} 中。',
  'You say {0} shows a pending request.': '你说 {0} 显示有待处理的请求。',
  "You say {0} shows a pending request: that is the pairing device asking for more than it is approved for (a first pairing, or a paired device's scope or role upgrade, flagged {1}), and on most builds the gateway does not approve that silently, not even from loopback.":
    '你说 {0} 显示有待处理的请求：那是正在配对的设备在请求超出它已获批准的权限（首次配对，或已配对设备的 scope 或角色升级，标记为 {1}），而在大多数版本上，网关不会静默批准这种请求，即使来自 loopback 也不会。',
  'You say {0} shows nothing pending, but that command lists chat-channel DM pairing codes only.':
    '你说 {0} 没有显示待处理的内容，但那个命令只列出聊天频道的私信配对码。',
  'You set {0}, so on {1} every local pairing and scope upgrade waits for an explicit approval: that is this.':
    '你设置了 {0}，所以在 {1} 上每次本地配对和 scope 升级都要等待明确的批准：这里就是这种情况。',
  'Your CLI (talking to a remote gateway) is sending a gateway token the gateway does not accept ({0}); this is not a pairing problem.':
    '你的 CLI（连接远程网关）发送的网关 token 不被网关接受（{0}）；这不是配对问题。',
  'Your CLI ({0}) and gateway ({1}) differ: update both to the same release.':
    '你的 CLI（{0}）和网关（{1}）版本不同：把两者更新到同一个发行版。',
  "Your CLI dials the gateway's LAN address ({0}, because {1} is {2}), so the gateway treats it as a remote device that was never paired: it is not approved silently, and the local fallback of {3} (loopback only) does not apply, so even {4} fails.":
    '你的 CLI 连接的是网关的局域网地址（{0}，因为 {1} 是 {2}），所以网关把它当成从未配对过的远程设备：它不会被静默批准，{3} 的本地回退（仅限 loopback）也不适用，所以连 {4} 都会失败。',
  'Your CLI does not talk to the gateway directly: it follows {0} (the {1} line), and that endpoint (a proxy, a sidecar, a forwarded port) drops the connection.':
    '你的 CLI 并不直接连接网关：它按照 {0}（{1} 那一行）连接，而那个端点（代理、sidecar、转发的端口）断开了连接。',
  'Your CLI is sending a gateway password the gateway does not accept ({0}); this is not a pairing problem.':
    '你的 CLI 发送的网关密码不被网关接受（{0}）；这不是配对问题。',
  'Your CLI is sending a gateway token the gateway does not accept ({0}); this is not a pairing problem.':
    '你的 CLI 发送的网关 token 不被网关接受（{0}）；这不是配对问题。',
  'Your CLI is {0} but the gateway runs {1}: update both to the same release (restart the gateway service after updating) before chasing pairing.':
    '你的 CLI 是 {0}，而网关运行的是 {1}：在排查配对之前，先把两者更新到同一个发行版（更新后重启网关服务）。',
  'Your LobsterAI client connects to the gateway with its own device identity, which the gateway has never approved (this is device pairing, {0}, not the channel pairing of {1}).':
    '你的 LobsterAI 客户端用它自己的设备身份（device identity）连接网关，而网关从未批准过它（这是设备配对 {0}，不是 {1} 的频道配对）。',
  'Your OpenClaw build (some builds need an upgrade, not an approval):': '你的 OpenClaw 版本（有些版本需要升级，而不是批准）：',
  'Your OpenClaw build:': '你的 OpenClaw 版本：',
  "Your allowed origins list the host without its port, but the page is opened at {0}: a browser's origin includes the port, so it never matches and the gateway answers {1}.":
    '你的允许 origin 列表里写的是不带端口的主机，但页面是在 {0} 打开的：浏览器的 origin 包含端口，所以永远不会匹配，网关会返回 {1}。',
  'Your browser (Control UI) is a new device on this gateway and is waiting for its first approval.':
    '你的浏览器（Control UI）是这个网关上的新设备，正在等待第一次批准。',
  "Your browser is a new device on this gateway, and through Docker's port mapping (NAT) the gateway sees the bridge address, not localhost, so it is not approved automatically, even at {0}. It needs one approval from the gateway side; that is normal on every build, and upgrading does not skip it.":
    '你的浏览器是这个网关上的新设备，而经过 Docker 的端口映射（NAT），网关看到的是网桥地址而不是 localhost，所以它不会被自动批准，即使用的是 {0}。它需要网关一侧批准一次；这在所有版本上都是正常的，升级也不会跳过它。',
  'Your build, and the device list if the error says pairing:': '你的版本，以及（如果错误提到 pairing）设备列表：',
  'Your build:': '你的版本：',
  'Your call went through {0}, not local loopback: remote and {1} connections always need normal approval.':
    '你的调用走的是 {0}，不是本地 loopback：远程和 {1} 连接总是需要正常批准。',
  'Your client connects to the gateway with its own device identity, which the gateway has never approved (this is device pairing, {0}, not the channel pairing of {1}).':
    '你的客户端用它自己的设备身份（device identity）连接网关，而网关从未批准过它（这是设备配对 {0}，不是 {1} 的频道配对）。',
  'Your desktop app connects with its own device identity, which this gateway has not approved yet.':
    '你的桌面应用用它自己的设备身份（device identity）连接，而这个网关还没有批准它。',
  'Your desktop app is asking to be approved again (a repair request: the gateway saw it change, e.g. its platform after an OS update, or lose its token).':
    '你的桌面应用在请求再次批准（修复请求：网关发现它变了，例如系统更新后平台变了，或者丢了它的 token）。',
  'Your desktop app presents a new device identity every time it starts or connects, so each approval is for a device that never comes back: approving faster cannot fix it.':
    '你的桌面应用每次启动或连接时都会出示一个新的设备身份（device identity），所以每次批准的都是一个再也不会回来的设备：批准得再快也解决不了。',
  'Your device is paired with narrower scopes and now asks for more (scope upgrade), and OpenClaw {0} never grants a scope upgrade silently, not even on loopback.':
    '你的设备配对时的 scope 较窄，现在请求更多（scope upgrade），而 OpenClaw {0} 从不静默批准 scope 升级，即使在 loopback 上也不会。',
  'Your device is paired with narrower scopes and now asks for more (scope upgrade).':
    '你的设备配对时的 scope 较窄，现在请求更多（scope upgrade）。',
  'Your device is paired with {0} only and now asks for {1} (scope upgrade).': '你的设备配对时只有 {0}，现在请求 {1}（scope upgrade）。',
  'Your device list has nothing pending, so there is no request to approve right now.':
    '你的设备列表里没有待处理的请求，所以现在没有可以批准的请求。',
  'Your device {0} is paired with {1} only and now asks for {2} (scope upgrade).':
    '你的设备 {0} 配对时只有 {1}，现在请求 {2}（scope upgrade）。',
  "Your gateway keeps making a new token when it starts ({0}), so every client's saved token goes stale at each restart: that is the {1} loop, and the pairing prompts in between cannot settle while it lasts.":
    '你的网关每次启动都会生成一个新 token（{0}），所以每个客户端保存的 token 在每次重启后都会失效：这就是 {1} 循环，在它持续期间，中间出现的配对提示无法稳定下来。',
  'Your log shows the device id cut or redacted, so pick the pending entry whose {0} matches this host (the one with {1} and the CLI scopes), not your Control UI.':
    '你的日志中设备 id 被截断或打码了，所以选择 {0} 与这台主机匹配的待处理条目（带 {1} 和 CLI scope 的那个），不是你的 Control UI。',
  'Your node is asking to be approved at the node layer ({0}), besides its device pairing.':
    '你的节点在请求节点层的批准（{0}），这与它的设备配对是两回事。',
  'Your node is asking to be paired: its connect is a *device* pairing request with role {0}, so it waits in {1} on the gateway, and {2} (a separate node list) can be empty meanwhile.':
    '你的节点在请求配对：它的连接是一个 role 为 {0} 的*设备*配对请求，所以它在网关的 {1} 中等待，而 {2}（另一个节点列表）这时可能是空的。',
  'Your paste also shows a gateway token/password mismatch ({0}): fix the credential too.':
    '你贴的内容还显示网关 token/密码不匹配（{0}）：凭据也要修好。',
  'Your paste also shows {0}: the pairing request may have come from the client dropping its rejected device token.':
    '你贴的内容还显示了 {0}：配对请求可能是因为客户端丢弃了被拒绝的 device token 而产生的。',
  'Your phone app is a new device on this gateway and is waiting for its first approval.':
    '你的手机应用是这个网关上的新设备，正在等待第一次批准。',
  'Your {0} is paired with {1} only and now asks for {2} (scope upgrade), and OpenClaw {3} never grants a scope upgrade silently, not even on loopback.':
    '你的 {0} 配对时只有 {1}，现在请求 {2}（scope upgrade），而 OpenClaw {3} 从不静默批准 scope 升级，即使在 loopback 上也不会。',
  'Your {0} is paired with {1} only and now asks for {2} (scope upgrade).': '你的 {0} 配对时只有 {1}，现在请求 {2}（scope upgrade）。',
  'Your {0} {1} is paired with {2} only (its first pairing came from a read-only {3}), so anything that needs more fails with {4}.':
    '你的 {0} {1} 配对时只有 {2}（它的第一次配对来自只读的 {3}），所以任何需要更多权限的操作都会以 {4} 失败。',
  'Your {0} {1} is paired with {2} only and now asks for {3} (scope upgrade), and OpenClaw {4} never grants a scope upgrade silently, not even on loopback.':
    '你的 {0} {1} 配对时只有 {2}，现在请求 {3}（scope upgrade），而 OpenClaw {4} 从不静默批准 scope 升级，即使在 loopback 上也不会。',
  'Your {0} {1} is paired with {2} only and now asks for {3} (scope upgrade).':
    '你的 {0} {1} 配对时只有 {2}，现在请求 {3}（scope upgrade）。',
  'Your {0} {1} now reports different device details than it was paired with (platform {2} → {3}), so the gateway wants it re-approved (metadata upgrade).':
    '你的 {0} {1} 现在报告的设备信息与配对时不同（平台 {2} → {3}），所以网关要求重新批准它（metadata upgrade）。',
  'and watch its log while you retry:': '并在重试时观察它的日志：',
  'gateway token': '网关 token（gateway token）',
  'list the pending requests while the browser is open and trying to connect:': '在浏览器打开并尝试连接时列出待处理的请求：',
  'provider API key': '模型服务商 API 密钥',
  '{0} (pin sessions_spawn admin calls) shipped in {1}: the changelog lists it under "{2}" by mistake, so {3} does not have it.':
    '{0}（为 sessions_spawn 的 admin 调用固定权限）是在 {1} 中发布的：changelog 误把它列在“{2}”下，所以 {3} 并没有它。',
  '{0} ({1}) retries as admin: upgrade, then approve again.': '{0}（{1}）会以 admin 身份重试：升级，然后再批准一次。',
  '{0} / turning device auth off: it downgrades the Control UI to token-only, later builds honour it only for local clients and {1} removed it; approving once is the fix.':
    '{0} / 关闭设备认证：它会把 Control UI 降级为只用 token，之后的版本只对本地客户端生效，{1} 已移除它；批准一次才是解决办法。',
  '{0} / {1} points the CLI at a non-local URL: that path keeps normal pairing.': '{0} / {1} 让 CLI 指向非本地 URL：这条路径保留正常配对。',
  '{0} / {1}: Control UI only.': '{0} / {1}：只影响 Control UI。',
  '{0} / {1}: they only affect the Control UI, not the CLI.': '{0} / {1}：它们只影响 Control UI，不影响 CLI。',
  '{0} approvals in a row hit an id that had already been replaced: something keeps reconnecting your {1} {2} with other scopes.':
    '连续 {0} 次批准都碰到了已被替换的 id：有东西在不断以其他 scope 重连你的 {1} {2}。',
  '{0} comes first: add the exact address the page is opened at (scheme, host and port, e.g. {1}) to {2} and restart the gateway; then the browser gets as far as its pairing request.':
    '先处理 {0}：把打开页面用的确切地址（协议、主机和端口，例如 {1}）加入 {2} 并重启网关；之后浏览器才能走到它的配对请求。',
  '{0} exists as a break-glass, but it weakens the origin check: prefer the allow-list.':
    '{0} 是一个应急开关，但它会削弱 origin 检查：优先使用允许列表。',
  '{0} from a remote address: {1}.x honours it only for local clients, and {2} retired it.':
    '从远程地址使用 {0}：{1}.x 只对本地客户端生效，{2} 已废弃它。',
  '{0} from this same narrow CLI: they fail with the same pairing error.': '从同一个窄权限 CLI 执行 {0}：它们会以同样的配对错误失败。',
  '{0} from this same narrow CLI: they have no local fallback and fail with the same {1}.':
    '从同一个窄权限 CLI 执行 {0}：它们没有本地回退，会以同样的 {1} 失败。',
  '{0} has no local fallback, so from a CLI that is itself stuck at a narrow pairing it fails with the same {1} {2}.':
    '{0} 没有本地回退，所以从本身卡在窄权限配对的 CLI 执行时，它会以同样的 {1} {2} 失败。',
  '{0} is in {1}, but it only helps a device whose first pairing happens after it: it does not widen a device already paired at {2}.':
    '{0} 在 {1} 中，但它只对在它之后才首次配对的设备有效：不会放宽已经以 {2} 配对的设备。',
  '{0} is no longer pending: a retry with other scopes replaced it with a new id (or it expired after {1} minutes), so approving it cannot work.':
    '{0} 已不再是待处理状态：一次带其他 scope 的重试用新 id 替换了它（或它在 {1} 分钟后过期了），所以批准它不会成功。',
  "{0} is only {1} of a requestId's {2} characters: OpenClaw cuts close reasons at {3} bytes, so the id in that log line (and in {4}'s Recovery line) is cut short and can never be approved.":
    '{0} 只是 requestId 的 {2} 个字符中的 {1} 个：OpenClaw 会把关闭原因截断在 {3} 字节，所以那行日志（以及 {4} 的 Recovery 行）中的 id 是不完整的，永远无法被批准。',
  '{0} is removed.': '{0} 已被删除。',
  '{0} lists node pairing only: a device repair or upgrade request ({1}) shows in {2}.':
    '{0} 只列出节点配对：设备的修复或升级请求（{1}）显示在 {2} 中。',
  '{0} need a running gateway too: their local fallback only covers {1}.': '{0} 也需要网关在运行：它们的本地回退只覆盖 {1}。',
  '{0} on its own: pairing state survives it.': '单独执行 {0}：配对状态在重启后依然存在。',
  '{0} on its own: the pairing store and the pending request survive a restart.': '单独执行 {0}：配对存储和待处理的请求在重启后依然存在。',
  '{0} only shows the newest request (since {1}, {2}) and exits {3}: nothing was approved yet.':
    '{0} 只显示最新的请求（从 {1} 起，{2}）并以 {3} 退出：还没有批准任何东西。',
  '{0} or switching device auth off: both only affect the Control UI, not CLI or agent connections.':
    '{0} 或关闭设备认证：两者都只影响 Control UI，不影响 CLI 或 agent 的连接。',
  '{0} or switching device auth off: neither changes which token or password is accepted.':
    '{0} 或关闭设备认证：都不会改变接受哪个 token 或密码。',
  '{0} or switching device auth off: neither relaxes the origin check.': '{0} 或关闭设备认证：都不会放宽 origin 检查。',
  '{0} paired records are named {1}, and one holds fewer scopes than the others: they are stale records of the same app.':
    '{0} 条已配对记录的名字都是 {1}，其中一条的 scope 比其他的少：它们是同一个应用的过期记录。',
  '{0} paired records are named {1}: they are stale records of the same app.':
    '{0} 条已配对记录的名字都是 {1}：它们是同一个应用的过期记录。',
  '{0} parameters: there is no per-spawn way to pre-authorise scopes.': '{0} 参数：没有办法在每次 spawn 时预先授权 scope。',
  "{0} takes the request's id (a UUID like {1}), not the {2}-character deviceId {3}: that is why it answered {4}.":
    '{0} 接受的是请求的 id（像 {1} 这样的 UUID），而不是 {2} 个字符的 deviceId {3}：所以它返回了 {4}。',
  '{0} takes the {1} of a pending entry, not the {2}: a deviceId always answers {3}.':
    '{0} 接受的是待处理条目的 {1}，不是 {2}：用 deviceId 总会得到 {3}。',
  '{0} to add scopes: rotation cannot go beyond what the device was approved for.': '用 {0} 增加 scope：轮换不能超出设备被批准的范围。',
  '{0} to gain more scopes: rotation cannot go beyond what the device was approved for.':
    '用 {0} 获取更多 scope：轮换不能超出设备被批准的范围。',
  '{0} was called without an {1} while {2} is set ({3}); this is not a pairing problem.':
    '调用 {0} 时没有传 {1}，而 {2} 已设置（{3}）；这不是配对问题。',
  '{0} was refused because the sub-agent would be nested deeper than allowed ({1}); no gateway connection was involved, so this is not a pairing problem.':
    '{0} 被拒绝，因为子 agent 的嵌套深度超过了允许值（{1}）；这里不涉及网关连接，所以这不是配对问题。',
  "{0} was refused because the target agent is not in the calling agent's allow-list ({1}); no gateway connection was involved, so this is not a pairing problem.":
    '{0} 被拒绝，因为目标 agent 不在调用方 agent 的允许列表中（{1}）；这里不涉及网关连接，所以这不是配对问题。',
  '{0} with an id from {1}: the two lists have their own ids, so it answers {2}.':
    '用 {1} 中的 id 执行 {0}：两个列表各有自己的 id，所以它会返回 {2}。',
  '{0}: a token can never get more scopes than the approved baseline.': '{0}：token 的 scope 永远不会超过已批准的基线。',
  '{0}: a token cannot get a role the pairing was never approved for.': '{0}：token 不能获得配对时从未批准过的角色。',
  '{0}: it does not affect device tokens.': '{0}：它不影响 device token。',
  '{0}: it does not change proxy trust.': '{0}：它不会改变代理信任。',
  '{0}: it does not replace the Tailscale identity check.': '{0}：它不能代替 Tailscale 身份检查。',
  "{0}: it is a Control UI setting, not the CLI's transport.": '{0}：它是 Control UI 的设置，不是 CLI 的传输方式。',
  '{0}: it only tells the gateway which proxy headers to believe; it does not approve a device.':
    '{0}：它只告诉网关该信任哪些代理头，并不会批准设备。',
  "A token or password only gets it past the gateway's auth; pairing is a separate step it cannot approve for itself.":
    'token 或密码只能让它通过网关的认证；配对是另一步，它不能自己批准自己。',
  'Approve it from a Control UI that is already paired there (Nodes/Devices → the pending request → Approve), or tunnel with {0} and use {1}: through the tunnel the gateway sees loopback.':
    '在那边已经配对的 Control UI 里批准（Nodes/Devices → 待处理请求 → Approve），或者用 {0} 建立隧道并使用 {1}：经过隧道，网关看到的是 loopback。',
  'Upgrading or restarting the gateway: a device from another machine needs one approval on every build.':
    '升级或重启网关：来自另一台机器的设备在每个版本上都需要批准一次。',
  'Approve only the request whose IP and platform are your machine: anyone who reaches the port can file one.':
    '只批准 IP 和平台是你这台机器的那个请求：任何能访问这个端口的人都可以发起请求。',
  'Running {0} on your machine with {1}: an unpaired CLI cannot approve its own request.':
    '在你的机器上带 {1} 运行 {0}：未配对的 CLI 不能批准它自己的请求。',
  "Your TUI dials a gateway on another machine ({0}), so to that gateway it is a new device: only a first connect from loopback is paired silently, so this one waits for one approval on the gateway's side, on every build.":
    '你的 TUI 连接的是另一台机器上的网关（{0}），对那个网关来说它是一个新设备：只有从 loopback 的第一次连接会被静默配对，所以它要在网关那边批准一次，每个版本都是这样。',
  'On the machine that runs the gateway, as its user (no {0}): list the pending requests while the TUI is trying to connect:':
    '在运行网关的那台机器上，用运行网关的用户（不要加 {0}）：在 TUI 尝试连接时列出待处理请求：',
  "Approve the newest pending row of the TUI (client {0}, your machine's IP) right after listing: use its request id, not its device id:":
    '列出后立即批准 TUI 最新的那一行待处理请求（client 为 {0}，IP 是你这台机器的）：用它的 request id，不是 device id：',
  'Back on your machine, run the same TUI command again (same {0} and token): it connects once approved.':
    '回到你的机器上，再运行一次同样的 TUI 命令（同样的 {0} 和 token）：批准后就能连上。',
  "Your CLI dials a gateway on another machine ({0}), so to that gateway it is a new device: only a first connect from loopback is paired silently, so this one waits for one approval on the gateway's side, on every build.":
    '你的 CLI 连接的是另一台机器上的网关（{0}），对那个网关来说它是一个新设备：只有从 loopback 的第一次连接会被静默配对，所以它要在网关那边批准一次，每个版本都是这样。',
  'On the machine that runs the gateway, as its user (no {0}): list the pending requests while the CLI is trying to connect:':
    '在运行网关的那台机器上，用运行网关的用户（不要加 {0}）：在 CLI 尝试连接时列出待处理请求：',
  "Approve the newest pending row of the CLI (client {0}, your machine's IP) right after listing: use its request id, not its device id:":
    '列出后立即批准 CLI 最新的那一行待处理请求（client 为 {0}，IP 是你这台机器的）：用它的 request id，不是 device id：',
  'Back on your machine, run the same CLI command again (same {0} and token): it connects once approved.':
    '回到你的机器上，再运行一次同样的 CLI 命令（同样的 {0} 和 token）：批准后就能连上。',
  'Back on your machine, run the CLI command again: it connects once approved.':
    '回到你的机器上，再运行一次那条 CLI 命令：批准后就能连上。',
  'Back on your machine, run the TUI command again: it connects once approved.':
    '回到你的机器上，再运行一次那条 TUI 命令：批准后就能连上。',
  "{0} is the Control UI's own message for any connect the gateway refused: behind it can be a pairing request waiting for approval, a missing or wrong token, or a browser that will not keep a device identity on plain HTTP from another address.":
    '{0} 是 Control UI 对网关拒绝的任何连接都会显示的消息：背后可能是等待批准的配对请求、缺失或错误的 token，或者浏览器在从别的地址用普通 HTTP 打开时无法保留设备身份。',
  "Each has a different fix, and the gateway's log says which.": '每种情况的修复方法都不同，网关日志会说明是哪一种。',
  "The gateway's log while you click Connect: the {0} line's {1} names the reason ({2} is only the page's own words):":
    '点击 Connect 时网关的日志：{0} 那一行的 {1} 写明了原因（{2} 只是页面自己的说法）：',
  "The gateway container's log while you click Connect: the {0} line's {1} names the reason ({2} is only the page's own words):":
    '点击 Connect 时网关容器的日志：{0} 那一行的 {1} 写明了原因（{2} 只是页面自己的说法）：',
  'The address you open the dashboard at ({0}, a LAN IP or an HTTPS name), and whether you opened the link {1} prints, which carries the token.':
    '你打开仪表盘用的地址（{0}、局域网 IP 还是 HTTPS 域名），以及你是否打开的是 {1} 打印出的那个带 token 的链接。',
  'You describe a pairing error, but there is no error text to go on: a request waiting for approval, a token mismatch, a disallowed origin and an insecure (HTTP) page all show up in apps as a pairing or connection error, and each has a different fix.':
    '你说配对出错，但这里没有错误文字可以参考：等待批准的请求、token 不匹配、不被允许的 origin、不安全的 (HTTP) 页面，在应用里都会显示成配对或连接错误，而每种的修复方法都不同。',
  'The gateway itself does not start ({0}): it listens beyond loopback, and then it wants the exact addresses the Control UI is opened at before it serves it.':
    '网关本身没有启动（{0}）：它监听的不只是 loopback，这时它要求先列出打开 Control UI 用的确切地址，才会提供 Control UI。',
  'Nothing can connect or pair until it starts; this is not a pairing problem.': '在它启动之前，什么都连不上，也无法配对；这不是配对问题。',
  "List the exact origins you open the Control UI at (scheme, host and port) in the gateway's {0} (in Docker, the file on the mounted state volume: the container does not stay up long enough to exec into):\n{1}":
    '在网关的 {0} 里列出你打开 Control UI 用的确切 origin（协议、主机和端口）（在 Docker 中，改挂载的状态卷上的那个文件：容器起不来，没法 exec 进去）：\n{1}',
  'Start it again and check the log no longer says it:': '重新启动它，并确认日志里不再出现这条错误：',
  'Binding loopback instead ({0}) only suits a gateway on the machine you browse from: inside a container, loopback cannot be reached through the port mapping (a proxy in front then answers {1}).':
    '改为绑定 loopback（{0}）只适合网关就在你浏览的那台机器上的情况：在容器里，loopback 无法通过端口映射访问（前面的代理就会返回 {1}）。',
  '{0}: it starts the gateway by trusting whatever Host header arrives; the explicit list is the safe fix.':
    '{0}：它让网关启动的方式是信任任何传来的 Host 头；明确列出 origin 才是安全的修复。',
  "{0} without the code approves nothing, so every new DM gets a new code: give it the sender's code from the list.":
    '{0} 不带配对码什么也批准不了，所以每条新私信都会收到新的配对码：请带上列表里那个发送者的配对码。',
  'The gateway closed the connection with code {0}, its code for a protocol mismatch: the client and the gateway most likely run different OpenClaw releases (or the client is not an OpenClaw one).':
    '网关以代码 {0} 关闭了连接，这是它表示协议不匹配的代码：客户端和网关很可能运行的是不同的 OpenClaw 版本（或者客户端不是 OpenClaw 的）。',
  password: '密码',
  'Change it where it is used (the proxy, panel or service it logs in to), since this thread is public.':
    '在用到它的地方改掉它（它登录的代理、面板或服务），因为这个帖子是公开的。',
  "Approve the newest pending row from your machine's IP right after listing: use its request id, not its device id:":
    '列出后立即批准来自你这台机器 IP 的最新一行待处理请求：用它的 request id，不是 device id：',
  'The connection dropped without a close frame: nothing answered at the address the client dialed, or something in between (a proxy, a port mapping) cut it.':
    '连接在没有关闭帧的情况下断开了：客户端连接的地址上没有任何响应，或者中间的某个环节（代理、端口映射）把它切断了。',
  'The gateway itself may be running.': '网关本身可能是在运行的。',
  'If it is not running, start it again where it runs:': '如果它没有在运行，就在它运行的地方重新启动它：',
  "The gateway refused the token rotation ({0}): a rotation only reissues a device's token within the scopes that device was approved for, from a session allowed to manage it.":
    '网关拒绝了这次 token 轮换（{0}）：轮换只会在该设备已批准的 scope 范围内重新签发它的 token，并且只能由有权管理它的会话来做。',
  "The gateway refused the token rotation ({0}, reason {1}): a rotation only reissues a device's token within the scopes that device was approved for, from a session allowed to manage it.":
    '网关拒绝了这次 token 轮换（{0}，原因 {1}）：轮换只会在该设备已批准的 scope 范围内重新签发它的 token，并且只能由有权管理它的会话来做。',
  'It never adds scopes, and this is not a pairing request.': '它永远不会增加 scope，这也不是配对请求。',
  'The gateway log says why, on its {0} line ({1}, …):': '网关日志会在它的 {0} 那一行说明原因（{1} 等）：',
  'Check that the device id and role you passed are a paired device and a role it holds:':
    '确认你传入的 device id 是已配对的设备，role 也是它拥有的角色：',
  'A device that needs more scopes than it was approved for gets them by approving its pending request, not by rotating its token.':
    '一个设备需要比已批准的更多 scope 时，要靠批准它的待处理请求，而不是轮换它的 token。',
  'OpenClaw {0} is older than {1}, whose {2} stopped suggesting a rotation that cannot work ({3}): upgrade, then run {4} again.':
    'OpenClaw {0} 早于 {1}，从那个版本起 {2} 不再建议一个无效的轮换（{3}）：请升级，然后再运行一次 {4}。',
  'Rotating again with more {0} flags: a rotation cannot go past the approved baseline.':
    '加更多 {0} 参数再轮换一次：轮换不能超出已批准的基线。',
  'Your {0} was refused: a rotation never adds scopes; the steps above are what changes the device.':
    '你的 {0} 被拒绝了：轮换永远不会增加 scope；上面的步骤才会改变这个设备。',
  'Hard-reload the Control UI tab (Ctrl+Shift+R, or Cmd+Shift+R on a Mac; on a phone, clear the site data): a page loaded before the gateway was updated keeps speaking the old protocol.':
    '强制刷新 Control UI 标签页（Ctrl+Shift+R，Mac 上是 Cmd+Shift+R；手机上请清除该网站的数据）：在网关更新之前加载的页面会一直使用旧的协议。',
  'If it still says so, compare the gateway build with what the page reports:': '如果还是这样，把网关的版本和页面显示的版本对比一下：',
  'Open a shell inside the NemoClaw sandbox, where the gateway and its state live, and run the next commands there ({0} shows the sandbox name):':
    '在 NemoClaw 沙箱里打开一个 shell（网关和它的状态都在那里），在那里运行接下来的命令（{0} 会显示沙箱名）：',
  'Meanwhile, the waiting device can be approved by hand where the gateway runs (list, then approve its newest request at once: ids change on every retry):':
    '同时，可以在网关运行的地方手动批准等待中的设备（先列出，然后立即批准它最新的请求：每次重试 id 都会变）：',
  '{0} printed the link without the token ({1}): the bare URL opens a Control UI that sends no token, and the gateway refuses it.':
    '{0} 打印出的链接里没有 token（{1}）：直接打开这个地址的 Control UI 不会发送 token，网关就会拒绝它。',
  "On the gateway host, read the gateway's token: {0} in {1} (or {2} in the gateway's environment; {3} prints it redacted).":
    '在网关主机上读出网关的 token：{1} 里的 {0}（或网关环境里的 {2}；{3} 打印出来的是打码后的值）。',
  'Add it to the link yourself, after {0} (a fragment: not {1}), and open that in the browser; or paste it in Control UI settings, then click Connect:':
    '自己把它加到链接的 {0} 后面（是片段，不是 {1}），然后在浏览器里打开；或者把它粘贴到 Control UI 的设置里，再点击 Connect：',
  "Your browser has no device identity over plain HTTP to the server's address, so nothing of it waits yet: open the UI over HTTPS or at {0} (an SSH tunnel), then approve its request the same way:":
    '你的浏览器通过明文 HTTP 访问服务器地址时没有设备身份，所以它还没有任何请求在等待：请通过 HTTPS 或 {0}（SSH 隧道）打开界面，然后用同样的方式批准它的请求：',
  'Move {0} to its release rebased on OpenClaw {1} or newer: it is a fork, so an upstream update is not its own.':
    '把 {0} 换到它基于 OpenClaw {1} 或更新版本重新合并的发行版：它是一个分支，上游的更新不是它自己的更新。',
  "A gateway client (an app, a {0} or the gateway's own backend client) is sending a gateway token the gateway does not accept ({1}); this is not a pairing problem.":
    '某个网关客户端（一个应用、一个{0}或网关自己的后端客户端）发送的网关 token 不被网关接受（{1}）；这不是配对问题。',
  "Give that client the gateway's current token (the app's gateway settings, the {0}'s config, or {1} in its environment), then reconnect it.":
    '把网关当前的 token 给那个客户端（应用的网关设置、{0}的配置，或它环境里的 {1}），然后让它重新连接。',
  "Move to a newer image ({0} or newer): pull the newer tag and recreate the container (or update the app where it was installed: your NAS's app manager, Home Assistant's add-on store); an update run inside the container is lost when it is recreated.":
    '换到更新的镜像（{0} 或更新）：拉取更新的标签并重新创建容器（或者在安装它的地方更新应用：NAS 的应用管理器、Home Assistant 的加载项商店）；在容器里运行的更新会在容器重建时丢失。',
  'Then reject the stale requests it left, one per dead row of the list (by request id):':
    '然后拒绝它留下的过期请求，列表里每一行失效的都拒绝一次（按 request id）：',
  '{0}: it unpairs every paired device ({1} rejects the requests as well, it does not narrow it).':
    '{0}：它会取消所有已配对设备的配对（{1} 只是额外拒绝请求，并不会缩小范围）。',
};
