import { PLATFORMS } from '../../core/platform.ts';
import { type CpmRanges, DEFAULT_CPM } from '../../core/scoring/settings.ts';
import { t } from '../../ui/i18n.ts';

const shown = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : '');

/**
 * The CPM range per platform behind the price estimate: a low and a high number each; both empty means no estimate
 * for that site. The background validates (zod) on save, as for every other setting.
 */
export function CpmFields({ cpm, onChange }: { cpm: CpmRanges | undefined; onChange(cpm: CpmRanges): void }) {
  const ranges = cpm ?? DEFAULT_CPM;
  const set = (platform: keyof CpmRanges, end: 'low' | 'high', text: string) => {
    const current = ranges[platform] ?? { low: Number.NaN, high: Number.NaN };
    const next = { ...current, [end]: text.trim() === '' ? Number.NaN : Number(text) };
    // Both ends cleared: no estimate for this site.
    const range = Number.isNaN(next.low) && Number.isNaN(next.high) ? null : next;
    onChange({ ...ranges, [platform]: range });
  };
  return (
    <fieldset data-testid="cl-cpm">
      <legend>{t('cpmHeading')}</legend>
      <p class="cl-muted cl-span">{t('cpmNote')}</p>
      {PLATFORMS.flatMap((platform) =>
        (['low', 'high'] as const).map((end) => (
          <label key={`${platform}-${end}`}>
            {`${t(`site_${platform}`)} · ${t(end === 'low' ? 'cpmLow' : 'cpmHigh')}`}
            <input
              type="number"
              min={0}
              step="any"
              data-testid={`cl-cpm-${platform}-${end}`}
              value={shown(ranges[platform]?.[end])}
              onInput={(e) => set(platform, end, (e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        )),
      )}
    </fieldset>
  );
}
