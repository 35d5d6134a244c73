import type { ComponentChildren } from 'preact';

// Just enough Markdown for docs/SCORING.md (headings, paragraphs, lists, tables, **bold**, `code`), rendered
// as preact elements, never as an HTML string.

function inline(text: string): ComponentChildren[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`)/g).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>;
    return part;
  });
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

export function Markdown({ source }: { source: string }) {
  const out: ComponentChildren[] = [];
  const lines = source.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min((heading[1] ?? '#').length + 1, 5);
      const Tag = `h${level}` as 'h2';
      out.push(<Tag key={i}>{inline(heading[2] ?? '')}</Tag>);
      i++;
    } else if (line.trim().startsWith('|')) {
      const rows: string[][] = [];
      while ((lines[i] ?? '').trim().startsWith('|')) {
        const row = cells(lines[i] ?? '');
        if (!row.every((c) => /^:?-+:?$/.test(c))) rows.push(row);
        i++;
      }
      const [head, ...body] = rows;
      out.push(
        <table key={i}>
          <thead>
            <tr>
              {head?.map((c, j) => (
                <th key={j}>{inline(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((r, k) => (
              <tr key={k}>
                {r.map((c, j) => (
                  <td key={j}>{inline(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
    } else if (/^\s*[-*]\s+/.test(line)) {
      const items: string[] = [];
      while (/^\s*[-*]\s+/.test(lines[i] ?? '') || /^\s{2,}\S/.test(lines[i] ?? '')) {
        const l = lines[i] ?? '';
        if (/^\s*[-*]\s+/.test(l)) items.push(l.replace(/^\s*[-*]\s+/, ''));
        else items[items.length - 1] += ` ${l.trim()}`;
        i++;
      }
      out.push(
        <ul key={i}>
          {items.map((it, j) => (
            <li key={j}>{inline(it)}</li>
          ))}
        </ul>,
      );
    } else if (line.trim() === '' || line.startsWith('```')) {
      i++;
    } else {
      const para: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#|\||\s*[-*]\s)/.test(lines[i] ?? '')) {
        para.push(lines[i] ?? '');
        i++;
      }
      out.push(<p key={i}>{inline(para.join(' '))}</p>);
    }
  }
  return <div class="cl-doc">{out}</div>;
}
