// Helpers for the offline suite: a fresh kiosk that synced and whose service worker controls the page.
import { expect, type Page } from "@playwright/test";

/** The footer leaf (components/kiosk/sync-status.tsx) exposes the sync loop's progress. */
export const syncStatus = (page: Page) => page.locator("[data-sync-state]");

/** Opens `/` and waits for the first sync and for the service worker to control the page. */
export async function installKiosk(page: Page): Promise<number> {
  await page.goto("/");
  await expect(syncStatus(page)).toHaveAttribute("data-sync-state", "synced", { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  return Number(await syncStatus(page).getAttribute("data-revision"));
}

/** Waits until the kiosk's local copy has reached `revision`. */
export async function waitForRevision(page: Page, revision: number): Promise<void> {
  await expect
    .poll(async () => Number(await syncStatus(page).getAttribute("data-revision")), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(revision);
}

/** Types into the search box and returns the result titles once there are some. */
export async function searchTitles(page: Page, query: string): Promise<string[]> {
  await page.getByLabel("搜索内容").fill(query);
  const titles = page.locator("ol > li h3");
  await expect(titles.first()).toBeVisible();
  return titles.allInnerTexts();
}
