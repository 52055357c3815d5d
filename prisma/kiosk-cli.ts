// Kiosk administration for the county office, on the store named by DATABASE_URL:
//   npm run kiosk:create -- --site 431124101 [--label "梅花镇便民服务中心1号机"]
//   npm run kiosk:list
//   npm run kiosk:revoke -- --id K7F3K9Q2
// Plain Node (tsx): it imports the kiosk data functions, which avoid `server-only` for this reason.
import { parseArgs } from "node:util";
import { createKiosk } from "../app/_server/kiosks/enroll";
import { revokeKiosk } from "../app/_server/kiosks/identity";
import { KIOSK_STATUS_LABELS, listKiosks, type KioskOverview } from "../app/_server/kiosks/list";
import { getDb, type Db } from "./db";

const USAGE = `用法：
  npm run kiosk:create -- --site <9位站点编码> [--label "终端名称"]
  npm run kiosk:list
  npm run kiosk:revoke -- --id <终端编号>`;

const time = (d: Date | null) =>
  d ? d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false, dateStyle: "short", timeStyle: "short" }) : "—";

async function create(db: Db, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { site: { type: "string" }, label: { type: "string" } } });
  if (!values.site) return fail("缺少 --site（站点编码，如 431124101 梅花镇）。");
  const result = await createKiosk(db, { siteCode: values.site, label: values.label, actor: "cli" });
  if (!result.ok) return fail(result.message);
  console.log(`已创建终端 ${result.kiosk.id}：${result.kiosk.siteName} · ${result.kiosk.label}`);
  console.log(`注册码：${result.code}`);
  console.log(`有效期至 ${time(result.expiresAt)}，仅可使用一次。请在该终端的注册页面输入；注册码不会再次显示。`);
  return 0;
}

function describe(k: KioskOverview): string {
  const status = KIOSK_STATUS_LABELS[k.status] + (k.isCodeExpired ? "（注册码已过期）" : "");
  const head = `${k.id}  ${status}  ${k.siteName}（${k.siteCode}）  ${k.label}`;
  if (k.status === "pending") return `${head}\n    创建于 ${time(k.createdAt)}`;
  const outbox = k.outboxDepth === null ? "—" : `${k.outboxDepth} 条${k.outboxOldestAt ? `（最早 ${time(k.outboxOldestAt)}）` : ""}`;
  return [
    head,
    `    最近心跳 ${time(k.lastHeartbeatAt)} · 程序版本 ${k.appVersion ?? "—"} · 内容版本 ${k.contentRevision ?? "—"} · 待发送 ${outbox}`,
    `    最近错误：${k.lastError ?? "无"}${k.status === "revoked" ? ` · 停用于 ${time(k.revokedAt)}` : ""}`,
  ].join("\n");
}

async function list(db: Db): Promise<number> {
  const kiosks = await listKiosks(db);
  if (kiosks.length === 0) {
    console.log("还没有终端。用 npm run kiosk:create -- --site <站点编码> 创建。");
    return 0;
  }
  const count = (s: KioskOverview["status"]) => kiosks.filter((k) => k.status === s).length;
  console.log(`共 ${kiosks.length} 台：在用 ${count("active")}，待注册 ${count("pending")}，已停用 ${count("revoked")}\n`);
  console.log(kiosks.map(describe).join("\n"));
  return 0;
}

async function revoke(db: Db, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { id: { type: "string" } } });
  if (!values.id) return fail("缺少 --id（终端编号，见 npm run kiosk:list）。");
  const result = await revokeKiosk(db, values.id, "cli");
  if (!result.ok) return fail(result.message);
  console.log(result.wasRevoked ? `终端 ${values.id} 此前已停用。` : `终端 ${values.id} 已停用：其凭证和未用的注册码即刻失效。`);
  return 0;
}

function fail(message: string): number {
  console.error(`${message}\n\n${USAGE}`);
  return 1;
}

const [command, ...rest] = process.argv.slice(2);
const db = getDb();
try {
  const commands: Record<string, () => Promise<number>> = { create: () => create(db, rest), list: () => list(db), revoke: () => revoke(db, rest) };
  const run = command ? commands[command] : undefined;
  process.exitCode = run ? await run().catch((err: unknown) => fail(`命令参数有误：${err instanceof Error ? err.message : String(err)}`)) : fail(`未知命令：${command ?? "（无）"}`);
} finally {
  await db.$disconnect();
}
