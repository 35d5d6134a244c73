import { keyPart } from '../../core/catalogue.ts';
import { isJudged } from '../../core/insight.ts';
import type { ShortlistRow } from '../../messages/view.ts';
import { audienceNoun } from '../../ui/audience.ts';
import { formatPercentRange } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';
import { IconButton } from './IconButton.tsx';

interface Props {
  row: ShortlistRow;
  /** Its place in the list (0 first): the table's row index for assistive technology, after the head row. */
  index: number;
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

/**
 * One shortlist entry in a fixed-height table row (the list is virtualised), its cells in the columns of SortHeads:
 * selection, score, profile (with its actions), followers, rate, date saved. Each cell a sort reads carries its column's name
 * in data-col.
 */
export function ShortlistRowView({ row, index, lang, selected, onSelect, onOpenDetail, onOpenTab, onEdit }: Props) {
  const s = row.summary;
  const noun = audienceNoun(row.ref.platform);
  const nf = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const verdict = s ? keyPart(s.verdict) : null;
  const rate = s ? formatPercentRange(s.low, s.high, s.rate, lang) : '—';
  const basis = s?.basis && rate !== '—' ? t(s.basis === 'followers' ? `rateOf_${noun}` : `rateOf_${s.basis}`) : '';
  const savedAt = new Date(row.saved.savedAt);
  const lists = row.saved.lists.join(', ');
  // The whole handle on hover, where the column ellipsizes it.
  const handleTitle = row.displayName ? `${row.displayName} (@${row.ref.handle})` : `@${row.ref.handle}`;
  return (
    <tr
      class={`cl-srow ${selected ? 'cl-selected' : ''}`}
      aria-rowindex={index + 2}
      data-testid="cl-shortlist-row"
      data-profile={row.key}
    >
      <td data-col="select">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('selectRow', `@${row.ref.handle}`)}
          onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)}
        />
      </td>
      <td data-col="score">
        {/* The verdict in words (colour only repeats it: grey stands for two verdicts), with its 0–100 score where it rates the account. */}
        <span
          class={`cl-badge cl-${s ? VERDICT_CLASS[s.verdict] : 'neutral'}`}
          data-testid="cl-row-verdict"
          title={verdict ? t(`verdict_${verdict}`) : ''}
        >
          {verdict ? t(`verdictShort_${verdict}`) : '—'}
          {s && isJudged(s.verdict) && <span class="cl-badge-score"> · {s.score}</span>}
        </span>
      </td>
      <td data-col="handle" class="cl-cell-lines">
        <button type="button" class="cl-link cl-line" onClick={onOpenDetail} title={handleTitle}>
          @{row.ref.handle}
        </button>
        <span class="cl-line cl-small">
          <span class="cl-muted">{t(`site_${row.ref.platform}`)}</span>{' '}
          <span class="cl-tier-small">{s?.tierLabel ?? ''}</span>
          {lists && <span class="cl-muted"> · {lists}</span>}
        </span>
        {/* The row's actions on its last line, so the handle has the column's whole width; the pencil edits what
            this line shows (tags and notes) and the line above (lists). */}
        <span class="cl-line-with">
          <IconButton label={t('openProfile', `@${row.ref.handle}`)} title={t('openProfileShort')} onClick={onOpenTab}>
            ↗
          </IconButton>
          <IconButton label={t('editNotes', `@${row.ref.handle}`)} title={t('editNotesShort')} onClick={onEdit}>
            ✎
          </IconButton>
          <span class="cl-line cl-small">
            {row.saved.tags.map((tag) => (
              <span class="cl-chip" key={tag}>
                {tag}
              </span>
            ))}{' '}
            <span class="cl-muted">{row.saved.notes.split('\n')[0]}</span>
          </span>
        </span>
      </td>
      <td data-col="followers">
        {s?.followers != null ? (
          <span title={`${nf.format(s.followers)} ${t(noun)}`}>
            {nf.format(s.followers)}
            {/* The head says "Followers": a site that counts another audience (YouTube) says so under the number. */}
            <span class={noun === 'followers' ? 'cl-visually-hidden' : 'cl-line cl-small cl-muted'}> {t(noun)}</span>
          </span>
        ) : (
          <span title={t('followersUnknown')}>
            <span aria-hidden="true">—</span>
            <span class="cl-visually-hidden">{t('followersUnknown')}</span>
          </span>
        )}
      </td>
      <td data-col="rate">
        <span data-testid="cl-row-rate" data-basis={s?.basis ?? ''}>
          {rate}
          {basis && <span class="cl-small cl-muted cl-basis"> {basis}</span>}
        </span>
      </td>
      <td data-col="savedAt">
        <time dateTime={row.saved.savedAt} title={savedAt.toLocaleString(lang)}>
          {savedDate(savedAt, lang)}
        </time>
      </td>
    </tr>
  );
}

/** The day saved, short: "Dec 4" this year, "Dec 4, 2025" before (the full date and time are its title). */
export function savedDate(at: Date, lang: string, now = new Date()): string {
  const year = at.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' as const };
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', ...year }).format(at);
}
