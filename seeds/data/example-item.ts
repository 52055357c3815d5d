// Shape example for seed authors (not imported by the seed).
import type { ItemInput, RecordInput } from "../../app/_shared/catalog/schema";

export const exampleItems: ItemInput[] = [
  {
    key: "social-assistance-001",
    domain: "social-assistance",
    department: "civil-affairs",
    level1: "最低生活保障",
    level2: "审核信息",
    content: "●初审对象名单（姓名、所在村（社区）、家庭人口、拟保障金额）●公示期限 ●投诉举报电话",
    basis: "《社会救助暂行办法》（国务院令第649号）、《最低生活保障审核确认办法》（民发〔2021〕57号）、《中华人民共和国政府信息公开条例》",
    timeLimit: "制定或获取信息之日起10个工作日内，公示7天",
    publisher: "各乡镇人民政府（街道办事处）",
    channels: { 乡级: ["便民服务站", "社区/企事业单位/村公示栏（电子屏）"] },
    audience: "全社会",
    mode: "主动公开",
    category: "结果公开",
  },
];

export const exampleRecords: RecordInput[] = [
  {
    key: "social-assistance-001-r1",
    item: "social-assistance-001",
    kind: "名单公示",
    title: "梅花镇2025年第三季度最低生活保障拟新增对象公示",
    publisher: "道县梅花镇人民政府",
    publishedAt: "2025-09-12",
    expiresAt: "2025-09-19",
    body: "根据《最低生活保障审核确认办法》……公示期为2025年9月12日至9月19日。如有异议，请在公示期内向镇社会事务办或县民政局反映。\n\n监督电话：0746-5221234",
    table: {
      columns: ["序号", "户主姓名", "村（社区）", "身份证号", "保障人口", "拟月保障金额（元）"],
      rows: [["1", "李*华", "梅花村", "431124********1236", "3", "1050"]],
    },
  },
];
