import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS } from '../../core/platform.ts';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from '../../core/scoring/index.ts';
import type { AppSettings } from '../../core/settings.ts';
import { t } from '../../ui/i18n.ts';
import { api } from '../api.ts';
import { CpmFields } from './CpmFields.tsx';
import { SetAsidePanel } from './SetAsidePanel.tsx';

type Bands = ScoringSettings['tierBands'];
type Thresholds = ScoringSettings['thresholds'];
type Sample = ScoringSettings['sample'];
const SAMPLE: Array<keyof Sample> = ['windowDays', 'newest', 'minAgeDays'];
const BANDS: Array<keyof Bands> = ['nano', 'micro', 'mid', 'macro', 'mega'];
// The thresholds a marketer is likely to tune; the rest keep their documented defaults (docs/SCORING.md).
const THRESHOLDS: Array<keyof Thresholds> = [
  'minPosts',
  'farBelowRatio',
  'likesSpreadLow',
  'likesSpreadHigh',
  'inactiveDays',
];

/** Tier bands, fit range and thresholds, overlay per site, UI language. Saved through the background, validated. */
export function SettingsTab({ onSaved }: { onSaved(settings: AppSettings): void }) {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void api.settings().then((r) => r.ok && setSettings(r.data));
  }, []);
  if (!settings) return <p class="cl-muted">…</p>;
  const scoring = settings.scoring ?? DEFAULT_SCORING_SETTINGS;
  const withScoring = (change: Partial<ScoringSettings>): AppSettings => ({
    ...settings,
    scoring: { ...scoring, ...change },
  });
  const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

  const save = async (next: AppSettings) => {
    const reply = await api.setSettings(next);
    if (reply.ok) {
      setSettings(reply.data);
      onSaved(reply.data);
      setMessage({ ok: true, text: t('settingsSaved') });
    } else setMessage({ ok: false, text: reply.error });
  };

  return (
    <form
      class="cl-settings"
      data-testid="cl-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save(settings);
      }}
    >
      <fieldset>
        <legend>{t('uiLanguage')}</legend>
        <select
          data-testid="cl-ui-lang"
          value={settings.uiLang}
          onChange={(e) =>
            setSettings({ ...settings, uiLang: (e.currentTarget as HTMLSelectElement).value as AppSettings['uiLang'] })
          }
        >
          <option value="auto">{t('langAuto')}</option>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('overlayOn')}</legend>
        {PLATFORMS.map((p) => (
          <label key={p} class="cl-check">
            <input
              type="checkbox"
              data-testid={`cl-overlay-${p}`}
              checked={settings.overlay[p] !== false}
              onChange={(e) =>
                setSettings({
                  ...settings,
                  overlay: { ...settings.overlay, [p]: (e.currentTarget as HTMLInputElement).checked },
                })
              }
            />
            {t(`site_${p}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('fitRange')}</legend>
        <label>
          {t('min')}
          <input
            type="number"
            min={0}
            data-testid="cl-fit-min"
            value={scoring.fitRange.min}
            onInput={(e) => setSettings(withScoring({ fitRange: { ...scoring.fitRange, min: num(e) } }))}
          />
        </label>
        <label>
          {t('max')}
          <input
            type="number"
            min={1}
            data-testid="cl-fit-max"
            value={scoring.fitRange.max}
            onInput={(e) => setSettings(withScoring({ fitRange: { ...scoring.fitRange, max: num(e) } }))}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('tierBands')}</legend>
        {BANDS.map((band) => (
          <label key={band}>
            {t(`tier_${band}`)} ≥
            <input
              type="number"
              min={1}
              value={scoring.tierBands[band]}
              onInput={(e) => setSettings(withScoring({ tierBands: { ...scoring.tierBands, [band]: num(e) } }))}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('sampleSettings')}</legend>
        {SAMPLE.map((key) => (
          <label key={key}>
            {t(`sample_${key}`)}
            <input
              type="number"
              min={0}
              value={scoring.sample[key]}
              onInput={(e) => setSettings(withScoring({ sample: { ...scoring.sample, [key]: num(e) } }))}
            />
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('thresholds')}</legend>
        {THRESHOLDS.map((key) => (
          <label key={key}>
            {t(`threshold_${key}`)}
            <input
              type="number"
              step="any"
              value={scoring.thresholds[key]}
              onInput={(e) => setSettings(withScoring({ thresholds: { ...scoring.thresholds, [key]: num(e) } }))}
            />
          </label>
        ))}
        <label>
          {t('verdictStrongFrom')}
          <input
            type="number"
            min={0}
            max={100}
            value={scoring.verdict.strong}
            onInput={(e) => setSettings(withScoring({ verdict: { ...scoring.verdict, strong: num(e) } }))}
          />
        </label>
        <label>
          {t('verdictPossibleFrom')}
          <input
            type="number"
            min={0}
            max={100}
            value={scoring.verdict.possible}
            onInput={(e) => setSettings(withScoring({ verdict: { ...scoring.verdict, possible: num(e) } }))}
          />
        </label>
      </fieldset>
      <CpmFields cpm={scoring.cpm} onChange={(cpm) => setSettings(withScoring({ cpm }))} />
      {message && (
        <p class={message.ok ? 'cl-muted' : 'cl-warn'} role="status" data-testid="cl-settings-message">
          {message.text}
        </p>
      )}
      <div class="cl-actions">
        <button type="submit" class="cl-save" data-testid="cl-settings-save">
          {t('save')}
        </button>
        <button
          type="button"
          class="cl-plain"
          onClick={() => void save({ ...settings, scoring: DEFAULT_SCORING_SETTINGS })}
        >
          {t('resetScoring')}
        </button>
      </div>
      <SetAsidePanel />
    </form>
  );
}
