// Renders the PWA's PNG icons from the SVG sources in public/icons with Chromium (run once after
// editing an SVG, and commit the PNGs): npx tsx tests/e2e/offline/support/render-icons.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const ICONS = join(import.meta.dirname, "..", "..", "..", "..", "public", "icons");
const OUTPUTS: [source: string, size: number, out: string][] = [
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["icon-maskable.svg", 512, "icon-maskable-512.png"],
  ["icon.svg", 180, "apple-touch-icon.png"],
];

const browser = await chromium.launch(existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] } : {});
try {
  for (const [source, size, out] of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(ICONS, source), "utf8");
    await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: join(ICONS, out), omitBackground: true });
    await page.close();
    console.log(`${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
