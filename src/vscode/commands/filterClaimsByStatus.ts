import * as vscode from 'vscode';
import type { ClaimsTreeProvider } from '../claimsTree';
import { Commands } from '../ids';
import { STATUS_ICONS, STATUS_LABELS } from '../statusLabels';

/**
 * `byline.filterClaimsByStatus`: shows only the claims with the picked statuses (or "not reviewed") in the
 * Claims view. An array argument (for tests) skips the picker; an empty one shows every claim again.
 */
export function registerFilterClaimsByStatus(tree: ClaimsTreeProvider): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.filterClaimsByStatus, async (arg?: unknown): Promise<string[] | undefined> => {
    let chosen: string[] | undefined = Array.isArray(arg) ? arg.filter((x): x is string => typeof x === 'string') : undefined;
    if (!chosen) {
      const current = tree.statusFilter;
      const items = [
        { label: '$(circle-outline) Not reviewed', value: 'none' },
        ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ label: `$(${STATUS_ICONS[value]}) ${label}`, value })),
      ].map((i) => ({ ...i, picked: current?.has(i.value) ?? false }));
      const picked = await vscode.window.showQuickPick(items, { title: 'Byline: show claims with status…', canPickMany: true, placeHolder: 'Pick none to show every claim' });
      if (!picked) return undefined;
      chosen = picked.map((p) => p.value);
    }
    tree.setStatusFilter(chosen.length ? new Set(chosen) : undefined);
    await tree.focus();
    return chosen;
  });
}
