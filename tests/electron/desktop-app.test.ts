// The real desktop app, driven through Playwright's Electron support: run by `npm run test:electron`
// where Electron is installed (CI on Linux, Windows and macOS), never by `npm test`.
import { PDFDocument } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { call, launchApp } from './launch';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('techfolio-electron-');
});
afterAll(() => temp?.remove());

async function onePagePdf(): Promise<string> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Certificate of attendance', { x: 72, y: 760, size: 18 });
  return Buffer.from(await doc.save()).toString('base64');
}

describe('the desktop app', () => {
  it('starts on the dashboard with the security checklist’s web preferences', async () => {
    const { app, page } = await launchApp(temp.dir);
    try {
      await expect.poll(() => page.getByRole('link', { name: 'Dashboard' }).first().isVisible(), { timeout: 30_000 }).toBe(true);
      expect(page.url()).toMatch(/^app:\/\//);
      // Electron keeps no getter for a window's preferences, so each is shown by what the page can reach.
      // nodeIntegration off: no require, no process. contextIsolation on: contextBridge refuses to
      // expose anything without it, so the bridge's presence proves it, and ipcRenderer stays out.
      expect(await page.evaluate(() => ({ require: typeof (globalThis as { require?: unknown }).require, process: typeof (globalThis as { process?: unknown }).process }))).toEqual({ require: 'undefined', process: 'undefined' });
      expect(await page.evaluate(() => ({ bridge: typeof (window as { techfolio?: unknown }).techfolio, ipc: typeof (window as { ipcRenderer?: unknown }).ipcRenderer }))).toEqual({ bridge: 'object', ipc: 'undefined' });
      // sandbox on: the renderer runs in the OS sandbox, where Electron reports it (macOS, Windows).
      const metrics = await app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().map((m) => ({ type: m.type, sandboxed: m.sandboxed })));
      for (const renderer of metrics.filter((m) => m.type === 'Tab' && m.sandboxed !== undefined)) expect(renderer.sandboxed).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('keeps a saved record over a restart, adds evidence, makes a pack in the worker, and sends nothing off the machine', async () => {
    const first = await launchApp(temp.dir);
    const sent: string[] = [];
    first.page.on('request', (request) => sent.push(request.url()));
    // Requests that got past the app's own network block, as Chromium sends them.
    await first.app.evaluate(({ session }) => {
      const seen: string[] = [];
      (globalThis as { techfolioSent?: string[] }).techfolioSent = seen;
      session.defaultSession.webRequest.onSendHeaders((details) => seen.push(details.url));
    });
    try {
      await call(first.page, 'saveProfile', { name: 'Siân Jones', targetRegistrations: [{ frameworkId: 'sc-rscitech' }] });
      await call(first.page, 'addCpd', { title: 'Autoclave validation course', startDate: '2026-03-02', hours: 6 });
      const added = await call<{ item: { id: string } }>(first.page, 'addEvidenceFile', { fileName: 'certificate.pdf', dataBase64: await onePagePdf(), title: 'Autoclave certificate' });
      expect(added.item.id).toBeTruthy();
      sent.push(...(await first.app.evaluate(() => (globalThis as { techfolioSent?: string[] }).techfolioSent ?? [])));
    } finally {
      await first.app.close();
    }

    const second = await launchApp(temp.dir);
    second.page.on('request', (request) => sent.push(request.url()));
    try {
      const records = await call<{ title: string }[]>(second.page, 'listCpd');
      expect(records.map((r) => r.title)).toEqual(['Autoclave validation course']);
      expect((await call<{ title: string }[]>(second.page, 'listEvidence')).map((e) => e.title)).toContain('Autoclave certificate');
      const { jobId } = await call<{ jobId: string }>(second.page, 'startPack', { frameworkId: 'sc-rscitech' });
      let job = await call<{ status: string; error?: string; result?: { pages: number } }>(second.page, 'getPackJob', jobId);
      for (let i = 0; job.status === 'running' && i < 300; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        job = await call(second.page, 'getPackJob', jobId);
      }
      expect(job.error).toBeUndefined();
      expect(job.status).toBe('done');
      expect(job.result!.pages).toBeGreaterThan(1);
    } finally {
      await second.app.close();
    }
    expect(sent.filter((url) => !/^(app|data|blob|devtools|chrome-extension):/.test(url))).toEqual([]);
  });
});
