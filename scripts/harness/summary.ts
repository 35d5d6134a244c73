// One line per sample profile, the same in both ways `npm start` runs: read off the card in a browser, or from the
// same readers and scoring in Node when no browser is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCommand } from '../../src/cli/page-command.ts';
import { isExact } from '../../src/core/count.ts';
import { formatMessage } from '../../src/core/message-format.ts';
import { scoreProfile } from '../../src/core/scoring/index.ts';
import { formatCount } from '../../src/ui/format.ts';
import { LOCALES } from '../../src/ui/locales.ts';
import type { Sample } from './samples.ts';

export interface CardTexts {
  tier: string;
  followers: string;
  engagement: string;
  fit: string;
}

export function summaryLine(name: string, card: CardTexts): string {
  const parts = [card.tier, card.followers || 'followers: could not read', card.engagement, card.fit];
  return `${name.padEnd(40)} ${parts.filter(Boolean).join(' · ')}`;
}

const t = (key: string) => formatMessage(LOCALES.en[key], []) || key;

/** The card's texts for a saved sample, from the readers and scoring in Node (what the worker would score). */
export function cardInNode(sample: Sample, root: string): CardTexts {
  const text = readFileSync(join(root, 'tests/fixtures/real', sample.file), 'utf8');
  const { snapshot } = pageCommand({ text, fileName: sample.file, url: sample.url });
  if (!snapshot) return { tier: '', followers: '', engagement: '', fit: '' };
  const insight = scoreProfile(snapshot, { lang: 'en', now: new Date() });
  const f = snapshot.followers;
  const h = insight.headline;
  const engagement = h
    ? [[h.label, h.figure, h.figure === null ? null : h.of].filter(Boolean).join(' '), h.rating, h.detail]
        .filter(Boolean)
        .join(' · ')
    : t('engagementUnknown');
  return {
    tier: insight.tier.label,
    followers: f
      ? `${formatCount(f, 'en')} ${t(snapshot.platform === 'youtube' ? 'subscribers' : 'followers')} · ${isExact(f) ? t('exact') : t('rounded')}`
      : '',
    engagement,
    fit: t(`verdict_${insight.fit.verdict.replace('-', '_')}`),
  };
}
