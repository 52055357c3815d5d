import { z } from "zod";

/** The 13 standard 公开渠道和载体 of a 基层政务公开标准目录, plus common local additions. */
export const CHANNELS = [
  "政府网站",
  "政府公报",
  "两微一端",
  "发布会/听证会",
  "广播电视",
  "纸质媒体",
  "公开查阅点",
  "政务服务中心",
  "便民服务站",
  "入户/现场",
  "社区/企事业单位/村公示栏（电子屏）",
  "精准推送",
  "其他",
  "征地信息公开平台",
  "投资项目在线审批监管平台",
  "全国公共资源交易平台（湖南省）",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const LEVELS = ["县级", "乡级"] as const;
export type Level = (typeof LEVELS)[number];

/** 五公开 categories. */
export const CATEGORIES = ["决策公开", "执行公开", "管理公开", "服务公开", "结果公开"] as const;
export type Category = (typeof CATEGORIES)[number];

export const AUDIENCES = ["全社会", "特定群体"] as const;
export const MODES = ["主动公开", "依申请公开"] as const;

export const RECORD_KINDS = ["通知公告", "名单公示", "统计表", "政策解读", "政策文件", "工作动态"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * One row of the 政务公开事项标准目录 as seeded or edited. `key` is stable across reseeds
 * (`<domainSlug>-<nnn>`), so seeding is idempotent and URLs survive a reseed.
 */
export const itemInputSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    domain: z.string(), // domain slug
    department: z.string(), // department slug
    level1: text(60), // 一级事项
    level2: text(80), // 二级事项
    content: text(2000), // 公开内容（要素）
    basis: text(2000), // 公开依据
    timeLimit: text(200), // 公开时限
    publisher: text(200), // 公开主体
    /** 公开渠道和载体 per 公开层级; a level present here is a level the item is disclosed at. */
    channels: z
      .object({ 县级: z.array(z.enum(CHANNELS)).min(1).optional(), 乡级: z.array(z.enum(CHANNELS)).min(1).optional() })
      .refine((c) => c.县级 || c.乡级, "至少一个公开层级"),
    audience: z.enum(AUDIENCES), // 公开对象
    mode: z.enum(MODES), // 公开方式
    category: z.enum(CATEGORIES), // 五公开
    /** Township-specific items name their site code (e.g. "431124101"); county-wide items omit it. */
    site: z.string().regex(/^\d{9}$/).optional(),
  })
  .strict();
export type ItemInput = z.infer<typeof itemInputSchema>;

const tableSchema = z.object({
  columns: z.array(text(40)).min(1),
  rows: z.array(z.array(z.string().max(400))),
});

/** Information actually published under a catalog item. Lists of people carry masked identifiers only. */
export const recordInputSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    item: z.string(), // item key
    kind: z.enum(RECORD_KINDS),
    title: text(200),
    docNo: z.string().max(60).optional(), // 文号, e.g. 道民发〔2025〕12号
    publisher: text(100), // issuing unit, e.g. 道县民政局
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    expiresAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), // 废止/公示期满
    body: text(20000), // paragraphs separated by blank lines
    table: tableSchema.optional(),
  })
  .strict();
export type RecordInput = z.infer<typeof recordInputSchema>;
