// The CLI's database commands (archive-v1): load, link, search. Kept apart from the CLI's analysis so that
// the PostgreSQL client is loaded only when one of them runs.
import { connect, migrate, hasSchema, ArchiveConnectionError } from './db';
import { loadArchive } from './load';
import { linkArchive } from './link';
import { searchClaims } from './search';
import { parseOptions } from '../cliOptions';

export async function archiveCommand(cmd: 'load' | 'link' | 'search', args: string[], usage: string): Promise<number> {
  const p = parseOptions(args, ['db', 'speaker', 'limit', 'batch'], ['json', 'no-link']);
  const url = p.opts.get('db') ?? process.env.BYLINE_ARCHIVE_DATABASE;
  const problem = p.error
    ?? (!url ? `${cmd} needs --db URL (a PostgreSQL connection URL, postgresql://user@host:5432/database)` : undefined)
    ?? (cmd === 'load' && p.rest.length === 0 ? 'load needs FILE... (the output of analyze --jsonl; - reads standard input)' : undefined)
    ?? (cmd === 'link' && p.rest.length > 0 ? 'link takes no FILE' : undefined)
    ?? (cmd === 'search' && p.rest.length === 0 && !p.opts.has('speaker') ? 'search needs words to look for, --speaker NAME, or both' : undefined)
    ?? (p.opts.has('limit') && !(Number.isInteger(Number(p.opts.get('limit'))) && Number(p.opts.get('limit')) >= 1) ? `--limit takes a whole number of at least 1` : undefined);
  if (problem) {
    process.stderr.write(`byline: ${problem}\n\n${usage}\n`);
    return 2;
  }
  let client;
  try {
    client = await connect(url!);
  } catch (e) {
    process.stderr.write(`byline: ${(e as Error).message}\n`);
    return e instanceof ArchiveConnectionError ? e.exitCode : 1;
  }
  try {
    if (cmd === 'search') {
      if (!(await hasSchema(client))) {
        process.stderr.write('byline: this database holds no Byline archive yet (load one with byline load --db URL FILE...)\n');
        return 1;
      }
      const claims = await searchClaims(client, { query: p.rest.join(' '), speaker: p.opts.get('speaker'), limit: p.opts.has('limit') ? Number(p.opts.get('limit')) : 50 });
      if (p.flags.has('json')) process.stdout.write(JSON.stringify({ claims }, null, 2) + '\n');
      else {
        if (claims.length === 0) process.stdout.write('No claims found.\n');
        for (const c of claims) {
          const who = c.speakerName ?? (c.speaker ? c.speaker : 'unattributed');
          process.stdout.write(`${who} [${c.kind}] ${c.text.replace(/\s+/g, ' ').trim()}\n    ${c.path}:${c.start}\n`);
        }
      }
      return 0;
    }
    const from = await migrate(client);
    if (cmd === 'link') {
      const r = await linkArchive(client);
      process.stdout.write(`byline: archive linked: ${r.entities} entities, ${r.conflicts} conflict(s)\n`);
      return 0;
    }
    const batch = p.opts.has('batch') ? Number(p.opts.get('batch')) : undefined;
    const r = await loadArchive(client, p.rest, process.stdin, { batchSize: batch, link: !p.flags.has('no-link') });
    for (const b of r.bad.slice(0, 20)) process.stderr.write(`byline: ${b.source}:${b.line}: ${b.message}; left out\n`);
    if (r.bad.length > 20) process.stderr.write(`byline: … and ${r.bad.length - 20} more lines left out\n`);
    process.stdout.write(`byline: ${r.read} document(s) read: ${r.added} added, ${r.replaced} replaced, ${r.unchanged} unchanged${from === 0 ? ' (schema created)' : ''}${r.linked ? '; archive linked' : p.flags.has('no-link') ? '; not linked yet (byline link --db URL)' : ''}\n`);
    return r.bad.length ? 1 : 0;
  } catch (e) {
    process.stderr.write(`byline: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await client.end().catch(() => undefined);
  }
}
