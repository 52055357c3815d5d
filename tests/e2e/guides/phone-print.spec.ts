import { expect, test } from "@playwright/test";
import { MEIHUA, overrideFor, SUBSISTENCE } from "./seeded";

test.describe("the phone page", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("renders every element in one column without sideways scrolling", async ({ page }) => {
    const response = await page.goto(`/m/guides/${SUBSISTENCE.key}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBSISTENCE.name);
    for (const name of ["受理条件", "申请材料", "办理流程", "办理时限", "办理地点和时间", "常见问题"]) {
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("banner")).not.toContainText("搜索");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const place = page.getByRole("region", { name: "办理地点和时间" });
    await expect(place).toContainText(SUBSISTENCE.county.place);
    await expect(place).toContainText("梅花镇");
    await expect(place).toContainText(overrideFor(SUBSISTENCE, MEIHUA).window ?? "");
  });
});

test("the print views return 200 with the materials checklist", async ({ page, request }) => {
  for (const format of ["a4", "receipt"]) {
    const response = await request.get(`/print/guides/${SUBSISTENCE.key}?format=${format}`);
    expect(response.status(), format).toBe(200);
    const html = await response.text();
    expect(html).toContain("☐");
    for (const m of SUBSISTENCE.materials) expect(html).toContain(m.name);
    expect(html).toContain(SUBSISTENCE.promisedLimit);
    expect(html).toContain(format === "a4" ? "size: A4" : "size: 80mm 297mm");
  }
  await page.goto(`/print/guides/${SUBSISTENCE.key}?format=a4`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUBSISTENCE.name);
  await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(SUBSISTENCE.materials.length);
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  await expect(page.getByRole("img", { name: /二维码/ })).toBeVisible();
  expect((await request.get("/print/guides/g-no-such-guide")).status()).toBe(404);
});
