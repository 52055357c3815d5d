import { expect, test } from "@playwright/test";
import { SUBSISTENCE } from "./seeded";

const HEADINGS = ["受理条件", "申请材料", "办理流程", "办理时限", "收费标准", "办理地点和时间", "咨询与投诉", "办理结果", "设定依据", "常见问题", "相关公开事项"];

test("a guide page shows materials with necessity, numbered steps and both time limits @portrait", async ({ page }) => {
  await page.goto(`/guides/${SUBSISTENCE.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBSISTENCE.name);
  for (const name of HEADINGS) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();

  const materials = page.getByRole("region", { name: "申请材料", exact: true });
  const table = materials.getByRole("table");
  for (const column of ["材料名称", "必要性", "形式", "份数", "来源", "备注/样表"]) {
    await expect(table.getByRole("columnheader", { name: column })).toBeVisible();
  }
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(SUBSISTENCE.materials.length + 1);
  for (const [index, m] of SUBSISTENCE.materials.entries()) {
    const row = rows.nth(index + 1);
    await expect(row.getByRole("rowheader")).toContainText(m.name);
    // The badge reads "必要性：" to screen readers, then the word itself; "必要" must not match "非必要".
    await expect(row.getByRole("cell").first()).toHaveText(new RegExp(`(^|：)${m.necessity}$`));
  }

  const steps = page.getByRole("region", { name: "办理流程" }).getByRole("list", { name: "办理步骤" }).getByRole("listitem");
  await expect(steps).toHaveCount(SUBSISTENCE.steps.length);
  for (const [index, step] of SUBSISTENCE.steps.entries()) {
    await expect(steps.nth(index)).toContainText(String(index + 1));
    await expect(steps.nth(index).getByRole("heading", { level: 3 })).toContainText(step.title);
    await expect(steps.nth(index)).toContainText(step.detail);
  }

  const limits = page.getByRole("region", { name: "办理时限" });
  await expect(limits).toContainText(`法定办结时限：${SUBSISTENCE.legalLimit}`);
  await expect(limits).toContainText(`承诺办结时限：${SUBSISTENCE.promisedLimit}`);
  const visits = SUBSISTENCE.visits === 0 ? "零跑动" : `最多跑${SUBSISTENCE.visits}次`;
  await expect(page.getByRole("definition").filter({ hasText: new RegExp(`^${visits}$`) })).toBeVisible();
});

test("a guide page offers the phone QR code, the print views and the related items", async ({ page }) => {
  await page.goto(`/guides/${SUBSISTENCE.key}`);
  await expect(page.getByRole("img", { name: /二维码/ })).toBeVisible();
  await expect(page.getByText("手机扫码，把办事指南带回家")).toBeVisible();
  await expect(page.getByRole("link", { name: "打印材料清单（A4）" })).toHaveAttribute("href", `/print/guides/${SUBSISTENCE.key}?format=a4`);
  await expect(page.getByRole("link", { name: "打印材料清单（小票）" })).toHaveAttribute("href", `/print/guides/${SUBSISTENCE.key}?format=receipt`);
  await expect(page.locator('a[target="_blank"]')).toHaveCount(0);

  const related = page.getByRole("region", { name: "相关公开事项" }).getByRole("link");
  await expect(related).toHaveCount(SUBSISTENCE.items?.length ?? 0);
  await related.first().click();
  await expect(page).toHaveURL(/\/items\//);
  await page.getByRole("region", { name: "相关办事指南" }).getByRole("link", { name: SUBSISTENCE.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBSISTENCE.name);
});

test("the browse page groups guides by life event, domain and department @portrait", async ({ page }) => {
  await page.goto("/guides");
  await expect(page.getByRole("link", { name: "按生活事项" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("list", { name: "生活事项" }).getByRole("link", { name: /困难救助/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "困难救助" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(SUBSISTENCE.name) }).click();
  await expect(page).toHaveURL(`/guides/${SUBSISTENCE.key}`);

  await page.goto("/guides?by=domain");
  await expect(page.getByRole("heading", { level: 2, name: "社会救助" })).toBeVisible();
  await page.getByRole("link", { name: "按部门" }).click();
  await expect(page).toHaveURL("/guides?by=department");
  await expect(page.getByRole("heading", { level: 2, name: "道县民政局" })).toBeVisible();
});

test("an unknown guide is a friendly 404", async ({ page }) => {
  const response = await page.goto("/guides/g-no-such-guide");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("没有找到您要查看的页面");
});
