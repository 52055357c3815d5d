import { expect, test } from "@playwright/test";

test.describe("kiosk home @portrait", () => {
  test("shows the 26 domain tiles and the five task tiles without overflowing the screen", async ({ page }) => {
    await page.goto("/");
    const domains = page.getByRole("region", { name: /按领域查看/ }).getByRole("link");
    await expect(domains).toHaveCount(26);
    await expect(domains.filter({ hasText: "社会救助" })).toHaveCount(1);
    for (const task of ["查公开信息", "办事指南", "申请公开", "咨询", "进度查询"]) {
      await expect(page.getByRole("link", { name: new RegExp(task) }).first()).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("every task tile leads to a page, never to an error", async ({ page }) => {
    for (const [task, path] of [["办事指南", "/guides"], ["申请公开", "/apply"], ["咨询", "/ask"], ["进度查询", "/track"], ["查公开信息", "/search"]] as const) {
      await page.goto("/");
      await page.getByRole("link", { name: new RegExp(task) }).first().click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/出错|500|Internal Server Error/)).toHaveCount(0);
    }
  });

  test("a domain page lists its items and filters them by level", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /社会救助/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /社会救助/ })).toBeVisible();
    const items = page.locator("a[href^='/items/']");
    const all = await items.count();
    expect(all).toBeGreaterThan(10);
    await page.getByRole("link", { name: "乡级", exact: true }).click();
    await expect(page).toHaveURL(/level=/);
    const township = await items.count();
    expect(township).toBeGreaterThan(0);
    expect(township).toBeLessThan(all);
  });
});

test("unknown pages answer with a friendly 404", async ({ page }) => {
  const res = await page.goto("/items/no-such-item");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("没有找到您要查看的页面")).toBeVisible();
});

test("health reports the store and the content revision", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; database: string; contentRevision: number };
  expect(body.status).toBe("ok");
  expect(body.database).toBe("sqlite");
  expect(body.contentRevision).toBeGreaterThanOrEqual(1);
});
