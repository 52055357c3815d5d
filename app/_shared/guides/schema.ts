import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** 事项类型 of the 政务服务事项 实施清单. */
export const GUIDE_KINDS = ["行政许可", "行政确认", "行政给付", "行政奖励", "行政裁决", "其他行政权力", "公共服务"] as const;
export const MATERIAL_NECESSITY = ["必要", "非必要", "容缺"] as const;
export const MATERIAL_FORMS = ["原件", "复印件", "原件和复印件", "电子"] as const;
/** Life events residents browse guides by. */
export const LIFE_EVENTS = ["生育", "上学", "就业", "养老", "住房", "困难救助", "农业生产", "户籍证件", "医疗健康", "残疾人服务", "法律服务", "婚姻家庭", "身后事"] as const;

export const materialSchema = z
  .object({
    name: text(120),
    necessity: z.enum(MATERIAL_NECESSITY),
    form: z.enum(MATERIAL_FORMS),
    copies: z.number().int().min(0).max(20), // 纸质份数; 0 for 电子 or shown only
    source: text(60), // 来源渠道, e.g. 申请人自备, 公安机关核发, 窗口领取
    notes: z.string().max(300).optional(), // 填报须知 / 备注
    /** A blank form or sample the window hands out or the kiosk can show (name of the form). */
    sample: z.string().max(120).optional(),
  })
  .strict();

export const feeSchema = z
  .object({
    charged: z.boolean(),
    items: z.array(z.object({ name: text(60), standard: text(120), basis: text(200) }).strict()).default([]),
  })
  .strict();

/** Where and when a guide is handled; a township site may override these for its own centre. */
export const placeSchema = z
  .object({
    place: text(200), // 办理地点
    window: z.string().max(60).optional(), // e.g. 社会事务综合窗口（3号窗口）
    hours: text(200), // 办理时间
    phone: text(40), // 咨询电话
  })
  .strict();

/** A unified service guide (要素统一的办事指南), elements after the 实施清单 (reference/domain.md §4.3). */
export const guideInputSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/), // e.g. g-subsistence-allowance
    name: text(80), // 事项名称
    kind: z.enum(GUIDE_KINDS), // 事项类型
    domain: z.string(), // domain slug
    department: z.string(), // department slug
    implementer: text(120), // 实施主体, e.g. 道县民政局
    basicCode: z.string().regex(/^[0-9A-Z-]{6,40}$/), // 基本编码 (plausible format)
    implementationCode: z.string().regex(/^[0-9A-Z-]{10,60}$/), // 实施编码
    lifeEvents: z.array(z.enum(LIFE_EVENTS)).min(1),
    basis: z.array(text(300)).min(1), // 设定依据: law/regulation with article
    audience: text(200), // 服务对象
    conditions: z.array(text(400)).min(1), // 受理条件
    materials: z.array(materialSchema).min(1),
    steps: z.array(z.object({ title: text(40), detail: text(400) }).strict()).min(2), // 办理流程 in order
    legalLimit: text(80), // 法定办结时限, e.g. "20个工作日"
    promisedLimit: text(80), // 承诺办结时限, e.g. "10个工作日"
    visits: z.number().int().min(0).max(5), // 到办事现场次数
    fee: feeSchema,
    county: placeSchema, // the county hall's place, window, hours, phone
    /** Township centres that handle it too, with their own place/window/hours/phone. */
    townshipOverrides: z.array(placeSchema.extend({ site: z.string().regex(/^\d{9}$/) }).strict()).default([]),
    complaintPhone: text(40), // 监督投诉电话
    result: z.object({ name: text(80), type: text(40) }).strict(), // 结果名称 / 类型 (出证办结, 审批办结…)
    online: z.boolean(), // 是否网办
    onlineNote: z.string().max(200).optional(), // e.g. 可通过"湘易办"App申请
    kioskSupported: z.boolean(), // 是否支持终端办理
    faq: z.array(z.object({ q: text(120), a: text(600) }).strict()).min(1),
    /** Catalog items (服务公开) that point to this guide. */
    items: z.array(z.string()).default([]),
    updatedOn: day,
  })
  .strict();

export type GuideInput = z.input<typeof guideInputSchema>;
export type Guide = z.output<typeof guideInputSchema>;

/** The nested elements stored in ServiceGuide.elementsJson (everything that is not a column). */
export const guideElementsSchema = guideInputSchema.omit({
  key: true,
  name: true,
  kind: true,
  domain: true,
  department: true,
  implementer: true,
  basicCode: true,
  implementationCode: true,
  lifeEvents: true,
  legalLimit: true,
  promisedLimit: true,
  visits: true,
  online: true,
  kioskSupported: true,
  updatedOn: true,
  townshipOverrides: true,
  items: true,
});
export type GuideElements = z.output<typeof guideElementsSchema>;
