import { expect, test } from "@playwright/test";
import { SUBSISTENCE } from "./seeded";

test("searching 低保怎么办 reaches the 最低生活保障 guide", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("正在准备搜索")).toHaveCount(0);
  await page.getByLabel("搜索内容").fill("低保怎么办");
  await expect(page.getByRole("heading", { level: 2, name: /找到 \d+ 条结果|没有找到相关结果/ })).toBeVisible();

  const results = page.getByRole("region", { name: /找到|没有找到/ }).locator("ol > li");
  const titles = await results.locator("h3").allTextContents();
  const at = titles.findIndex((t) => t.includes(SUBSISTENCE.name));
  expect(at, `top results were: ${titles.slice(0, 5).join(" | ") || "(none)"}`).toBeGreaterThanOrEqual(0);
  expect(at).toBeLessThan(3);

  const card = results.nth(at);
  await expect(card.getByText("办事指南", { exact: true })).toBeVisible();
  await card.getByRole("link").click();
  await expect(page).toHaveURL(`/guides/${SUBSISTENCE.key}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBSISTENCE.name);
});
