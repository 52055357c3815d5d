// After one online visit and sync, with the network off, every kiosk page works, pages never
// opened online included: the service worker serves the precached shell, which renders them from
// IndexedDB. Service workers need the production build (`npm run build`).
import { expect, test } from "@playwright/test";
import { e2eDb } from "../support/store";
import { installKiosk, searchTitles, syncStatus } from "./support/kiosk";

test.use({ serviceWorkers: "allow" });

test("offline after the first sync: home, search, domain, item, record and guide from the local store", async ({ page, context }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  // Content the test never opens online.
  const item = await db.disclosureItem.findFirstOrThrow({ where: { status: "published", level2: { contains: "低保" } }, select: { id: true, level1: true, level2: true, domain: { select: { name: true } } } });
  const guide = await db.serviceGuide.findFirstOrThrow({ where: { status: "published", name: { contains: "最低生活保障" } }, select: { id: true, name: true } });
  const record = await db.disclosureRecord.findFirstOrThrow({ where: { status: "published", expiresOn: null, item: { status: "published" } }, select: { id: true, title: true } });

  await installKiosk(page);
  await context.setOffline(true);
  await page.reload();

  await expect(page.locator("[data-rendered-from=local-store]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 1, name: "您好，欢迎使用道县政务公开一体机" })).toBeVisible();
  await expect(page.getByText("网络已断开，正在使用本机内容")).toBeVisible();
  await expect(syncStatus(page)).toContainText(/本机内容更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  await expect(page.getByRole("link", { name: /社会救助/ })).toBeVisible();

  // A link tap offline: Next's RSC fetch fails, it falls back to a full navigation, the worker answers.
  await page.getByRole("link", { name: /社会救助/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "社会救助" })).toBeVisible();

  await page.goto("/search");
  const titles = await searchTitles(page, "低保");
  expect(titles.slice(0, 3).join("|")).toMatch(/最低生活保障|低保/);

  await page.goto(`/items/${item.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `${item.level1} · ${item.level2}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "事项详情" })).toBeVisible();

  await page.goto(`/guides/${guide.id}`);
  await expect(page.getByRole("heading", { level: 1, name: guide.name })).toBeVisible();
  await expect(page.getByRole("heading", { name: "申请材料" })).toBeVisible();

  await page.goto(`/records/${record.id}`);
  await expect(page.getByRole("heading", { level: 1, name: record.title })).toBeVisible();

  await page.goto("/guides");
  await expect(page.getByRole("heading", { level: 1, name: "办事指南" })).toBeVisible();

  // Pages that need the server say so instead of failing.
  await page.goto("/apply");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an unknown item offline shows the friendly not-found page", async ({ page, context }) => {
  test.setTimeout(120_000);
  await installKiosk(page);
  await context.setOffline(true);
  await page.goto("/items/no-such-item");
  await expect(page.getByRole("heading", { level: 1, name: "没有找到您要查看的页面" })).toBeVisible();
});
