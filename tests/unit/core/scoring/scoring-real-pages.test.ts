// Every real page we hold, read and scored as on the day it was saved: no rate from fewer than 5 posts or from a
// selection, and the named pages' judgements (issue 17's "done when").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCommand } from '../../../../src/cli/page-command.ts';
import type { Insight } from '../../../../src/core/insight.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import type { ProfileSnapshot } from '../../../../src/core/snapshot.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/real');
const REAL = resolve(import.meta.dirname, '../../../../../shared/real-pages');

/** The capture day from the file name (2025-12-30, or 2024-01 → the 15th). */
function savedOn(file: string): Date | null {
  const m = /_(\d{4}-\d{2})(-\d{2})?[._]/.exec(file);
  return m?.[1] ? new Date(`${m[1]}${m[2] ?? '-15'}T12:00:00Z`) : null;
}

interface Scored {
  file: string;
  snapshot: ProfileSnapshot;
  insight: Insight;
}

function scoreAll(dir: string): Scored[] {
  if (!existsSync(dir)) return [];
  const out: Scored[] = [];
  for (const site of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, site.name)).filter((f) => /\.(html|json)$/.test(f))) {
      const now = savedOn(file) ?? undefined;
      const read = pageCommand({ text: readFileSync(join(dir, site.name, file), 'utf8'), fileName: file, now });
      if (read.snapshot) out.push({ file, snapshot: read.snapshot, insight: scoreProfile(read.snapshot, { now }) });
    }
  }
  return out;
}

const all = [...scoreAll(FIXTURES), ...scoreAll(REAL)];
const byFile = (part: string) => all.find((s) => s.file.includes(part));

describe('on every real page we hold', () => {
  it('reads and scores at least the bundled ones', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });
  it.each(all.map((s) => [s.file, s] as const))(
    '%s: a rate rests on ≥ 5 timeline posts, never on a selection',
    (_f, s) => {
      const { insight, snapshot } = s;
      for (const figure of [insight.engagement, insight.engagement?.secondary]) {
        if (!figure || figure.rate === null || figure.fallback) continue;
        expect(figure.sample).toBeGreaterThanOrEqual(5);
      }
      if (insight.engagement?.rate != null && !insight.engagement.fallback) {
        expect(insight.sample?.posts).toBeGreaterThanOrEqual(5);
        // Every sampled post is an ordinary timeline post: the sample holds none of the curated or pinned ones.
        const ordinary = snapshot.recentPosts.filter(
          (p) => !p.curated && !p.pinned && p.kind !== 'live' && p.kind !== 'trailer',
        );
        expect(ordinary.length).toBeGreaterThanOrEqual(insight.sample?.posts ?? 0);
      }
      // A verdict other than "not enough data" or "outside" always rests on a judged rate.
      if (['strong', 'possible', 'weak'].includes(insight.fit.verdict)) {
        expect(insight.benchmark?.ratio).not.toBeNull();
        expect(insight.benchmark?.population).toBe('creators');
      }
    },
  );
});

describe('the pages the issue names', () => {
  it.each([
    'x-profile_javilop',
    'x-profile_Kikobeats_rendered-dom_en_2025',
    'x-profile_Kikobeats_rendered-dom_en_2023',
  ])(
    '%s: no rate by followers (none at all: the page shows highlights), no fit better than "Not enough data"',
    (part) => {
      const s = byFile(part);
      expect(s, part).toBeDefined();
      expect(s?.insight.engagement?.rate ?? null).toBeNull();
      expect(s?.insight.engagement?.secondary?.rate ?? null).toBeNull();
      expect(s?.insight.fit.verdict).toBe('insufficient-data');
    },
  );
  it('YouTube @OneMedia: the rate is views per video, from the uploads shelf only', () => {
    const s = byFile('OneMedia');
    expect(s?.insight.engagement).toMatchObject({ basis: 'followers', measure: 'reach' });
    expect(s?.insight.headline?.label).toBe('Views per video');
    expect(s?.insight.sample?.excluded).toMatchObject({ curated: 21, trailer: 1 });
    const uploads = s?.snapshot.recentPosts.filter((p) => !p.curated && !p.kind).length ?? 0;
    expect(uploads).toBe(8);
    expect(s?.insight.sample?.posts).toBeLessThanOrEqual(uploads);
  });
  it('TikTok @illojuan: the lifetime fallback carries no benchmark ratio', () => {
    const s = byFile('tiktok-profile_illojuan');
    expect(s?.insight.engagement?.fallback).toBe(true);
    expect(s?.insight.benchmark?.ratio ?? null).toBeNull();
  });
  it('Instagram @pluto__travel (2021): no "far below" warning', () => {
    const s = byFile('pluto__travel_2021');
    expect(s?.insight.engagement?.rate).not.toBeNull();
    expect(s?.insight.signals.map((x) => x.code)).not.toContain('engagement-far-below');
  });
});
