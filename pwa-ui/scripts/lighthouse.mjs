// Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowdown) against a running Ventanilla web app:
// the sign-in page, Inicio signed in as a demo user, and the offline page. Writes <name>.report.html/.json into the
// output folder and prints the scores. Run through lighthouse.sh, which installs the pinned Lighthouse.
import { writeFile, mkdir } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const [base = 'http://localhost:8081/', outDir = 'target/lighthouse', user = 'oficialia'] = process.argv.slice(2);
const password = process.env.VENTANILLA_DEMO_PASSWORD ?? 'Ventanilla-Demo-2026!';
const flags = {
  output: ['html', 'json'],
  onlyCategories: ['performance', 'accessibility', 'best-practices'],
  logLevel: 'error',
};

async function audit(page, name, url) {
  const result = await lighthouse(url, flags, undefined, page);
  const [html, json] = result.report;
  await writeFile(`${outDir}/${name}.report.html`, html);
  await writeFile(`${outDir}/${name}.report.json`, json);
  const { categories, audits } = result.lhr;
  const score = (id) => Math.round(categories[id].score * 100);
  return {
    page: name, url, performance: score('performance'), accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    FCP: audits['first-contentful-paint'].displayValue, LCP: audits['largest-contentful-paint'].displayValue,
    TBT: audits['total-blocking-time'].displayValue, CLS: audits['cumulative-layout-shift'].displayValue,
    lighthouse: result.lhr.lighthouseVersion,
  };
}

async function signIn(page) {
  await page.goto(new URL('signin', base).href, { waitUntil: 'networkidle0' });
  await page.locator('vaadin-text-field input').fill(user);
  await page.locator('vaadin-password-field input').fill(password);
  await page.keyboard.press('Tab');
  await page.locator('vaadin-button::-p-text(Iniciar sesión)').click();
  await page.waitForFunction(() => !location.pathname.endsWith('/signin'), { timeout: 30_000 });
}

await mkdir(outDir, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=es-MX'],
});
try {
  const page = await browser.newPage();
  await page.setExtraHTTPHeaders({ 'Accept-Language': 'es-MX,es;q=0.9' });
  const rows = [await audit(page, 'signin', new URL('signin', base).href)];
  rows.push(await audit(page, 'offline', new URL('offline.html', base).href));
  await signIn(page);
  rows.push(await audit(page, 'inicio', base));
  console.table(rows);
  await writeFile(`${outDir}/summary.json`, JSON.stringify(rows, null, 2));
} finally {
  await browser.close();
}
