import { expect, test, type Page } from "@playwright/test";

async function search(page: Page, query: string) {
  await page.goto("/search");
  await expect(page.getByText("正在准备搜索")).toHaveCount(0);
  await page.getByLabel("搜索内容").fill(query);
  const heading = page.getByRole("heading", { level: 2, name: /找到 \d+ 条结果|没有找到相关结果/ });
  await expect(heading).toBeVisible();
  return page.getByRole("region", { name: /找到|没有找到/ }).locator("ol > li");
}

const countOf = async (page: Page) => Number((await page.getByRole("heading", { level: 2, name: /找到 \d+ 条结果/ }).textContent())?.match(/\d+/)?.[0]);

test("低保 lists the 最低生活保障 items first @portrait", async ({ page }) => {
  const results = await search(page, "低保");
  const titles = await results.locator("h3").allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(5);
  for (const title of titles.slice(0, 3)) expect(title).toMatch(/最低生活保障|低保/);
  await expect(results.first().getByText("公开事项")).toBeVisible();
  await expect(results.first().locator("mark").first()).toBeVisible();
});

test("pinyin initials without an input method: dbsq", async ({ page }) => {
  const results = await search(page, "dbsq");
  const titles = await results.locator("h3").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles[0]).toMatch(/低保|最低生活保障/);
});

test("facets narrow the results", async ({ page }) => {
  await search(page, "补贴");
  const before = await countOf(page);
  await page.getByRole("group", { name: "公开层级" }).getByRole("button", { name: /乡级/ }).click();
  await expect.poll(() => countOf(page)).toBeLessThan(before);
  const levelBadges = await page.locator("ol > li").getByText(/^层级：/).allTextContents();
  expect(levelBadges.length).toBeGreaterThan(0);
  for (const badge of levelBadges) expect(badge).toContain("乡级");

  const narrowed = await countOf(page);
  await page.getByRole("group", { name: "类型" }).getByRole("button", { name: /公开信息/ }).click();
  await expect.poll(() => countOf(page)).toBeLessThan(narrowed);
  await expect(page.locator("ol > li").getByText("公开事项", { exact: true })).toHaveCount(0);
});

test("no result offers a disclosure request carrying the query", async ({ page }) => {
  const query = "鳄鱼蹦极";
  await search(page, query);
  await expect(page.getByText(`没有找到与“${query}”相关的已公开信息。`)).toBeVisible();
  await page.getByRole("link", { name: "申请公开" }).last().click();
  await expect(page).toHaveURL(`/apply?q=${encodeURIComponent(query)}`);
  await expect(page.getByText("您要申请公开的信息")).toBeVisible();
  await expect(page.getByText(query)).toBeVisible();
});

test("the search follows the address: /search?q= opens with results", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("户口迁移")}`);
  await expect(page.getByLabel("搜索内容")).toHaveValue("户口迁移");
  const first = page.locator("ol > li h3").first();
  await expect(first).toContainText(/迁/);
});
