// Opens a page kontakt wrote in Debian's Chromium, headless, and prints on stdout one JSON
// document of what a reader's browser sees: console errors, every request the page made, its
// tel: and mailto: links, the map's län and their colours, axe-core's violations, the print
// styles, and screenshots (phone and desktop width, each QR code) under SHOTS. The assertions
// are in tests/page_browser.rs.
//
// node check-page.mjs PAGE.html SHOTS_DIR [PREFIX]

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [page_file, shots, prefix = "page"] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axe = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
fs.mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  // Closed network, no sandbox as root: the flags the machine's notes ask for.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const result = { console_errors: [], requests: [], qr: [] };
try {
  const url = pathToFileURL(path.resolve(page_file)).href;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") result.console_errors.push(m.text());
  });
  page.on("pageerror", (e) => result.console_errors.push(String(e)));
  page.on("request", (r) => result.requests.push(r.url()));
  await page.goto(url, { waitUntil: "load" });
  result.page_url = url;

  result.lang = await page.evaluate(() => document.documentElement.lang);
  result.title = await page.title();
  result.headings = await page.evaluate(() =>
    [...document.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => Number(h.tagName[1])),
  );
  result.tel = await page.evaluate(() =>
    [...document.querySelectorAll('a[href^="tel:"]')].map((a) => ({
      href: a.getAttribute("href"),
      text: a.firstChild.textContent,
    })),
  );
  result.mailto = await page.evaluate(() =>
    [...document.querySelectorAll('a[href^="mailto:"]')].map((a) => ({
      href: a.getAttribute("href"),
      address: decodeURIComponent(a.getAttribute("href").slice(7)),
      text: a.firstChild.textContent,
    })),
  );
  result.map = await page.evaluate(() =>
    [...document.querySelectorAll("svg.karta path[data-lan]")].map((p) => {
      const box = p.getBBox();
      return {
        lan: p.dataset.lan,
        region: p.dataset.region,
        fill: getComputedStyle(p).fill,
        drawn: box.width > 0 && box.height > 0,
      };
    }),
  );
  result.map_labels = await page.evaluate(() =>
    [...document.querySelectorAll("svg.karta text")].map((t) => t.textContent),
  );
  result.map_alternative = await page.evaluate(() => {
    const svg = document.querySelector("svg.karta");
    const id = svg && svg.getAttribute("aria-describedby");
    const el = id && document.getElementById(id);
    return el ? el.innerText : null;
  });

  await page.screenshot({ path: path.join(shots, `${prefix}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(shots, `${prefix}-desktop.png`), fullPage: true });

  await page.addScriptTag({ content: axe });
  const checked = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
      })),
      passes: r.passes.map((p) => p.id),
    };
  });
  result.axe = checked;

  await page.emulateMedia({ media: "print" });
  result.print = await page.evaluate(() => {
    const a = document.querySelector('a[href^="mailto:"]');
    const region = document.querySelector("section.region:nth-of-type(3)");
    const qr = document.querySelector("figure.qr svg");
    const nav = document.querySelector("nav");
    return {
      link_after: a ? getComputedStyle(a, "::after").content : null,
      region_break: region ? getComputedStyle(region).breakBefore : null,
      qr_shown: qr ? getComputedStyle(qr).display !== "none" && qr.getBoundingClientRect().width > 0 : false,
      nav_hidden: nav ? getComputedStyle(nav).display === "none" : true,
    };
  });
  await page.pdf({ path: path.join(shots, `${prefix}.pdf`), format: "A4" });

  // Each QR code as the screen shows it, with its quiet zone, at four device pixels a CSS
  // pixel (a phone's camera sees it larger still), for the decoder in the test.
  const sharp = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 4 });
  const qr_page = await sharp.newPage();
  await qr_page.goto(url, { waitUntil: "load" });
  const codes = await qr_page.$$("figure.qr svg");
  for (const [i, code] of codes.entries()) {
    const file = path.join(shots, `${prefix}-qr-${i}.png`);
    await code.screenshot({ path: file });
    const uid = await code.evaluate((svg) => svg.closest("[data-uid]").dataset.uid);
    result.qr.push({ file, uid });
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result) + "\n");
