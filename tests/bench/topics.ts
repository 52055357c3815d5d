/**
 * Labelled relevance set for the synthetic corpus. Each topic plants 4 "needle" documents: 3 with
 * the topic in the title, 1 with a generic title and the topic only in its body (often worded
 * differently from the query). Background documents that would satisfy a topic's predicate are
 * cleaned during generation, so each query's relevant set is exactly its topic's needles.
 */

export interface Topic {
  name: string;
  /** Every group must occur (any member of a group) for a text to be about the topic. */
  predicate: string[][];
  domain: string;
  department: string;
  /** {T} township, {Y} year. */
  titles: [string, string, string];
  bodyTitle: string;
  bodySentence: string;
}

export const TOPICS: Topic[] = [
  {
    name: "残疾人补贴", predicate: [["残疾人"], ["补贴"]], domain: "社会救助", department: "民政局",
    titles: ["{T}困难残疾人生活补贴和重度残疾人护理补贴发放名单公示", "残疾人两项补贴申请办事指南", "关于提高{Y}年残疾人护理补贴标准的通知"],
    bodyTitle: "{T}{Y}年第二季度民生资金发放情况", bodySentence: "本季度为辖区残疾人发放生活补贴和护理补贴共计12.6万元。",
  },
  {
    name: "独生子女奖励", predicate: [["独生子女"], ["奖励"]], domain: "医疗卫生", department: "卫健局",
    titles: ["{Y}年度农村独生子女父母奖励扶助对象确认公示", "独生子女父母奖励费申领办事指南", "{T}独生子女奖励扶助资金发放情况"],
    bodyTitle: "{T}{Y}年计划生育家庭扶助工作动态", bodySentence: "对符合条件的独生子女家庭按年发放父母奖励扶助金。",
  },
  {
    name: "高龄津贴", predicate: [["高龄"], ["津贴", "补贴"]], domain: "养老服务", department: "民政局",
    titles: ["{T}80周岁以上老年人高龄津贴发放名单公示", "高龄津贴申领办事指南", "关于调整{Y}年高龄津贴标准的通知"],
    bodyTitle: "{T}{Y}年老龄工作情况通报", bodySentence: "为辖区80周岁以上老年人按月发放高龄津贴。",
  },
  {
    name: "新生儿落户", predicate: [["新生儿"], ["落户"]], domain: "户籍管理", department: "公安局",
    titles: ["新生儿出生登记落户办事指南", "{T}派出所新生儿落户须知", "新生儿落户“一件事”联办指南（{Y}年版）"],
    bodyTitle: "{T}派出所{Y}年便民服务措施", bodySentence: "新生儿出生后一个月内，由监护人持出生医学证明申报出生登记，办理落户。",
  },
  {
    name: "公积金提取", predicate: [["公积金"], ["提取"]], domain: "保障性住房", department: "住建局",
    titles: ["住房公积金提取办事指南", "公积金提取业务办理须知（{T}）", "{Y}年住房公积金提取政策解读"],
    bodyTitle: "{T}{Y}年职工住房保障服务事项公告", bodySentence: "职工购买、建造自住住房的，可以申请提取住房公积金。",
  },
  {
    name: "结婚登记", predicate: [["结婚登记"]], domain: "婚姻登记", department: "民政局",
    titles: ["内地居民结婚登记办事指南", "{T}结婚登记预约办理须知", "{Y}年七夕结婚登记服务公告"],
    bodyTitle: "{T}{Y}年民政便民服务公告", bodySentence: "婚姻登记处在节假日前后延时办理结婚登记。",
  },
  {
    name: "居住证", predicate: [["居住证"]], domain: "户籍管理", department: "公安局",
    titles: ["居住证申领办事指南", "{T}流动人口居住证办理点公告", "居住证签注续期须知（{Y}年）"],
    bodyTitle: "{Y}年{T}流动人口服务管理工作动态", bodySentence: "外来人员在本县居住半年以上的，可以申领居住证。",
  },
  {
    name: "异地就医备案", predicate: [["异地就医"], ["备案"]], domain: "医疗卫生", department: "医保局",
    titles: ["异地就医备案办事指南", "{T}跨省异地就医备案操作说明", "{Y}年异地就医直接结算及备案政策解读"],
    bodyTitle: "{T}{Y}年医保经办服务公告", bodySentence: "参保人员异地就医前应当办理备案手续。",
  },
  {
    name: "优待证", predicate: [["优待证"]], domain: "退役军人服务", department: "退役军人事务局",
    titles: ["退役军人优待证申领办事指南", "{T}优待证发放情况公示", "优待证使用须知（{Y}年）"],
    bodyTitle: "{Y}年{T}退役军人服务站工作动态", bodySentence: "为辖区退役军人集中办理优待证。",
  },
  {
    name: "创业贷款", predicate: [["创业"], ["贷款"]], domain: "就业创业", department: "人社局",
    titles: ["创业担保贷款申请办事指南", "{Y}年创业担保贷款贴息资金公示", "{T}返乡创业担保贷款政策解读"],
    bodyTitle: "{T}{Y}年就业工作动态", bodySentence: "为返乡创业人员发放担保贷款860万元。",
  },
  {
    name: "流浪救助", predicate: [["流浪"], ["救助"]], domain: "社会救助", department: "民政局",
    titles: ["流浪乞讨人员救助办事指南", "{Y}年流浪乞讨人员救助管理情况公示", "{T}寒冬送温暖流浪乞讨人员专项救助行动"],
    bodyTitle: "{T}{Y}年冬季民生保障工作通报", bodySentence: "对街面流浪乞讨人员开展巡查救助。",
  },
  {
    name: "公租房", predicate: [["公共租赁住房", "公租房"]], domain: "保障性住房", department: "住建局",
    titles: ["公共租赁住房申请办事指南", "{Y}年公共租赁住房分配结果公示", "{T}公租房租金收缴情况公告"],
    bodyTitle: "{T}{Y}年住房保障工作动态", bodySentence: "符合条件的住房困难家庭可以申请公共租赁住房。",
  },
  {
    name: "耕地地力保护补贴", predicate: [["耕地地力保护补贴", "种粮补贴"]], domain: "涉农补贴", department: "农业农村局",
    titles: ["{Y}年耕地地力保护补贴发放情况公示", "耕地地力保护补贴申领办事指南", "{T}耕地地力保护补贴面积核实结果公示"],
    bodyTitle: "{T}{Y}年惠农资金发放情况", bodySentence: "按承包耕地面积发放耕地地力保护补贴。",
  },
];

export interface LabelledQuery {
  query: string;
  topic: string;
  kind: "clean" | "synonym" | "typo" | "pinyin";
}

export const LABELLED_QUERIES: LabelledQuery[] = [
  ...TOPICS.slice(0, 11).map((t) => ({ query: t.name, topic: t.name, kind: "clean" as const })),
  { query: "公租房", topic: "公租房", kind: "synonym" },
  { query: "种粮补贴", topic: "耕地地力保护补贴", kind: "synonym" },
  { query: "高龄补贴", topic: "高龄津贴", kind: "synonym" },
  { query: "独生子女奖厉", topic: "独生子女奖励", kind: "typo" },
  { query: "高龄金贴", topic: "高龄津贴", kind: "typo" },
  { query: "结婚登计", topic: "结婚登记", kind: "typo" },
  { query: "gjjtq", topic: "公积金提取", kind: "pinyin" },
  { query: "yidijiuyi", topic: "异地就医备案", kind: "pinyin" },
  { query: "jhdj", topic: "结婚登记", kind: "pinyin" },
];

export function aboutTopic(text: string, topic: Topic): boolean {
  return topic.predicate.every((group) => group.some((word) => text.includes(word)));
}
