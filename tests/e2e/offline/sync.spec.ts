// A change published on the server reaches a kiosk with its next sync, as a small delta, and is
// then served offline from the kiosk's store (page and search alike).
import { expect, test } from "@playwright/test";
import { publishContentChange } from "../../../app/_server/sync/publish";
import { buildItem } from "../../../seeds/factories";
import { e2eDb, publish } from "../support/store";
import { installKiosk, searchTitles, waitForRevision } from "./support/kiosk";

test.use({ serviceWorkers: "allow" });

test("a published change reaches the kiosk in a delta of at most 5 KB and shows offline", async ({ page, context }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const item = buildItem({ level1: "离线同步测试", level2: `原标题${stamp}` });
  await publish([item]);
  await installKiosk(page);

  // Sync requests come from the kiosk's sync worker: the context sees them, with their bodies.
  const deltas = new Map<number, number>();
  context.on("response", (res) => {
    const since = /\/api\/sync\/content\?since=(\d+)/.exec(res.url())?.[1];
    if (since && since !== "0" && res.status() === 200) void res.body().then((b) => deltas.set(Number(since), b.length));
  });
  const before = Number(await page.locator("[data-sync-state]").getAttribute("data-revision"));
  const title = `新标题${stamp}`;
  const result = await publishContentChange(e2eDb(), { entityType: "item", id: item.key, actor: "e2e", changes: { level2: title } });
  if (!result.ok) throw new Error(result.message);

  await page.getByRole("button", { name: "立即同步" }).click();
  await waitForRevision(page, result.revision);
  await expect.poll(() => deltas.get(before), { message: "delta response seen" }).toBeDefined();
  expect(deltas.get(before)).toBeLessThanOrEqual(5 * 1024);

  await context.setOffline(true);
  await page.goto(`/items/${item.key}`);
  await expect(page.locator("[data-rendered-from=local-store]")).toBeAttached();
  await expect(page.getByRole("heading", { level: 1, name: `离线同步测试 · ${title}` })).toBeVisible();
  await page.goto("/search");
  expect(await searchTitles(page, title)).toContain(`离线同步测试 · ${title}`);
});

test("a failing sync keeps the content the kiosk has and records the error", async ({ page, context }) => {
  test.setTimeout(120_000);
  await installKiosk(page);
  await context.route("**/api/sync/content**", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"unavailable","message":"服务器暂时无法读取内容，请稍后自动重试。"}' }));
  await page.getByRole("button", { name: "立即同步" }).click();
  await expect(page.locator("[data-sync-state]")).toHaveAttribute("data-sync-state", "failed");
  await context.setOffline(true);
  await page.goto("/search");
  expect((await searchTitles(page, "低保")).length).toBeGreaterThan(0);
});
