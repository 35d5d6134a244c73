import { keyPart } from '../../core/catalogue.ts';
import { isJudged } from '../../core/insight.ts';
import type { ShortlistRow } from '../../messages/view.ts';
import { audienceNoun } from '../../ui/audience.ts';
import { formatPercentRange } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

interface Props {
  row: ShortlistRow;
  lang: string;
  selected: boolean;
  onSelect(selected: boolean): void;
  onOpenDetail(): void;
  onOpenTab(): void;
  onEdit(): void;
}

const VERDICT_CLASS = {
  strong: 'good',
  possible: 'maybe',
  weak: 'bad',
  'outside-range': 'neutral',
  'insufficient-data': 'neutral',
};

/** One shortlist entry in a fixed-height row (the list is virtualised). */
export function ShortlistRowView({ row, lang, selected, onSelect, onOpenDetail, onOpenTab, onEdit }: Props) {
  const s = row.summary;
  const noun = audienceNoun(row.ref.platform);
  const nf = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const verdict = s ? keyPart(s.verdict) : null;
  const rate = s ? formatPercentRange(s.low, s.high, s.rate, lang) : '—';
  return (
    <div class={`cl-srow ${selected ? 'cl-selected' : ''}`} data-testid="cl-shortlist-row" data-profile={row.key}>
      <input
        type="checkbox"
        checked={selected}
        aria-label={t('selectRow', `@${row.ref.handle}`)}
        onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="cl-srow-main">
        <div class="cl-srow-line">
          {/* The verdict in words (colour only repeats it: grey stands for two verdicts), with its 0–100 score where it rates the account. */}
          <span
            class={`cl-badge cl-${s ? VERDICT_CLASS[s.verdict] : 'neutral'}`}
            data-testid="cl-row-verdict"
            title={verdict ? t(`verdict_${verdict}`) : ''}
          >
            {verdict ? t(`verdictShort_${verdict}`) : '—'}
            {s && isJudged(s.verdict) && <span class="cl-badge-score"> · {s.score}</span>}
          </span>
          <button type="button" class="cl-link" onClick={onOpenDetail} title={row.displayName ?? ''}>
            @{row.ref.handle}
          </button>
          <span class="cl-platform">{t(`site_${row.ref.platform}`)}</span>
          <span class="cl-tier-small">{s?.tierLabel ?? ''}</span>
        </div>
        <div class="cl-srow-line cl-muted">
          {s?.followers != null ? `${nf.format(s.followers)} ${t(noun)}` : t('followersUnknown')}
          {' · '}
          <span data-testid="cl-row-rate" data-basis={s?.basis ?? ''}>
            {rate}
            {s?.basis && rate !== '—' && ` ${t(s.basis === 'followers' ? `rateOf_${noun}` : `rateOf_${s.basis}`)}`}
          </span>
          {row.saved.lists.length > 0 && <> · {row.saved.lists.join(', ')}</>}
        </div>
        <div class="cl-srow-line cl-notes-line">
          {row.saved.tags.map((tag) => (
            <span class="cl-chip" key={tag}>
              {tag}
            </span>
          ))}
          <span class="cl-muted">{row.saved.notes.split('\n')[0]}</span>
        </div>
      </div>
      <div class="cl-srow-actions">
        <button
          type="button"
          class="cl-icon-btn"
          onClick={onEdit}
          aria-label={t('editNotes', `@${row.ref.handle}`)}
          title={t('editNotesShort')}
        >
          ✎
        </button>
        <button
          type="button"
          class="cl-icon-btn"
          onClick={onOpenTab}
          aria-label={t('openProfile', `@${row.ref.handle}`)}
          title={t('openProfileShort')}
        >
          ↗
        </button>
      </div>
    </div>
  );
}
