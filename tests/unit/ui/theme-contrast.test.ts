// WCAG AA contrast of the card's and popup's colours, in both looks, computed from THEME_CSS itself (axe sees only
// the texts a sample happens to show; this covers every verdict colour, with or without a sample showing it).
import { describe, expect, it } from 'vitest';
import { THEME_CSS } from '../../../src/ui/styles.ts';

function variables(look: 'light' | 'dark'): Record<string, string> {
  const block = new RegExp(`\\.cl-${look}\\{([^}]*)\\}`).exec(THEME_CSS)?.[1] ?? '';
  return Object.fromEntries(
    block.split(';').flatMap((d) => (d.includes(':') ? [d.split(':').map((s) => s.trim())] : [])),
  );
}

const channel = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(full.slice(i, i + 2), 16) / 255)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each(['light', 'dark'] as const)('the %s look', (look) => {
  const vars = variables(look);
  const v = new Proxy(vars, {
    get: (all, name: string) => {
      if (!(name in all)) throw new Error(`${name} is not defined in .cl-${look}`);
      return all[name];
    },
  });

  it('every text colour reads at 4.5:1 on the background (verdicts, muted text, links, warnings)', () => {
    for (const name of [
      '--cl-fg',
      '--cl-muted',
      '--cl-accent',
      '--cl-good',
      '--cl-maybe',
      '--cl-bad',
      '--cl-neutral',
    ]) {
      expect(contrast(v[name] as string, v['--cl-bg'] as string), `${name} on --cl-bg`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('text on the accent (the tier badge, a pressed Save) reads at 4.5:1', () => {
    expect(contrast(v['--cl-on-accent'] as string, v['--cl-accent'] as string)).toBeGreaterThanOrEqual(4.5);
  });

  it('borders of controls stand out at 3:1 from the background where they are the only cue (verdict badges use text)', () => {
    // The focus ring is the accent, 2px: WCAG 2.2 focus appearance asks 3:1 against the background.
    expect(contrast(v['--cl-accent'] as string, v['--cl-bg'] as string)).toBeGreaterThanOrEqual(3);
  });
});
