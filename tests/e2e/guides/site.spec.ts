import { expect, test } from "@playwright/test";
import { MEIHUA, overrideFor, SUBSISTENCE } from "./seeded";

const county = SUBSISTENCE.county;
const meihua = overrideFor(SUBSISTENCE, MEIHUA);

test("a 梅花镇 kiosk shows its own centre's place, window and hours", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "kiosk_site", value: MEIHUA, url: baseURL ?? "" }]);
  await page.goto(`/guides/${SUBSISTENCE.key}`);
  const place = page.getByRole("region", { name: "办理地点和时间" });
  await expect(place).toContainText("本中心（梅花镇便民服务中心）");
  await expect(place.getByRole("definition").filter({ hasText: meihua.place }).first()).toBeVisible();
  await expect(place.getByRole("definition").filter({ hasText: meihua.window ?? "" }).first()).toHaveText(meihua.window ?? "");
  await expect(place.getByRole("definition").filter({ hasText: meihua.hours })).toHaveText(meihua.hours);
  await expect(place).toContainText("也可以到县里办理");
  await expect(page.getByRole("region", { name: "咨询与投诉" })).toContainText(meihua.phone);
});

test("the county kiosk (no cookie, or an unknown code) shows the county window", async ({ page, context, baseURL }) => {
  for (const cookie of [null, "431124999", "not-a-code"]) {
    await context.clearCookies();
    if (cookie) await context.addCookies([{ name: "kiosk_site", value: cookie, url: baseURL ?? "" }]);
    await page.goto(`/guides/${SUBSISTENCE.key}`);
    const place = page.getByRole("region", { name: "办理地点和时间" });
    await expect(place.getByRole("definition").filter({ hasText: county.window ?? "" })).toHaveText(county.window ?? "");
    await expect(place).not.toContainText(meihua.window ?? "");
    await expect(place).not.toContainText("本中心");
  }
});
