/** Every sentence scoring produces, in English and Spanish; the two tables must have identical keys (tested). */

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

const EN = {
  'tier.emerging': 'Emerging',
  'tier.nano': 'Nano',
  'tier.micro': 'Micro',
  'tier.mid': 'Mid',
  'tier.macro': 'Macro',
  'tier.mega': 'Mega',
  'tier.either': '{a} or {b}',
  'tier.unknown': 'Unknown size',

  'formula.instagram.followers': '(likes + comments) ÷ followers',
  'formula.tiktok.views': '(likes + comments + shares) ÷ views',
  'formula.tiktok.followers': '(likes + comments + shares) ÷ followers',
  'formula.youtube.followers': 'views per video ÷ subscribers',
  'formula.youtube.views': '(likes + comments) ÷ views',
  'formula.x.views': '(likes + replies + reposts) ÷ views',
  'formula.x.followers': '(likes + replies + reposts) ÷ followers',
  'formula.facebook.followers': '(reactions + comments) ÷ followers',
  'method.median': 'median of {n} posts: {formula}; range = {coverage} interval of the median plus rounding',
  'method.tooFew': 'only {n} recent posts readable (at least {min} needed): {formula}; no rate',
  'method.lifetimeFollowers': 'lifetime (fallback): total likes ÷ {videos} videos ÷ followers',
  'method.lifetimeViews':
    'lifetime (fallback): total likes ÷ {videos} videos ÷ median views of {n} recent videos; range = {coverage} interval of the median plus rounding; not compared with per-post benchmarks',

  'bench.ratio': '{ratio}× typical for {tier} on {platform}',
  'bench.context': 'for context: brand accounts on {platform} have a median of {median} (no creator benchmark)',
  'bench.band': '{min}–{max} followers',
  'bench.bandOver': 'over {min} followers',
  'bench.bandAll': 'all sizes',

  'verdict.strong': 'Strong fit as a microinfluencer',
  'verdict.possible': 'Possible fit as a microinfluencer',
  'verdict.weak': 'Weak fit as a microinfluencer',
  'verdict.outside-range': 'Outside the microinfluencer range',
  'verdict.insufficient-data': 'Not enough data to judge',

  'fit.followersIn': '{followers} {noun}, inside {min}–{max}',
  'fit.followersBelow': '{followers} {noun}, below {min}',
  'fit.followersAbove': '{followers} {noun}, above {max}',
  'fit.followersEdge': '{followers} {noun} (somewhere in {low}–{high}), at the edge of {min}–{max}',
  'fit.followersUnknown': 'the follower count could not be read',
  'fit.noPosts': 'no recent post with readable counts on this page: scroll the profile so its recent posts load',
  'fit.noTimeline': 'this page shows a selection of posts, not the latest ones: {hint}',
  'fit.onlyNewPosts':
    'every post on this page is under {days} days old and still gathering views: scroll so older posts load',
  'fit.tooFewPosts': 'only {n} recent posts with readable counts (at least {min} needed): scroll so more load',
  'fit.lifetimeOnly':
    "the grid shows views only, so per-video engagement is unknown (the lifetime average is shown, not judged): scroll so the videos' counts load",
  'fit.engagementWellAbove': 'engagement well above its band ({ratio}× typical)',
  'fit.engagementAbove': 'engagement above its band ({ratio}× typical)',
  'fit.engagementTypical': 'engagement typical for its band ({ratio}× typical)',
  'fit.engagementBelow': 'engagement below its band ({ratio}× typical)',
  'fit.engagementFarBelow': 'engagement far below its band ({ratio}× typical)',
  'fit.noBenchmark': 'no current creator benchmark for this rate on {platform}; engagement not judged',
  'fit.signalsClean': 'no authenticity warnings ({n} of {of} checks could run)',
  'fit.signalsUnchecked': 'no authenticity check could run on the counts this page shows',
  'fit.signalsWarn': 'authenticity warnings: {n}',
  'fit.signalCap': 'an authenticity warning rules out a strong fit',
  'fit.active': 'last post {days}',
  'fit.activeRate': 'last post {days}, about {rate} posts a week',
  'fit.inactive': 'last post {days}: inactive',
  'fit.activityUnknown': 'no dated timeline post on this page; activity not judged',

  'sig.farBelow': 'engagement ({high} at most) is far below the {median} median for accounts this size',
  'sig.followingExceeds': 'follows {following} accounts, as many as or more than its {followers} followers',
  'sig.fewComments': 'comments are only {share} of likes (under {limit})',
  'sig.likesUniform': 'likes are suspiciously uniform across {n} posts (spread {cv}, under {limit})',
  'sig.likesErratic': 'likes vary widely across {n} posts (spread {cv}, over {limit}): giveaways or boosted posts?',
  'sig.followerJump': 'followers grew {growth} in {days} days ({from} → {to}) without engagement to match',
  'sig.followerJumpUnknown': 'followers grew {growth} in {days} days ({from} → {to}); engagement then is unknown',
  'sig.hiddenLikes': 'likes are hidden on {n} posts; those posts are left out',
  'sig.private': 'the account is private; recent posts cannot be read',
  'sig.settingsInvalid': 'the saved scoring settings were invalid ({reason}); defaults used',

  'growth.text': '{change} followers in {days} days ({perWeek} a week)',

  'hint.instagram': 'open the profile logged in to see its latest posts',
  'hint.tiktok': 'sort the videos by Latest',
  'hint.youtube': "open the channel's Videos tab",
  'hint.x': 'X shows logged-out visitors highlighted posts; log in and scroll the Posts timeline',
  'hint.facebook': "open the page's Posts",

  'sample.window': '{n} posts from the last {days} days',
  'sample.newest': 'the newest {n} posts ({from} – {to}): fewer than needed in the last {days} days',
  'sample.newestUndated': 'the newest {n} posts ({from} – {to})',
  'sample.newestOne': 'the newest {n} posts ({to})',
  'sample.pageOrder': 'the first {n} posts as the page lists them (no dates shown)',
  'sample.none': 'no recent posts to measure',
  'sample.shorts': 'Shorts, judged apart from long videos',
  'sample.fromData': "{n} read from the page's own data",
  'sample.leftOut': 'left out: {list}',
  'excluded.pinned': '{n} pinned',
  'excluded.live': '{n} live streams or premieres',
  'excluded.trailer': '{n} channel trailer',
  'excluded.curated': '{n} from a selection, not the timeline',
  'excluded.other-format': '{n} of the other format',
  'excluded.undated': '{n} without a date',
  'excluded.too-new': '{n} under {min} days old',
  'excluded.older': '{n} older',

  'noun.followers': 'followers',
  'noun.subscribers': 'subscribers',
  'count.about': 'about {n}',
  'rating.low': 'Low',
  'rating.typical': 'Typical',
  'rating.high': 'High',

  'headline.engagement': 'Engagement per post',
  'headline.reach': 'Views per video',
  'headline.lifetime': 'Lifetime engagement (fallback)',
  'headline.ofFollowers': 'of followers',
  'headline.ofViews': 'of views',
  'headline.ofSubscribers': 'of subscribers',
  'headline.rating': '{word} for {tier} on {platform} (band median {median})',
  'headline.brands': 'no creator benchmark; brand accounts on {platform}: {median}',
  'headline.notCompared': 'lifetime figure: not compared with per-post benchmarks',
  'headline.range': '{coverage} range {low} – {high}',
  'headline.sample': 'median of {n} posts',
  'headline.sampleVideos': 'median of {n} videos',
  'headline.lifetimeSample': 'views: median of {n} recent videos',
  'headline.tooFew': 'no rate: {n} recent posts readable, {min} needed',
} as const;

export type TextKey = keyof typeof EN;

const ES: Record<TextKey, string> = {
  'tier.emerging': 'Emergente',
  'tier.nano': 'Nano',
  'tier.micro': 'Micro',
  'tier.mid': 'Medio',
  'tier.macro': 'Macro',
  'tier.mega': 'Mega',
  'tier.either': '{a} o {b}',
  'tier.unknown': 'Tamaño desconocido',

  'formula.instagram.followers': '(me gusta + comentarios) ÷ seguidores',
  'formula.tiktok.views': '(me gusta + comentarios + compartidos) ÷ visualizaciones',
  'formula.tiktok.followers': '(me gusta + comentarios + compartidos) ÷ seguidores',
  'formula.youtube.followers': 'visualizaciones por vídeo ÷ suscriptores',
  'formula.youtube.views': '(me gusta + comentarios) ÷ visualizaciones',
  'formula.x.views': '(me gusta + respuestas + reposts) ÷ visualizaciones',
  'formula.x.followers': '(me gusta + respuestas + reposts) ÷ seguidores',
  'formula.facebook.followers': '(reacciones + comentarios) ÷ seguidores',
  'method.median':
    'mediana de {n} publicaciones: {formula}; rango = intervalo del {coverage} de la mediana más el redondeo',
  'method.tooFew': 'solo {n} publicaciones recientes legibles (se necesitan al menos {min}): {formula}; sin tasa',
  'method.lifetimeFollowers': 'histórico (alternativa): me gusta totales ÷ {videos} vídeos ÷ seguidores',
  'method.lifetimeViews':
    'histórico (alternativa): me gusta totales ÷ {videos} vídeos ÷ mediana de visualizaciones de {n} vídeos recientes; rango = intervalo del {coverage} de la mediana más el redondeo; no se compara con referencias por publicación',

  'bench.ratio': '{ratio}× lo típico para {tier} en {platform}',
  'bench.context':
    'como contexto: las cuentas de marca en {platform} tienen una mediana de {median} (sin referencia de creadores)',
  'bench.band': '{min}–{max} seguidores',
  'bench.bandOver': 'más de {min} seguidores',
  'bench.bandAll': 'todos los tamaños',

  'verdict.strong': 'Encaja muy bien como microinfluencer',
  'verdict.possible': 'Puede encajar como microinfluencer',
  'verdict.weak': 'Encaja poco como microinfluencer',
  'verdict.outside-range': 'Fuera del rango de microinfluencer',
  'verdict.insufficient-data': 'No hay datos suficientes para valorar',

  'fit.followersIn': '{followers} {noun}, dentro de {min}–{max}',
  'fit.followersBelow': '{followers} {noun}, por debajo de {min}',
  'fit.followersAbove': '{followers} {noun}, por encima de {max}',
  'fit.followersEdge': '{followers} {noun} (en algún punto de {low}–{high}), en el límite de {min}–{max}',
  'fit.followersUnknown': 'no se pudo leer el número de seguidores',
  'fit.noPosts':
    'ninguna publicación reciente con cifras legibles en esta página: desplázate por el perfil para que carguen sus publicaciones recientes',
  'fit.noTimeline': 'esta página muestra una selección de publicaciones, no las últimas: {hint}',
  'fit.onlyNewPosts':
    'todas las publicaciones de esta página tienen menos de {days} días y aún suman visualizaciones: desplázate para que carguen publicaciones anteriores',
  'fit.tooFewPosts':
    'solo {n} publicaciones recientes con cifras legibles (se necesitan al menos {min}): desplázate para que carguen más',
  'fit.lifetimeOnly':
    'la cuadrícula solo muestra visualizaciones, así que la interacción por vídeo no se conoce (se muestra la media histórica, sin valorarla): desplázate para que carguen las cifras de los vídeos',
  'fit.engagementWellAbove': 'interacción muy por encima de su franja ({ratio}× lo típico)',
  'fit.engagementAbove': 'interacción por encima de su franja ({ratio}× lo típico)',
  'fit.engagementTypical': 'interacción típica de su franja ({ratio}× lo típico)',
  'fit.engagementBelow': 'interacción por debajo de su franja ({ratio}× lo típico)',
  'fit.engagementFarBelow': 'interacción muy por debajo de su franja ({ratio}× lo típico)',
  'fit.noBenchmark':
    'no hay una referencia actual de creadores para esta tasa en {platform}; la interacción no se valora',
  'fit.signalsClean': 'sin avisos de autenticidad ({n} de {of} comprobaciones se pudieron hacer)',
  'fit.signalsUnchecked': 'ninguna comprobación de autenticidad se pudo hacer con las cifras de esta página',
  'fit.signalsWarn': 'avisos de autenticidad: {n}',
  'fit.signalCap': 'un aviso de autenticidad descarta un encaje muy bueno',
  'fit.active': 'última publicación {days}',
  'fit.activeRate': 'última publicación {days}, unas {rate} publicaciones por semana',
  'fit.inactive': 'última publicación {days}: cuenta inactiva',
  'fit.activityUnknown': 'ninguna publicación de la cronología con fecha en esta página; la actividad no se valora',

  'sig.farBelow':
    'la interacción (como mucho {high}) está muy por debajo de la mediana de {median} para cuentas de este tamaño',
  'sig.followingExceeds': 'sigue a {following} cuentas, tantas o más que sus {followers} seguidores',
  'sig.fewComments': 'los comentarios son solo el {share} de los me gusta (menos del {limit})',
  'sig.likesUniform':
    'los me gusta son sospechosamente uniformes en {n} publicaciones (dispersión {cv}, menos del {limit})',
  'sig.likesErratic':
    'los me gusta varían mucho en {n} publicaciones (dispersión {cv}, más del {limit}): ¿sorteos o publicaciones promocionadas?',
  'sig.followerJump':
    'los seguidores crecieron un {growth} en {days} días ({from} → {to}) sin interacción que lo acompañe',
  'sig.followerJumpUnknown':
    'los seguidores crecieron un {growth} en {days} días ({from} → {to}); no se conoce la interacción de entonces',
  'sig.hiddenLikes': 'los me gusta están ocultos en {n} publicaciones; esas publicaciones no se cuentan',
  'sig.private': 'la cuenta es privada; no se pueden leer sus publicaciones recientes',
  'sig.settingsInvalid': 'los ajustes de puntuación guardados no eran válidos ({reason}); se usan los predeterminados',

  'growth.text': '{change} seguidores en {days} días ({perWeek} por semana)',

  'hint.instagram': 'abre el perfil con la sesión iniciada para ver sus últimas publicaciones',
  'hint.tiktok': 'ordena los vídeos por Más recientes',
  'hint.youtube': 'abre la pestaña Vídeos del canal',
  'hint.x': 'X muestra publicaciones destacadas a quien no ha iniciado sesión; inicia sesión y desplázate por Posts',
  'hint.facebook': 'abre las Publicaciones de la página',

  'sample.window': '{n} publicaciones de los últimos {days} días',
  'sample.newest':
    'las {n} publicaciones más recientes ({from} – {to}): menos de las necesarias en los últimos {days} días',
  'sample.newestUndated': 'las {n} publicaciones más recientes ({from} – {to})',
  'sample.newestOne': 'las {n} publicaciones más recientes ({to})',
  'sample.pageOrder': 'las {n} primeras publicaciones en el orden de la página (sin fechas)',
  'sample.none': 'no hay publicaciones recientes que medir',
  'sample.shorts': 'Shorts, valorados aparte de los vídeos largos',
  'sample.fromData': '{n} leídas de los datos de la propia página',
  'sample.leftOut': 'se dejan fuera: {list}',
  'excluded.pinned': '{n} fijadas',
  'excluded.live': '{n} directos o estrenos',
  'excluded.trailer': '{n} tráiler del canal',
  'excluded.curated': '{n} de una selección, no de la cronología',
  'excluded.other-format': '{n} del otro formato',
  'excluded.undated': '{n} sin fecha',
  'excluded.too-new': '{n} de menos de {min} días',
  'excluded.older': '{n} más antiguas',

  'noun.followers': 'seguidores',
  'noun.subscribers': 'suscriptores',
  'count.about': 'unos {n}',
  'rating.low': 'Baja',
  'rating.typical': 'Típica',
  'rating.high': 'Alta',

  'headline.engagement': 'Interacción por publicación',
  'headline.reach': 'Visualizaciones por vídeo',
  'headline.lifetime': 'Interacción histórica (alternativa)',
  'headline.ofFollowers': 'de los seguidores',
  'headline.ofViews': 'de las visualizaciones',
  'headline.ofSubscribers': 'de los suscriptores',
  'headline.rating': '{word} para {tier} en {platform} (mediana de la franja {median})',
  'headline.brands': 'sin referencia de creadores; cuentas de marca en {platform}: {median}',
  'headline.notCompared': 'cifra histórica: no se compara con referencias por publicación',
  'headline.range': 'rango del {coverage}: {low} – {high}',
  'headline.sample': 'mediana de {n} publicaciones',
  'headline.sampleVideos': 'mediana de {n} vídeos',
  'headline.lifetimeSample': 'visualizaciones: mediana de {n} vídeos recientes',
  'headline.tooFew': 'sin tasa: {n} publicaciones recientes legibles, se necesitan {min}',
};

export const TEXT_TABLES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en: EN, es: ES };

/** Sentences and number formats for one UI language; numbers go through Intl in that language. */
export interface Texts {
  lang: Lang;
  t(key: TextKey, params?: Readonly<Record<string, string>>): string;
  /** 48213 → "48,213" (en) / "48.213" (es). */
  int(n: number): string;
  /** 0.0413 → "4.1%" (en) / "4,1 %" (es); two significant digits. */
  pct(rate: number): string;
  /** 2.13 → "2.1" / "2,1". */
  ratio(r: number): string;
  /** 100000 → "100K" / "100 mil". */
  compact(n: number): string;
  /** 1.5 → "1.5" / "1,5" (one decimal). */
  decimal(n: number): string;
  /** Epoch ms → "12 Mar 2025" / "12 mar 2025" (UTC). */
  date(ms: number): string;
  /** Days → "today", "yesterday", "3 days ago", "5 months ago" / "hoy", "hace 3 días". */
  ago(days: number): string;
}

// Intl formatters cost ~0.2 ms each to build: one set per language, built on first use.
const cache = new Map<Lang, Texts>();

export function textsFor(lang: Lang): Texts {
  let texts = cache.get(lang);
  if (!texts) {
    texts = buildTexts(lang);
    cache.set(lang, texts);
  }
  return texts;
}

function buildTexts(lang: Lang): Texts {
  const table = TEXT_TABLES[lang];
  const int = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumSignificantDigits: 2 });
  const ratio = new Intl.NumberFormat(lang, { maximumSignificantDigits: 2 });
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    t(key, params = {}) {
      const template = table[key] ?? EN[key];
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
    },
    int: (n) => int.format(n),
    pct: (r) => pct.format(r),
    ratio: (r) => ratio.format(r),
    compact: (n) => compact.format(n),
    decimal: (n) => decimal.format(n),
    date: (ms) => date.format(ms),
    ago: (days) => {
      const d = Math.floor(days);
      if (d < 60) return relative.format(-d, 'day');
      return d < 550
        ? relative.format(-Math.round(d / 30.44), 'month')
        : relative.format(-Math.round(d / 365.25), 'year');
    },
  };
}
