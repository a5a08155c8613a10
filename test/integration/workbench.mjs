// Workbench helpers shared by the real-VS-Code tests (run.mjs, archive.mjs): polling with a deadline, the quick
// input, the active editor's tab, notification toasts and screenshots. `ctx` gives the current Playwright page and
// code-server (read at each call: both are set after the helpers are made), the polling timeout T and the folder
// for screenshots.
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NOT_YET = Symbol('not yet');
/** What a polled function returns while its condition does not hold yet (with what it saw). */
export const notYet = (detail) => ({ [NOT_YET]: true, detail });

/** @param {{ page: any, server: any, T: number, out: string }} ctx */
export function workbench(ctx) {
  /** Polls fn() until it returns a truthy value; throws with `what` (and the last value) after `ms`. */
  async function until(what, fn, ms = ctx.T, every = 150) {
    const deadline = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = await fn();
        if (last && !last[NOT_YET]) return last;
      } catch (e) {
        if (e.fatal) throw e;
        last = { error: e.message.split('\n')[0] };
      }
      if (ctx.server?.exited()) throw new Error(`code-server ${server.exited()} while waiting for ${what}`);
      if (Date.now() > deadline) {
        const detail = last && typeof last === 'object' ? ` (last: ${JSON.stringify(last[NOT_YET] ? last.detail : last)?.slice(0, 600)})` : '';
        throw new Error(`timed out after ${ms} ms waiting for ${what}${detail}`);
      }
      await sleep(every);
    }
  }

  async function closeWidgets() {
    await ctx.page.keyboard.press('Escape');
    await ctx.page.keyboard.press('Escape');
  }

  async function quickRows() {
    return ctx.page.evaluate(() => {
      const widget = document.querySelector('.quick-input-widget');
      if (!widget || widget.style.display === 'none') return [];
      return [...widget.querySelectorAll('.quick-input-list .monaco-list-row')].map((row) => ({
        index: Number(row.getAttribute('data-index')),
        label: (row.querySelector('.label-name')?.textContent || '').replace(/\u00a0/g, ' ').trim(),
        aria: (row.getAttribute('aria-label') || '').replace(/\u00a0/g, ' '),
        text: (row.textContent || '').replace(/\u00a0/g, ' '),
        focused: row.classList.contains('focused'),
      }));
    });
  }

  /** The title of the quick input shown now (an input box or a pick), or null. */
  async function quickInputTitle() {
    return ctx.page.evaluate(() => {
      const w = document.querySelector('.quick-input-widget');
      if (!w || w.style.display === 'none') return null;
      return (w.querySelector('.quick-input-title')?.textContent || '').trim();
    });
  }

  async function activeTabLabel() {
    return ctx.page.evaluate(() => {
      const group = document.querySelector('.part.editor .editor-group-container.active');
      const tab = group?.querySelector('.tab.active');
      const hasLines = !!group?.querySelector('.monaco-editor .view-lines .view-line');
      // the tab's accessible name starts with the file name (its label may hide the extension)
      const name = tab ? (tab.getAttribute('aria-label') || tab.textContent || '').split(',')[0].trim() : null;
      return { tab: name, hasLines };
    });
  }

  async function waitForEditorOf(file) {
    await until(`an editor on ${file}`, async () => {
      const a = await activeTabLabel();
      return (a.tab === file && a.hasLines) || notYet(a);
    });
  }

  /** The messages of the notification toasts shown now. */
  async function toasts() {
    return ctx.page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-list-item')]
      .filter((n) => n.getBoundingClientRect().height > 0)
      .map((n) => (n.querySelector('.notification-list-item-message')?.textContent || '').trim()));
  }

  async function waitForToast(what, re, ms = ctx.T) {
    return until(what, async () => {
      const t = await toasts();
      return t.find((x) => re.test(x)) || notYet(t);
    }, ms);
  }

  /** Closes every notification toast ("Notifications: Clear All Notifications" would also empty the centre). */
  async function clearToasts() {
    for (let i = 0; i < 10; i++) {
      const close = ctx.page.locator('.notifications-toasts .notification-list-item .codicon-notifications-clear, .notifications-toasts .notification-list-item .action-label[aria-label^="Clear Notification"]');
      if (!(await close.count())) return;
      await ctx.page.locator('.notifications-toasts .notification-list-item').first().hover().catch(() => {});
      await close.first().click({ timeout: 2000 }).catch(() => {});
    }
  }

  async function shot(name) {
    const file = path.join(ctx.out, `${name}.png`);
    await ctx.page.screenshot({ path: file });
    return file;
  }

  return { until, closeWidgets, quickRows, quickInputTitle, activeTabLabel, waitForEditorOf, toasts, waitForToast, clearToasts, shot };
}
