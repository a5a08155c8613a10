// Workbench helpers shared by the real-VS-Code tests (run.mjs, archive.mjs): polling with a deadline, the quick
// input and palette commands, opening files, the cursor and Go to Line, hovers, the active editor's tab,
// notification toasts and screenshots. `ctx` gives the current Playwright page and
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
      if (ctx.server?.exited()) throw new Error(`code-server ${ctx.server.exited()} while waiting for ${what}`);
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


  /** In the quick input open now (a command's own quick pick), types `text` and picks the row labelled `label`. */
  async function chooseInQuickInput(text, label) {
    const input = ctx.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: ctx.T });
    await input.fill(text);
    const want = label.toLowerCase();
    // the same row at the same place in two polls: the list has applied the filter (it re-renders after fill)
    let prev = null;
    const row = await until(`"${label}" in the quick pick`, async () => {
      const rows = await quickRows();
      // an exact label first: "Byline: Show Claims" must not pick a recently used "Byline: Show Claims by This Speaker"
      const hit = rows.find((r) => r.label.toLowerCase() === want) || rows.find((r) => r.aria.toLowerCase().startsWith(want));
      const key = hit ? `${hit.index}/${rows.length}/${hit.focused}` : null;
      const stable = key !== null && key === prev;
      prev = key;
      return stable ? hit : notYet(rows.map((r) => r.label));
    });
    if (row.focused) await ctx.page.keyboard.press('Enter');
    else await ctx.page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${row.index}"]`).click();
  }

  /**
   * Opens the quick input with `key`, types `text`, and picks the row whose label is `label`. `keep`: no Escape
   * first (Escape in the editor drops its selection, which a command such as "Add Note…" acts on).
   */
  async function quickPick(key, text, label, { keep = false } = {}) {
    if (!keep) await closeWidgets();
    await ctx.page.keyboard.press(key);
    await chooseInQuickInput(text, label);
  }

  /** Runs a command from the palette. `opens`: the command opens a quick input of its own (not waited to close). */
  async function runCommand(title, { keep = false, opens = false } = {}) {
    await quickPick('F1', `>${title}`, title, { keep });
    if (!opens) await ctx.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: ctx.T });
  }

  /**
   * Waits for an input box whose title contains `title`, types `text`, Enter. `closes`: waits for the box to
   * close (false when the command goes on to a quick pick of its own).
   */
  async function answerInputBox(title, text, { closes = true } = {}) {
    await until(`an input box "${title}"`, async () => {
      const t = await quickInputTitle();
      return t !== null && t.includes(title) ? t : notYet(t);
    });
    await ctx.page.locator('.quick-input-widget .quick-input-box input').fill(text);
    await ctx.page.keyboard.press('Enter');
    if (closes) await ctx.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: ctx.T });
  }

  async function openFile(file) {
    await quickPick('Control+P', file, file);
    await waitForEditorOf(file);
  }

  /** The editor's cursor as the status bar shows it: { line, col, selected, text }. */
  async function statusSelection() {
    const text = await ctx.page.evaluate(() => {
      const items = [...document.querySelectorAll('.part.statusbar .statusbar-item')];
      const it = items.find((i) => /Ln \d+, Col \d+/.test(i.textContent || ''));
      return it ? it.textContent.replace(/\s+/g, ' ').trim() : null;
    });
    const m = text && /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
    if (!m) return null;
    return { line: Number(m[1]), col: Number(m[2]), selected: m[3] ? Number(m[3]) : 0, text };
  }

  /** Go to Line (Ctrl+G): reveals `line` of the active editor and puts the cursor there. */
  async function goToLine(line) {
    await closeWidgets();
    await ctx.page.keyboard.press('Control+G');
    const input = ctx.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: ctx.T });
    await input.fill(`:${line}`);
    await ctx.page.keyboard.press('Enter');
    await ctx.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: ctx.T });
    await until(`the status bar to show line ${line}`, async () => {
      const s = await statusSelection();
      return (s && s.line === line) || notYet(s);
    });
  }

  /** The text of the hovers shown now (several joined by a rule). */
  async function hoverVisibleText() {
    return ctx.page.evaluate(() => {
      const shown = [...document.querySelectorAll('.monaco-hover')].filter((h) => {
        if (h.classList.contains('hidden')) return false;
        const r = h.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(h).visibility !== 'hidden';
      });
      return shown.map((h) => h.innerText).join('\n---\n');
    });
  }

  /** Waits (up to 3 s, not fatal) until the hover's fade-in animation has finished, for screenshots. */
  async function hoverSettled() {
    await until('the hover to finish fading in', () => ctx.page.evaluate(() => {
      const h = [...document.querySelectorAll('.monaco-hover')].find((x) => !x.classList.contains('hidden') && x.getBoundingClientRect().width > 0);
      if (!h) return true;
      return !document.getAnimations().some((a) => {
        const t = a.effect && a.effect.target;
        return a.playState === 'running' && t && (h.contains(t) || t.contains(h));
      });
    }), 3000, 50).catch(() => {});
  }

  return {
    until, closeWidgets, quickRows, quickInputTitle, activeTabLabel, waitForEditorOf, toasts, waitForToast, clearToasts, shot,
    chooseInQuickInput, quickPick, runCommand, answerInputBox, openFile, statusSelection, goToLine, hoverVisibleText, hoverSettled,
  };
}
