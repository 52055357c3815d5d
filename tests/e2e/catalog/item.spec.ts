import { expect, test } from "@playwright/test";
import { buildItem, buildRecord } from "../../../seeds/factories";
import { publish } from "../support/store";

test("an item page shows every catalog element and its records", async ({ page }) => {
  const item = buildItem({
    level1: "临时救助",
    level2: "救助对象公示",
    content: "●救助对象姓名（脱敏）●救助金额 ●救助事由",
    basis: "《社会救助暂行办法》（国务院令第649号）",
    timeLimit: "制定或获取信息之日起10个工作日内",
    publisher: "道县民政局、各乡镇人民政府（街道办事处）",
    channels: { 县级: ["政府网站", "政务服务中心"], 乡级: ["便民服务站", "社区/企事业单位/村公示栏（电子屏）"] },
    audience: "特定群体",
    mode: "主动公开",
    category: "结果公开",
  });
  const notice = buildRecord(item, { title: "白马渡镇2026年10月临时救助对象公示", kind: "名单公示", table: { columns: ["序号", "姓名", "身份证号", "救助金额（元）"], rows: [["1", "蒋*平", "431124********2317", "1500"]] } });
  const policy = buildRecord(item, { title: "道县临时救助实施细则政策解读", kind: "政策解读", publishedAt: "2026-05-06" });
  await publish([item], [notice, policy]);

  await page.goto(`/items/${item.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("救助对象公示");
  for (const label of ["一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "五公开类别"]) {
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
  }
  for (const value of ["《社会救助暂行办法》（国务院令第649号）", "制定或获取信息之日起10个工作日内", "道县民政局、各乡镇人民政府（街道办事处）", "特定群体", "结果公开", "便民服务站"]) {
    await expect(page.getByText(value).first()).toBeVisible();
  }
  await expect(page.getByRole("link", { name: /白马渡镇2026年10月临时救助对象公示/ })).toBeVisible();

  await page.getByRole("link", { name: /道县临时救助实施细则政策解读/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("道县临时救助实施细则政策解读");
  await page.goBack();
  await page.getByRole("link", { name: /临时救助对象公示/ }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "身份证号" })).toBeVisible();
  await expect(table.getByRole("cell", { name: "431124********2317" })).toBeVisible();
});
