import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SUBSISTENCE } from "./seeded";

const KIOSK_PAGES = ["/guides", "/guides?by=event&event=困难救助", "/guides?by=department", `/guides/${SUBSISTENCE.key}`, `/print/guides/${SUBSISTENCE.key}?format=receipt`];

/** Links and buttons smaller than the kiosk's 60×60 px touch target (visible ones only). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator("a, button").evaluateAll((nodes) =>
    nodes.flatMap((n) => {
      const r = n.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return [];
      return r.width < 60 || r.height < 60 ? [`${n.textContent?.trim() ?? ""} ${Math.round(r.width)}×${Math.round(r.height)}`] : [];
    }),
  );
}

for (const path of KIOSK_PAGES) {
  test(`${path} passes axe and keeps 60 px touch targets @portrait`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test("the phone page passes axe", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/m/guides/${SUBSISTENCE.key}`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await context.close();
});
