// The CLI's JSON output, written a piece at a time.

/**
 * The output as JSON.stringify(output, null, 2) writes it, in pieces (one document at a time): a large archive
 * never becomes one string in memory.
 */
export function* jsonPieces(output: object): Generator<string> {
  const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);
  // an element of a list at depth 2, written by JSON.stringify inside two arrays (which indents it as it would
  // in the whole) and cut out: the same text without a second pass over it to indent each line
  const OPEN = '[\n  [\n    ';
  const CLOSE = '\n  ]\n]';
  const element = (x: unknown): string => {
    if (x === null || typeof x !== 'object') return indent(JSON.stringify(x, null, 2), '    ');
    const json = JSON.stringify([[x]], null, 2);
    return json.slice(OPEN.length, json.length - CLOSE.length);
  };
  const entries = Object.entries(output).filter(([, v]) => v !== undefined);
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    yield `${i ? ',' : ''}\n  ${JSON.stringify(k)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield '[';
      for (let j = 0; j < v.length; j++) yield `${j ? ',' : ''}\n    ${element(v[j])}`;
      yield '\n  ]';
    } else yield indent(JSON.stringify(v, null, 2), '  ');
  }
  yield '\n}\n';
}
