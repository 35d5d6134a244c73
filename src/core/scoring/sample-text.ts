import { keyPart } from '../catalogue.ts';
import { EXCLUSIONS, type PostSample } from './sample.ts';
import type { Texts } from './texts.ts';

/** What the insight says about its sample: the figures, and one sentence each for what it rests on and left out. */
export function sampleText(sample: PostSample, texts: Texts) {
  const n = sample.posts.length;
  const range =
    sample.from !== null && sample.to !== null
      ? { from: texts.date(sample.from), to: texts.date(sample.to) }
      : { from: '', to: '' };
  const p = { n: texts.int(n), days: texts.int(sample.windowDays), ...range };
  const text =
    sample.rule === 'window'
      ? texts.t('sampled_window', p)
      : sample.rule === 'newest'
        ? texts.t(sample.from === sample.to ? 'sampled_newestOne' : 'sampled_newest', p)
        : sample.rule === 'newest-undated'
          ? texts.t('sampled_newestUndated', p)
          : sample.rule === 'page-order'
            ? texts.t('sampled_pageOrder', p)
            : texts.t('sampled_none');
  const left = EXCLUSIONS.filter((reason) => (sample.excluded[reason] ?? 0) > 0).map((reason) =>
    texts.t(`excluded_${keyPart(reason)}`, {
      n: texts.int(sample.excluded[reason] ?? 0),
      min: texts.int(sample.minAgeDays),
    }),
  );
  // Where the sampled posts were read: the page's own API responses (exact) or its text.
  const fromData = sample.posts.filter((post) => post.origin === 'page-data').length;
  const source = fromData > 0 ? texts.t('sampled_fromData', { n: texts.int(fromData) }) : null;
  const said = sample.format === 'short' ? `${text} · ${texts.t('sampled_shorts')}` : text;
  return {
    posts: n,
    rule: sample.rule,
    windowDays: sample.windowDays,
    from: sample.from === null ? null : new Date(sample.from).toISOString(),
    to: sample.to === null ? null : new Date(sample.to).toISOString(),
    format: sample.format,
    excluded: { ...sample.excluded },
    text: source ? `${said} · ${source}` : said,
    ...(left.length > 0 ? { excludedText: texts.t('sampled_leftOut', { list: left.join(', ') }) } : {}),
  };
}
