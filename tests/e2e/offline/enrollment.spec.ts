// Enrolling a terminal on /setup (hall staff), the errors staff can meet, the heartbeat that
// follows, and a revoked terminal learning it was stopped.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createKiosk } from "../../../app/_server/kiosks/enroll";
import { revokeKiosk } from "../../../app/_server/kiosks/identity";
import { e2eDb } from "../support/store";

const MEIHUA = "431124101";
const APP_VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

test("enroll with a code, refuse it again and a wrong one, then learn the terminal was stopped", async ({ page, context }) => {
  test.setTimeout(90_000);
  const label = `梅花镇便民服务中心注册测试机${Date.now().toString(36)}`;
  const created = await createKiosk(e2eDb(), { siteCode: MEIHUA, label, actor: "e2e" });
  if (!created.ok) throw new Error(created.message);

  await page.goto("/setup");
  const field = page.getByRole("textbox", { name: "注册码" });
  const submit = page.getByRole("button", { name: "注册本机" });
  // Typed in lower case without the hyphen: shown and sent in upper case.
  await field.fill(created.code.replace("-", "").toLowerCase());
  await expect(field).toHaveValue(created.code.replace("-", ""));
  await submit.click();
  await expect(page.getByRole("status").filter({ hasText: "注册成功" })).toHaveText(`注册成功：梅花镇 ${label}`);
  expect((await context.cookies()).find((c) => c.name === "kiosk_site")?.value).toBe(MEIHUA);
  // The first heartbeat follows at once.
  await expect
    .poll(async () => (await e2eDb().kiosk.findUniqueOrThrow({ where: { id: created.kiosk.id }, select: { appVersion: true } })).appVersion)
    .toBe(APP_VERSION);

  await field.fill(created.code);
  await submit.click();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/该注册码已被使用，请联系县政务公开办重新生成。/);
  // GOV.UK error summary: it takes focus and links to the field.
  await expect(page.locator('[aria-labelledby="error-summary-title"]')).toBeFocused();
  await expect(page.getByRole("link", { name: /该注册码已被使用/ })).toHaveAttribute("href", "#enrollment-code");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await field.fill("ABCD-EFGH");
  await submit.click();
  await expect(field).toHaveAccessibleDescription(/注册码无效，请核对后重新输入。/);

  await revokeKiosk(e2eDb(), created.kiosk.id, "e2e");
  await page.reload();
  await expect(page.getByText("本机已停用，请联系县政务公开办")).toBeVisible();
});
