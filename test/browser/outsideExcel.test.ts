import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./launchChromium";
import { serveDist } from "./serveDist";

const shots = resolve(__dirname, "../../test-output/screenshots");

describe("the built task pane outside Office", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await serveDist();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("says in Dutch that it must be opened in Excel, without errors", async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 600 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(server.url)) external.push(request.url());
    });
    await page.goto(`${server.url}taskpane.html`);
    const message = page.locator("#outside-excel");
    await message.waitFor({ timeout: 20000 });
    expect(await page.locator("h2").textContent()).toBe("Open Welzijnsmonitor in Excel");
    expect(await message.textContent()).toContain("Open Excel");
    await page.screenshot({ path: resolve(shots, "buiten-excel.png") });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });
});
