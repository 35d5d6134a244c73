import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS } from '../../core/platform.ts';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from '../../core/scoring/index.ts';
import type { AppSettings } from '../../core/settings.ts';
import { t, uiLanguage } from '../../ui/i18n.ts';
import { api } from '../api.ts';
import { CpmFields } from './CpmFields.tsx';
import { SetAsidePanel } from './SetAsidePanel.tsx';

type Bands = ScoringSettings['tierBands'];
type Thresholds = ScoringSettings['thresholds'];
type Sample = ScoringSettings['sample'];
const SAMPLE: Array<keyof Sample> = ['windowDays', 'newest', 'minAgeDays'];
const BANDS: Array<keyof Bands> = ['nano', 'micro', 'mid', 'macro', 'mega'];
// The thresholds a marketer is likely to tune; the rest keep their documented defaults (docs/SCORING.md).
const THRESHOLDS = [
  'minPosts',
  'farBelowRatio',
  'likesSpreadLow',
  'likesSpreadHigh',
  'inactiveDays',
] as const satisfies ReadonlyArray<keyof Thresholds>;
// Ratios are shown and typed as percentages ("40 %"), as marketers read them; stored as fractions.
const PERCENT = new Set<keyof Thresholds>(['farBelowRatio', 'likesSpreadLow', 'likesSpreadHigh']);
const asPercent = (fraction: number) => Math.round(fraction * 1000) / 10;

interface FieldProps {
  id: string;
  label: string;
  /** What the setting changes, in plain words. */
  help: string;
  /** The default, as shown ("30", "40 %"); omitted where the help already says it. */
  fallback?: string;
  children: ComponentChildren;
}

/** One setting: its name, the control, then what it changes and its default, read out with the control. */
function Field({ id, label, help, fallback, children }: FieldProps) {
  return (
    <div class="cl-field">
      <label for={id}>{label}</label>
      {children}
      <p class="cl-help" id={`${id}-help`}>
        {help}
        {fallback !== undefined && <> {t('settingDefault', fallback)}</>}
      </p>
    </div>
  );
}

/** The two score steps of the verdict, each with its label key (its help is help_<label>). */
const VERDICT_STEPS = [
  { key: 'strong', label: 'verdictStrongFrom' },
  { key: 'possible', label: 'verdictPossibleFrom' },
] as const;

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
  const whole = (n: number) => n.toLocaleString(uiLanguage());

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
          id="cl-set-lang"
          data-testid="cl-ui-lang"
          aria-label={t('uiLanguage')}
          aria-describedby="cl-set-lang-help"
          value={settings.uiLang}
          onChange={(e) =>
            setSettings({ ...settings, uiLang: (e.currentTarget as HTMLSelectElement).value as AppSettings['uiLang'] })
          }
        >
          <option value="auto">{t('langAuto')}</option>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
        <p class="cl-help cl-wide" id="cl-set-lang-help">
          {t('help_uiLanguage')}
        </p>
      </fieldset>
      <fieldset aria-describedby="cl-set-overlay-help">
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
        <p class="cl-help cl-wide" id="cl-set-overlay-help">
          {t('help_overlayOn')}
        </p>
      </fieldset>
      <fieldset class="cl-one-col">
        <legend>{t('fitRange')}</legend>
        <Field
          id="cl-set-fit-min"
          label={t('min')}
          help={t('help_fitMin')}
          fallback={whole(DEFAULT_SCORING_SETTINGS.fitRange.min)}
        >
          <input
            id="cl-set-fit-min"
            type="number"
            min={0}
            data-testid="cl-fit-min"
            aria-describedby="cl-set-fit-min-help"
            value={scoring.fitRange.min}
            onInput={(e) => setSettings(withScoring({ fitRange: { ...scoring.fitRange, min: num(e) } }))}
          />
        </Field>
        <Field
          id="cl-set-fit-max"
          label={t('max')}
          help={t('help_fitMax')}
          fallback={whole(DEFAULT_SCORING_SETTINGS.fitRange.max)}
        >
          <input
            id="cl-set-fit-max"
            type="number"
            min={1}
            data-testid="cl-fit-max"
            aria-describedby="cl-set-fit-max-help"
            value={scoring.fitRange.max}
            onInput={(e) => setSettings(withScoring({ fitRange: { ...scoring.fitRange, max: num(e) } }))}
          />
        </Field>
      </fieldset>
      <fieldset aria-describedby="cl-set-bands-help">
        <legend>{t('tierBands')}</legend>
        <p class="cl-help cl-wide" id="cl-set-bands-help">
          {t('help_tierBands')}
        </p>
        {BANDS.map((band) => (
          <Field
            key={band}
            id={`cl-set-band-${band}`}
            label={t('tierFrom', t(`tier_${band}`))}
            help=""
            fallback={whole(DEFAULT_SCORING_SETTINGS.tierBands[band])}
          >
            <input
              id={`cl-set-band-${band}`}
              type="number"
              min={1}
              aria-describedby={`cl-set-band-${band}-help`}
              value={scoring.tierBands[band]}
              onInput={(e) => setSettings(withScoring({ tierBands: { ...scoring.tierBands, [band]: num(e) } }))}
            />
          </Field>
        ))}
      </fieldset>
      <fieldset class="cl-one-col">
        <legend>{t('sampleSettings')}</legend>
        {SAMPLE.map((key) => (
          <Field
            key={key}
            id={`cl-set-sample-${key}`}
            label={t(`sample_${key}`)}
            help={t(`help_sample_${key}`)}
            fallback={whole(DEFAULT_SCORING_SETTINGS.sample[key])}
          >
            <input
              id={`cl-set-sample-${key}`}
              type="number"
              min={0}
              aria-describedby={`cl-set-sample-${key}-help`}
              value={scoring.sample[key]}
              onInput={(e) => setSettings(withScoring({ sample: { ...scoring.sample, [key]: num(e) } }))}
            />
          </Field>
        ))}
      </fieldset>
      <fieldset class="cl-one-col">
        <legend>{t('thresholds')}</legend>
        {THRESHOLDS.map((key) => {
          const percent = PERCENT.has(key);
          const fallback = DEFAULT_SCORING_SETTINGS.thresholds[key];
          return (
            <Field
              key={key}
              id={`cl-set-threshold-${key}`}
              label={t(`threshold_${key}`)}
              help={t(`help_threshold_${key}`)}
              fallback={percent ? `${whole(asPercent(fallback))} %` : whole(fallback)}
            >
              <input
                id={`cl-set-threshold-${key}`}
                type="number"
                step="any"
                min={0}
                data-testid={`cl-threshold-${key}`}
                aria-describedby={`cl-set-threshold-${key}-help`}
                value={percent ? asPercent(scoring.thresholds[key]) : scoring.thresholds[key]}
                onInput={(e) =>
                  setSettings(
                    withScoring({
                      thresholds: { ...scoring.thresholds, [key]: percent ? num(e) / 100 : num(e) },
                    }),
                  )
                }
              />
            </Field>
          );
        })}
        {VERDICT_STEPS.map(({ key, label }) => (
          <Field
            key={key}
            id={`cl-set-${key}`}
            label={t(label)}
            help={t(`help_${label}`)}
            fallback={whole(DEFAULT_SCORING_SETTINGS.verdict[key])}
          >
            <input
              id={`cl-set-${key}`}
              type="number"
              min={0}
              max={100}
              aria-describedby={`cl-set-${key}-help`}
              value={scoring.verdict[key]}
              onInput={(e) => setSettings(withScoring({ verdict: { ...scoring.verdict, [key]: num(e) } }))}
            />
          </Field>
        ))}
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
