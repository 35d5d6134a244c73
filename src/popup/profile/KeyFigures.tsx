import type { Insight } from '../../core/insight.ts';
import type { Platform } from '../../core/platform.ts';
import { audienceNoun } from '../../ui/audience.ts';
import { FIGURE_IDS, figureLabel, figureText } from '../../ui/figure-text.ts';
import { t } from '../../ui/i18n.ts';

/** The page's own figures (scoring/figures.ts), one row each; a figure the page cannot give says why. */
export function KeyFigures({ insight, lang, platform }: { insight: Insight | null; lang: string; platform: Platform }) {
  const figures = insight?.figures;
  if (!figures) return null;
  return (
    <section class="cl-figures" data-testid="cl-key-figures">
      <h2>{t('figHeading')}</h2>
      <table>
        <tbody>
          {FIGURE_IDS.map((id) => (
            <tr key={id} data-testid={`cl-fig-${id}`}>
              <th scope="row">{figureLabel(id)}</th>
              <td>{figureText(id, figures, lang, audienceNoun(platform))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
