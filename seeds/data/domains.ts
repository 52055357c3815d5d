/**
 * The 26 pilot domains named as in 道县's 2020 implementation plan (section 二), and the responsible
 * units of its annex. `slug` is the stable English id used in URLs and item keys.
 */
export const departments = [
  { slug: "development-reform", name: "道县发展和改革局", shortName: "发改局" },
  { slug: "education", name: "道县教育局", shortName: "教育局" },
  { slug: "taxation", name: "国家税务总局道县税务局", shortName: "税务局" },
  { slug: "ecology-environment", name: "永州市生态环境局道县分局", shortName: "生态环境道县分局" },
  { slug: "civil-affairs", name: "道县民政局", shortName: "民政局" },
  { slug: "natural-resources", name: "道县自然资源局", shortName: "自然资源局" },
  { slug: "finance", name: "道县财政局", shortName: "财政局" },
  { slug: "health", name: "道县卫生健康局", shortName: "卫健局" },
  { slug: "human-resources", name: "道县人力资源和社会保障局", shortName: "人社局" },
  { slug: "emergency-management", name: "道县应急管理局", shortName: "应急管理局" },
  { slug: "housing-construction", name: "道县住房和城乡建设局", shortName: "住建局" },
  { slug: "culture-tourism", name: "道县文化旅游广电体育局", shortName: "文体广旅局" },
  { slug: "cultural-relics", name: "道县文物局", shortName: "文物局" },
  { slug: "rural-revitalization", name: "道县乡村振兴局", shortName: "乡村振兴局（原扶贫办）" },
  { slug: "market-regulation", name: "道县市场监督管理局", shortName: "市场监管局" },
  { slug: "public-security", name: "道县公安局", shortName: "公安局" },
  { slug: "agriculture", name: "道县农业农村局", shortName: "农业农村局" },
  { slug: "justice", name: "道县司法局", shortName: "司法局" },
  { slug: "administrative-approval", name: "道县行政审批服务局", shortName: "行政审批服务局" },
] as const;

export type DepartmentSlug = (typeof departments)[number]["slug"];

/** Order follows the plan's list; `departments[0]` is the lead unit from the annex. */
export const domains: { slug: string; name: string; departments: DepartmentSlug[] }[] = [
  { slug: "spatial-planning", name: "国土空间规划", departments: ["natural-resources"] },
  { slug: "major-projects", name: "重大建设项目", departments: ["development-reform"] },
  { slug: "public-resource-trading", name: "公共资源交易", departments: ["development-reform", "administrative-approval"] },
  { slug: "budget", name: "财政预决算", departments: ["finance"] },
  { slug: "work-safety", name: "安全生产", departments: ["emergency-management"] },
  { slug: "taxation", name: "税收管理", departments: ["taxation"] },
  { slug: "land-acquisition", name: "征地补偿", departments: ["natural-resources"] },
  { slug: "housing-expropriation", name: "国有土地上房屋征收", departments: ["housing-construction"] },
  { slug: "affordable-housing", name: "保障性住房", departments: ["housing-construction"] },
  { slug: "rural-housing", name: "农村危房改造", departments: ["housing-construction"] },
  { slug: "environment", name: "环境保护", departments: ["ecology-environment"] },
  { slug: "public-culture", name: "公共文化服务", departments: ["culture-tourism", "cultural-relics"] },
  { slug: "legal-services", name: "公共法律服务", departments: ["justice"] },
  { slug: "poverty-alleviation", name: "扶贫", departments: ["rural-revitalization"] },
  { slug: "disaster-relief", name: "救灾", departments: ["emergency-management"] },
  { slug: "food-drug", name: "食品药品监管", departments: ["market-regulation"] },
  { slug: "urban-enforcement", name: "城市综合执法", departments: ["housing-construction"] },
  { slug: "employment", name: "就业创业", departments: ["human-resources"] },
  { slug: "social-insurance", name: "社会保险", departments: ["human-resources"] },
  { slug: "social-assistance", name: "社会救助", departments: ["civil-affairs"] },
  { slug: "elderly-care", name: "养老服务", departments: ["civil-affairs"] },
  { slug: "household-registration", name: "户籍管理", departments: ["public-security"] },
  { slug: "farm-subsidies", name: "涉农补贴", departments: ["agriculture", "finance"] },
  { slug: "compulsory-education", name: "义务教育", departments: ["education"] },
  { slug: "health", name: "医疗卫生", departments: ["health"] },
  { slug: "municipal-services", name: "市政服务", departments: ["housing-construction"] },
];
