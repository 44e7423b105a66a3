/**
 * YAML front matter at the top of a Markdown file (`---`, `key: value` lines, `---`), as
 * static-site generators and note apps write it. Only top-level scalars are read — the fields
 * an article's metadata needs — so no YAML library is pulled into the core for it, and nothing
 * in the block is ever taken for article text.
 */

/** The file's front matter fields (keys lowercased) and the Markdown after the block. */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly body: string;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A scalar without its quotes; `[a, b]` lists become `a, b`. */
function scalar(raw: string): string {
  const text = raw.trim().replace(/\s+#.*$/, '');
  const quoted = /^(["'])(.*)\1$/.exec(text);
  if (quoted) return quoted[2]!;
  const list = /^\[(.*)\]$/.exec(text);
  if (list) return list[1]!.split(',').map((item) => scalar(item)).filter(Boolean).join(', ');
  return text;
}

/** Splits `source` into its front matter and body; a file without front matter has no fields. */
export function splitFrontMatter(source: string): FrontMatter {
  const match = BLOCK.exec(source);
  if (!match) return { fields: {}, body: source };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!pair) continue;
    const value = scalar(pair[2]!);
    if (value) fields[pair[1]!.toLowerCase()] = value;
  }
  return { fields, body: source.slice(match[0].length) };
}
