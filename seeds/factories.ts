// Builders for valid catalog rows. Tests use them to make their own data; the county dataset in
// seeds/data is written in the same shapes and loaded by the same `loadCatalog`.
import { randomUUID } from "node:crypto";
import type { ItemInput, RecordInput } from "../app/_shared/catalog/schema";

const short = () => randomUUID().slice(0, 8);

export function buildItem(overrides: Partial<ItemInput> = {}): ItemInput {
  const domain = overrides.domain ?? "social-assistance";
  return {
    key: `${domain}-t${short()}`,
    domain,
    department: "civil-affairs",
    level1: "临时救助",
    level2: "办事指南",
    content: "●办理事项 ●办理条件 ●救助标准 ●申请材料 ●办理流程 ●办理时间、地点 ●咨询电话",
    basis: "《社会救助暂行办法》（国务院令第649号）、《中华人民共和国政府信息公开条例》",
    timeLimit: "制定或获取信息之日起10个工作日内",
    publisher: "道县民政局",
    channels: { 县级: ["政府网站", "政务服务中心"] },
    audience: "全社会",
    mode: "主动公开",
    category: "服务公开",
    ...overrides,
  };
}

export function buildRecord(item: Pick<ItemInput, "key">, overrides: Partial<RecordInput> = {}): RecordInput {
  return {
    key: `${item.key}-r${short()}`,
    item: item.key,
    kind: "通知公告",
    title: "关于做好临时救助工作的通知",
    publisher: "道县民政局",
    publishedAt: "2026-03-02",
    body: "各乡镇人民政府（街道办事处）：\n\n为切实做好临时救助工作，现将有关事项通知如下。",
    ...overrides,
  };
}
