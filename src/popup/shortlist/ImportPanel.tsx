import { useState } from 'preact/hooks';
import type { ImportReport } from '../../exchange/format.ts';
import { t } from '../../ui/i18n.ts';
import { api } from '../api.ts';
import { readImportFile } from './import-file.ts';

type State =
  | { step: 'idle' }
  | { step: 'preview'; text: string; fileName: string; report: ImportReport }
  | { step: 'done'; report: ImportReport }
  | { step: 'error'; error: string };

/** Import CSV or JSON: preview what would change (and each rejected row's reason), then apply. */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) {
      setState({ step: 'error', error: read.why });
      return;
    }
    const text = read.text;
    const reply = await api.importFile(text, file.name, false);
    setState(
      reply.ok
        ? { step: 'preview', text, fileName: file.name, report: reply.data.report }
        : { step: 'error', error: reply.error },
    );
  };
  const apply = async (text: string, fileName: string) => {
    const reply = await api.importFile(text, fileName, true);
    setState(reply.ok ? { step: 'done', report: reply.data.report } : { step: 'error', error: reply.error });
    if (reply.ok) onImported();
  };
  return (
    <div class="cl-import" data-testid="cl-import">
      <label class="cl-plain cl-file">
        {t('importFile')}
        <input
          type="file"
          data-testid="cl-import-file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => void choose((e.currentTarget as HTMLInputElement).files?.[0])}
        />
      </label>
      {state.step === 'error' && (
        <p class="cl-warn" role="alert" data-testid="cl-import-error">
          {t('importRejected', state.error)}
        </p>
      )}
      {(state.step === 'preview' || state.step === 'done') && <Report report={state.report} />}
      {state.step === 'preview' && (
        <div class="cl-actions">
          <button
            type="button"
            class="cl-save"
            data-testid="cl-import-apply"
            onClick={() => void apply(state.text, state.fileName)}
          >
            {t('importApply', state.report.added + state.report.updated)}
          </button>
          <button type="button" class="cl-plain" onClick={() => setState({ step: 'idle' })}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.step === 'done' && <p data-testid="cl-import-done">{t('importDone')}</p>}
    </div>
  );
}

function Report({ report }: { report: ImportReport }) {
  return (
    <div class="cl-report" data-testid="cl-import-report">
      <p>{t('importSummary', report.added, report.updated, report.unchanged, report.rejected.length)}</p>
      {report.rejected.length > 0 && (
        <ul class="cl-rejected">
          {report.rejected.slice(0, 20).map((r) => (
            <li key={r.row}>{t('importRow', r.row, r.reason)}</li>
          ))}
          {report.rejected.length > 20 && <li>{t('andMore', report.rejected.length - 20)}</li>}
        </ul>
      )}
      {report.warnings.slice(0, 5).map((w) => (
        <p key={w} class="cl-muted">
          {w}
        </p>
      ))}
    </div>
  );
}
