import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n.ts';
import { ImportPanel } from './ImportPanel.tsx';

const FORMATS = ['csv', 'json'] as const;

interface Props {
  canExport: boolean;
  onExport(format: 'csv' | 'json'): void;
  onImported(): void;
}

/** Export the shortlist as CSV or JSON, and import either (the import panel opens below). */
export function ExchangeBar({ canExport, onExport, onImported }: Props) {
  const [importing, setImporting] = useState(false);
  return (
    <>
      <div class="cl-exchange">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="cl-plain"
            data-testid={`cl-export-${format}`}
            disabled={!canExport}
            onClick={() => onExport(format)}
          >
            {t(format === 'csv' ? 'exportCsv' : 'exportJson')}
          </button>
        ))}
        <button type="button" class="cl-plain" data-testid="cl-import-toggle" onClick={() => setImporting(!importing)}>
          {t('import')}
        </button>
      </div>
      {importing && <ImportPanel onImported={onImported} />}
    </>
  );
}
