// The figures the page itself holds (issue 21 item 3), on real saved pages, checked against what each page shows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pageCommand } from '../../../../src/cli/page-command.ts';
import { bioFacts, captionFacts } from '../../../../src/core/caption.ts';
import type { InsightFigures } from '../../../../src/core/insight.ts';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { postRows } from '../../../../src/core/scoring/post-flags.ts';
import {
  DEFAULT_CPM,
  DEFAULT_SCORING_SETTINGS,
  validateScoringSettings,
} from '../../../../src/core/scoring/settings.ts';
import { sponsoredOf } from '../../../../src/core/scoring/sponsored.ts';
import { trendOf } from '../../../../src/core/scoring/trend.ts';
import type { ProfileSnapshot, RecentPost } from '../../../../src/core/snapshot.ts';
import { COLUMNS, headersFor } from '../../../../src/exchange/columns.ts';
import { shortlistToCsv } from '../../../../src/exchange/csv-export.ts';
import { parseImport } from '../../../../src/exchange/import.ts';
import { shortlistToJson } from '../../../../src/exchange/json-exchange.ts';
import { savedRecord } from '../../../support/exchange-fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/real');

function read(file: string, now: string): { snapshot: ProfileSnapshot; figures: InsightFigures } {
  const at = new Date(now);
  const r = pageCommand({
    text: readFileSync(resolve(FIXTURES, file), 'utf8'),
    fileName: file.split('/')[1] ?? file,
    now: at,
  });
  if (!r.snapshot) throw new Error(`${file}: ${r.error}`);
  const figures = scoreProfile(r.snapshot, { now: at }).figures;
  if (!figures) throw new Error(`${file}: no figures`);
  return { snapshot: r.snapshot, figures };
}

describe('TikTok @illojuan, 30 Dec 2025 (the grid shows views only)', () => {
  const { figures } = read('tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html', '2025-12-30T12:00:00Z');

  it('median views of the newest 12 videos: the grid shows 192.1K … 4.4M, the middle two 1.1M and 1.9M → 1.5M', () => {
    expect(figures.views?.posts).toBe(12);
    expect(figures.views?.median).toBe(1_500_000);
    // 1.5M ÷ 783,427 followers: the videos reach more than the followers.
    expect(figures.views?.perFollower).toBeCloseTo(1_500_000 / 783_427, 6);
  });

  it('price per post = 1.5M ÷ 1,000 × TikTok CPM $3–$10 = $4,500–$15,000', () => {
    expect(figures.price).toEqual({ low: 4500, high: 15_000, cpmLow: 3, cpmHigh: 10, views: 1_500_000 });
  });

  it('trend on views: newer six (192.1K, 1.9M, 4.4M, 2.3M, 2.0M, 1.0M) against older six, medians 1.95M and 824.4K', () => {
    expect(figures.trend).toMatchObject({ metric: 'views', newer: 1_950_000, older: 824_400, newerPosts: 6 });
  });

  it("18 captions read from the covers' alt text: none carries a disclosure tag → 0 of 18", () => {
    // The Burger King menu video mentions the brand but carries no #ad or #publi: only the tags are read, so 0 %.
    expect(figures.sponsored).toEqual({ read: 18, sponsored: 0, share: 0, mentioned: [] });
  });

  it('the bio link the page shows ("twitch.tv/illojuan"), no e-mail', () => {
    expect(figures.contact).toEqual({ email: null, link: 'https://twitch.tv/illojuan' });
  });

  it('rhythm over the 18 dated videos (one in the last 90 days): the longest gap is 3 Jul 2022 → 14 Nov 2024', () => {
    expect(figures.rhythm?.posts).toBe(18);
    const gap = (Date.parse('2024-11-14') - Date.parse('2022-07-03')) / 86_400_000;
    expect(Math.abs((figures.rhythm?.longestGapDays ?? 0) - gap)).toBeLessThan(1.5);
  });
});

describe('Instagram @pluto__travel, 9 Jun 2021 (_sharedData)', () => {
  const { figures, snapshot } = read(
    'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html',
    '2021-06-09T20:00:00Z',
  );

  it('12 captions read: @leoalsved and @vanlife_iceland in the Iceland post, no disclosure tag, no paid label', () => {
    expect(snapshot.recentPosts.filter((p) => p.hashtags !== undefined)).toHaveLength(12);
    expect(snapshot.recentPosts[1]?.mentions).toEqual(['leoalsved', 'vanlife_iceland']);
    expect(figures.sponsored).toEqual({ read: 12, sponsored: 0, share: 0, mentioned: [] });
  });

  it('the bio: business e-mail and external link as the profile shows them', () => {
    expect(figures.contact).toEqual({ email: 'hello@pluto.travel', link: 'https://linkin.bio/pluto__travel' });
  });

  it('photos only: no views, so no views figure and no price', () => {
    expect(figures.views).toBeNull();
    expect(figures.price).toBeNull();
  });

  it('rhythm: 12 posts from 11 May to 9 June, 11 gaps over 28.8 days → 2.7 a week; longest gap 26 May → 2 Jun', () => {
    expect(figures.rhythm?.postsPerWeek).toBeCloseTo(2.67, 2);
    const gap = (Date.parse('2021-06-02T12:40:27Z') - Date.parse('2021-05-26T14:31:54Z')) / 86_400_000;
    expect(figures.rhythm?.longestGapDays).toBeCloseTo(gap, 6);
  });

  it('trend: interactions of the 10 settled posts, newer five median 38, older five median 44 → −14 %', () => {
    expect(figures.trend).toMatchObject({ metric: 'interactions', newer: 38, older: 44 });
    expect(figures.trend.metric !== null && figures.trend.change).toBeCloseTo(38 / 44 - 1, 6);
  });
});

describe('YouTube @OneMedia., Jan 2024 (Home tab, Spanish)', () => {
  const { figures } = read('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '2024-01-15T12:00:00Z');

  it('median views of the 6 settled uploads-shelf videos (38,736 … 294,472) = (87,389 + 87,561) ÷ 2', () => {
    expect(figures.views?.posts).toBe(6);
    expect(figures.views?.median).toBe(87_475);
    expect(figures.views?.perFollower).toBeCloseTo(87_475 / 4_690_000, 8);
  });

  it('price = 87,475 ÷ 1,000 × YouTube CPM $10–$30', () => {
    expect(figures.price?.low).toBeCloseTo(874.75, 6);
    expect(figures.price?.high).toBeCloseTo(2624.25, 6);
  });

  it("the channel's bio: no e-mail in its description; the header's link (facebook.com/204568612956950)", () => {
    expect(figures.contact).toEqual({ email: null, link: 'https://www.facebook.com/204568612956950' });
  });
});

describe('X @XDevelopers UserTweets, 7 Aug 2026', () => {
  const { figures } = read('x/x-UserTweets_XDevelopers_2026-08-07.json', '2026-08-07T12:00:00Z');

  it('4 own timeline tweets are too few for a median of views or a trend: said, not guessed', () => {
    expect(figures.views).toBeNull();
    expect(figures.trend).toEqual({ metric: null, posts: 4 });
  });

  it('5 tweet texts read (the pinned one too), none sponsored; X has no published CPM: no price', () => {
    expect(figures.sponsored).toEqual({ read: 5, sponsored: 0, share: 0, mentioned: [] });
    expect(figures.price).toBeNull();
    expect(figures.contact).toEqual({ email: null, link: 'https://docs.x.com/' });
  });
});

describe('X rendered profiles, 23 Dec 2025 (logged out)', () => {
  it('@Kikobeats: the website under the bio ("kikobeats.com"), not the t.co wrappers in its text', () => {
    const { figures } = read('x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html', '2025-12-23T12:00:00Z');
    expect(figures.contact).toEqual({ email: null, link: 'https://kikobeats.com' });
  });
  it('@javilop: a bio with only a t.co newsletter link and no website: read, and empty', () => {
    const { figures } = read('x/x-profile_javilop_rendered-dom_en_2025-12-23.html', '2025-12-23T12:00:00Z');
    expect(figures.contact).toEqual({ email: null, link: null });
  });
});

describe('caption and bio facts', () => {
  it('hashtags and mentions in any script, lower-cased, once; e-mail addresses are not mentions', () => {
    expect(captionFacts('Con @Marca.Oficial. #Publi #colaboración y #publi — escríbeme a yo@correo.es #AD')).toEqual({
      hashtags: ['publi', 'colaboración', 'ad'],
      mentions: ['marca.oficial'],
    });
  });
  it('a bio e-mail and the links, those the site gives first', () => {
    expect(bioFacts('Contacto: Hola@Agencia.com · https://a.example/x', ['https://site.example/'])).toEqual({
      emails: ['hola@agencia.com'],
      links: ['https://site.example/', 'https://a.example/x'],
    });
  });
});

const post = (id: string, extra: Partial<RecentPost>): RecentPost => ({
  id,
  likes: { value: 100, min: 100, max: 100 },
  comments: { value: 10, min: 10, max: 10 },
  views: null,
  ...extra,
});

describe('sponsored share and trend rules', () => {
  it('counts the paid label and disclosure hashtags, and the accounts the sponsored posts mention with how many each (not the creator)', () => {
    const posts = [
      post('1', { hashtags: ['publi'], mentions: ['nike', 'me'] }),
      post('2', { hashtags: [], mentions: ['friend'], paid: true }),
      post('3', { hashtags: ['travel'], mentions: ['adidas'] }),
      post('4', { hashtags: ['ad'], mentions: ['nike'] }),
      post('5', {}),
    ];
    expect(sponsoredOf(posts, 'Me')).toEqual({
      read: 4,
      sponsored: 3,
      share: 0.75,
      mentioned: [
        { handle: 'nike', posts: 2 },
        { handle: 'friend', posts: 1 },
      ],
    });
  });

  it('"not enough posts" under 3 posts a half', () => {
    expect(trendOf([post('1', {}), post('2', {}), post('3', {}), post('4', {}), post('5', {})]).metric).toBeNull();
  });

  it('flags a post viral over 3× the median and a sponsored one', () => {
    const views = (n: number) => ({ value: n, min: n, max: n });
    const rows = postRows(
      [
        post('a', { views: views(1000) }),
        post('b', { views: views(1200), hashtags: ['sponsored'] }),
        post('c', { views: views(3100) }),
        post('d', { views: views(900) }),
      ],
      'tiktok',
      views(5000),
    );
    // Median of 900, 1000, 1200, 3100 is 1100: 3100 is under 3 × 1100.
    expect(rows.map((r) => [r.viral, r.sponsored])).toEqual([
      [false, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(rows[0]?.rate).toBeCloseTo(110 / 1000, 9);
    expect(postRows([...rows.map((r) => r.post), post('e', { views: views(4000) })], 'tiktok', null)[4]?.viral).toBe(
      true,
    );
  });

  it('the default CPM ranges are the cited ones; X and Facebook have none', () => {
    expect(DEFAULT_SCORING_SETTINGS.cpm).toEqual({
      instagram: { low: 5, high: 15 },
      tiktok: { low: 3, high: 10 },
      youtube: { low: 10, high: 30 },
      x: null,
      facebook: null,
    });
  });
});

describe('the exports carry the figures (TikTok @illojuan)', () => {
  const { snapshot } = read('tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html', '2025-12-30T12:00:00Z');
  const record = savedRecord('tiktok', 'illojuan', { snapshot });
  const insight = scoreProfile(snapshot, { now: new Date('2025-12-30T12:00:00Z') });

  it('CSV: one column per figure, named in the export language, Spanish with a decimal comma', () => {
    for (const lang of ['en', 'es'] as const) {
      const csv = shortlistToCsv([{ record, insight }], { lang });
      const [header = [], row = []] = Papa.parse<string[]>(csv.slice(1), {
        delimiter: lang === 'es' ? ';' : ',',
        newline: '\r\n',
      }).data;
      const cell = (id: string) => row[header.indexOf(COLUMNS.find((c) => c.id === id)?.[lang] ?? '?')];
      expect(cell('medianViews')).toBe('1500000');
      expect(cell('priceLow')).toBe('4500');
      expect(cell('priceHigh')).toBe('15000');
      expect(cell('viewsPerFollower')).toBe(lang === 'es' ? '191,47' : '191.47');
      expect(cell('sponsoredShare')).toBe('0');
      expect(cell('contactLink')).toBe('https://twitch.tv/illojuan');
    }
    expect(headersFor('es')).toContain('Precio estimado por publicación, mín. (US$)');
  });

  it('JSON: the figures beside the record, and an import of the file ignores them', () => {
    const json = shortlistToJson([record], new Date('2026-01-01T00:00:00Z'), () => insight.figures);
    const parsed = JSON.parse(json) as { records: Array<{ figures: InsightFigures }> };
    expect(parsed.records[0]?.figures.price?.low).toBe(4500);
    const back = parseImport(json, 'shortlist.json');
    expect(back.ok).toBe(true);
  });
});

describe('the CPM setting (zod)', () => {
  const { cpm: _cpm, ...before } = DEFAULT_SCORING_SETTINGS;
  it('settings saved before it existed stay valid, and price with the cited defaults', () => {
    expect(validateScoringSettings(before).ok).toBe(true);
  });
  it('a low above the high, or a negative CPM, is refused with the field named', () => {
    const swapped = validateScoringSettings({
      ...DEFAULT_SCORING_SETTINGS,
      cpm: { ...DEFAULT_CPM, tiktok: { low: 12, high: 4 } },
    });
    expect(swapped).toEqual({ ok: false, reason: 'cpm.tiktok: the low CPM must not exceed the high one' });
    const negative = validateScoringSettings({
      ...DEFAULT_SCORING_SETTINGS,
      cpm: { ...DEFAULT_CPM, youtube: { low: -1, high: 4 } },
    });
    expect(negative.ok).toBe(false);
  });
  it('a CPM the user sets changes the estimate; none for a site means no estimate', () => {
    const { snapshot } = read('tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html', '2025-12-30T12:00:00Z');
    const now = new Date('2025-12-30T12:00:00Z');
    const mine = { ...DEFAULT_SCORING_SETTINGS, cpm: { ...DEFAULT_CPM, tiktok: { low: 20, high: 25 } } };
    expect(scoreProfile(snapshot, { now, settings: mine }).figures?.price).toMatchObject({ low: 30_000, high: 37_500 });
    const none = { ...DEFAULT_SCORING_SETTINGS, cpm: { ...DEFAULT_CPM, tiktok: null } };
    expect(scoreProfile(snapshot, { now, settings: none }).figures?.price).toBeNull();
  });
});
