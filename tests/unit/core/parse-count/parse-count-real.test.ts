import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Count } from '../../../../src/core/count.ts';
import { parseCount } from '../../../../src/core/parse-count/index.ts';

const REAL = resolve(import.meta.dirname, '../../../../../shared/real-pages');
const SAMPLES = resolve(REAL, 'youtube/yt-compact-number-samples_80-languages_rustypipe_TRANSCRIBED.json');

type Sample = [text: string, trueCount: number];

function youtubeSamples(): Array<{ lang: string; text: string; truth: number }> {
  const data = JSON.parse(readFileSync(SAMPLES, 'utf8')) as Record<string, Record<string, Sample> | string>;
  return Object.entries(data).flatMap(([lang, byMagnitude]) =>
    typeof byMagnitude === 'string' ? [] : Object.values(byMagnitude).map(([text, truth]) => ({ lang, text, truth })),
  );
}

function contains(count: Count | null, truth: number): boolean {
  return count !== null && count.min <= truth && truth <= count.max;
}

describe.skipIf(!existsSync(SAMPLES))('YouTube compact numbers in 83 UI languages (rustypipe samples)', () => {
  const samples = existsSync(SAMPLES) ? youtubeSamples() : [];

  it('has all 747 samples', () => {
    expect(samples).toHaveLength(747);
  });

  // YouTube truncates ("1,7 M" for 1 783 335), so the true count lies in [shown, shown + one last digit).
  it('every sample, as transcribed (U+0020), holds the true count', () => {
    const misses = samples.filter((s) => !contains(parseCount(s.text, s.lang, { truncated: true }), s.truth));
    expect(misses).toEqual([]);
  });

  it('every sample with NBSP (as YouTube serves it) holds the true count', () => {
    const misses = samples.filter(
      (s) => !contains(parseCount(s.text.replace(/ /g, '\u00a0'), s.lang, { truncated: true }), s.truth),
    );
    expect(misses).toEqual([]);
  });

  it('every sample with U+202F holds the true count', () => {
    const misses = samples.filter(
      (s) => !contains(parseCount(s.text.replace(/ /g, '\u202f'), s.lang, { truncated: true }), s.truth),
    );
    expect(misses).toEqual([]);
  });

  it('the truncation interval is tight: never more than one unit of the last shown digit', () => {
    for (const s of samples) {
      const count = parseCount(s.text, s.lang, { truncated: true });
      expect(count?.min).toBeGreaterThan(s.truth * 0.49);
      expect(count?.max).toBeLessThan(s.truth * 2);
    }
  });

  // Issue 19: YouTube keeps two significant digits ("6m" = 6.0m), so every interval is at most a tenth wide.
  it('every sample holds its truth within an interval at most 25 % of it wide', () => {
    const wide = samples.filter((s) => {
      const count = parseCount(s.text, s.lang, { truncated: true });
      return !count || count.max - count.min > 0.25 * s.truth;
    });
    console.log(`YouTube sample: ${samples.length - wide.length}/${samples.length} within 25 %`);
    expect(wide.map((s) => `${s.lang} ${s.text}`)).toEqual([]);
  });
});

// [file under real-pages, text exactly as in the file, page language, true count, site truncates, exact digits]
const CAPTURED: Array<[string, string, string, number, boolean, boolean]> = [
  [
    'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html',
    '4,69\u00a0M de suscriptores',
    'es-ES',
    4_690_000,
    true,
    false,
  ],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '127.696 visualizaciones', 'es-ES', 127_696, true, true],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '127\u00a0K visualizaciones', 'es-ES', 127_696, true, false],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '127 mil visualizaciones', 'es-ES', 127_696, true, false],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '1,8\u00a0M', 'es-ES', 1_813_549, true, false],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '1,7\u00a0M', 'es-ES', 1_783_335, true, false],
  ['youtube/yt-channel-home_OneMedia_es-ES_2024-01.html', '1.783.335', 'es-ES', 1_783_335, true, true],
  ['youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', '3,41\u00a0млн подписчиков', 'ru', 3_410_000, true, false],
  [
    'youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json',
    '1\u00a0424\u00a0850 просмотров',
    'ru',
    1_424_850,
    true,
    true,
  ],
  ['youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', '1,4\u00a0млн просмотров', 'ru', 1_424_850, true, false],
  ['youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', '955\u00a0356 просмотров', 'ru', 955_356, true, true],
  ['youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', '955\u00a0тыс. просмотров', 'ru', 955_356, true, false],
  [
    'youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json',
    '1\u00a0277\u00a0061 просмотр',
    'ru',
    1_277_061,
    true,
    true,
  ],
  ['youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', '1,2\u00a0млн просмотров', 'ru', 1_277_061, true, false],
  ['youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json', '4\u00a0244', 'ru', 4244, true, true],
  ['youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json', '4,2\u00a0тыс.', 'ru', 4244, true, false],
  ['youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json', '267\u00a0640 просмотров', 'ru', 267_640, true, true],
  ['youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json', '267\u00a0тыс. просмотров', 'ru', 267_640, true, false],
  ['youtube/yt-next-comments_QqsLTNkzvaY_de-DE_2026-01-26.json', '19.924\u00a0Likes', 'de-DE', 19_924, true, true],
  ['youtube/yt-next-comments_QqsLTNkzvaY_de-DE_2026-01-26.json', '42.218\u00a0Likes', 'de-DE', 42_218, true, true],
  ['youtube/yt-next-comments_QqsLTNkzvaY_de-DE_2026-01-26.json', '1417\u00a0Likes', 'de-DE', 1417, true, true],
  ['youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json', '6,403,051 views', 'en-GB', 6_403_051, true, true],
  ['youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json', '6.4m views', 'en-GB', 6_403_051, true, false],
  ['youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json', '6m views', 'en-GB', 6_098_159, true, false],
  ['youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json', '20m views', 'en-GB', 20_046_663, true, false],
  ['youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json', '636 videos', 'en-GB', 636, true, true],
  ['youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json', '5,204 views', 'en-GB', 5204, true, true],
  ['youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json', '5.2k views', 'en-GB', 5204, true, false],
  ['youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json', '1 video', 'en-GB', 1, true, true],
  ['youtube/yt-browse-videos_NBCNews_en-GB_2026-01-26.json', '1 view', 'en-GB', 1, true, true],
  ['youtube/yt-browse-videos_NBCNews_en-GB_2026-01-26.json', '1.1k views', 'en-GB', 1104, true, false],
  ['youtube/yt-browse-videos_NBCNews_en-GB_2026-01-26.json', '4.7k views', 'en-GB', 4701, true, false],
  ['youtube/yt-search_UCO6AK_en-GB_2026-01-27.json', '1 subscriber', 'en-GB', 1, true, true],
  ['youtube/yt-search_UCO6AK_en-GB_2026-01-27.json', 'No views', 'en-GB', 0, true, true],
  ['tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html', '783.4K', 'en', 783_427, false, false],
  ['tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html', '3.9M', 'en', 3_922_256, false, false],
  ['x/x-profile_javilop_rendered-dom_en_2025-12-23.html', '86.4K', 'en', 86_423, false, false],
  ['x/x-profile_javilop_rendered-dom_en_2025-12-23.html', '1,351', 'en', 1351, false, true],
  ['instagram/ig-profile_pluto__travel_2024-12-31.html', '2,362 Followers', 'en', 2362, false, true],
  ['instagram/ig-post_CPQjO5RIIO9_2024-12-31.html', '8,873 comments', 'en', 8873, false, true],
  ['facebook/fb-mobile-posts_Nintendo_2021-06-08.html', '466 Likes', 'en', 466, false, true],
];

describe.skipIf(!existsSync(REAL))('strings from the captured pages (SOURCES.md)', () => {
  it.each(CAPTURED)('%s: %j (%s) holds %d', (file, text, lang, truth, truncated, exact) => {
    expect(readFileSync(resolve(REAL, file), 'utf8')).toContain(text);
    const count = parseCount(text, lang, { truncated });
    expect(contains(count, truth)).toBe(true);
    // Plain digits are exact; a compact value is a range around it.
    if (exact) expect(count).toEqual({ value: truth, min: truth, max: truth });
    else expect(count?.max).toBeGreaterThan(count?.min ?? Number.POSITIVE_INFINITY);
  });
});
