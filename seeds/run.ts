// `npm run db:seed`: loads the 道县 dataset into the store named by DATABASE_URL. Safe to rerun.
import { getDb } from "../prisma/db";
import { loadCountyDataset } from "./county";
import { loadCatalog } from "./load-catalog";

const db = getDb();
const data = await loadCountyDataset();
const { revision, changed } = await loadCatalog(db, data);
console.log(
  `道县目录数据：${data.domains.length} 个领域、${data.departments.length} 个单位、${data.sites.length} 个站点、` +
    `${data.items.length} 个公开事项、${data.records.length} 条公开信息、${data.guides?.length ?? 0} 个办事指南；本次写入 ${changed} 条，内容版本 ${revision}。`,
);
await db.$disconnect();
