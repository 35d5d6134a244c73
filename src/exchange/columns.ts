import type { ExportLang } from './format.ts';

/** The CSV columns, in order, with their header in each export language. Import accepts either language. */
export const COLUMNS = [
  { id: 'platform', en: 'Platform', es: 'Plataforma' },
  { id: 'handle', en: 'Handle', es: 'Usuario' },
  { id: 'url', en: 'Profile URL', es: 'URL del perfil' },
  { id: 'displayName', en: 'Display name', es: 'Nombre visible' },
  { id: 'followers', en: 'Followers', es: 'Seguidores' },
  { id: 'followersMin', en: 'Followers (min)', es: 'Seguidores (mín.)' },
  { id: 'followersMax', en: 'Followers (max)', es: 'Seguidores (máx.)' },
  { id: 'following', en: 'Following', es: 'Seguidos' },
  { id: 'followingMin', en: 'Following (min)', es: 'Seguidos (mín.)' },
  { id: 'followingMax', en: 'Following (max)', es: 'Seguidos (máx.)' },
  { id: 'posts', en: 'Posts', es: 'Publicaciones' },
  { id: 'postsMin', en: 'Posts (min)', es: 'Publicaciones (mín.)' },
  { id: 'postsMax', en: 'Posts (max)', es: 'Publicaciones (máx.)' },
  { id: 'totalLikes', en: 'Total likes', es: 'Me gusta totales' },
  { id: 'totalLikesMin', en: 'Total likes (min)', es: 'Me gusta totales (mín.)' },
  { id: 'totalLikesMax', en: 'Total likes (max)', es: 'Me gusta totales (máx.)' },
  { id: 'tier', en: 'Tier', es: 'Nivel' },
  { id: 'engagementLow', en: 'Engagement low (%)', es: 'Interacción mín. (%)' },
  { id: 'engagementHigh', en: 'Engagement high (%)', es: 'Interacción máx. (%)' },
  { id: 'engagementBasis', en: 'Engagement basis', es: 'Base de la interacción' },
  { id: 'verdict', en: 'Verdict', es: 'Veredicto' },
  { id: 'fitScore', en: 'Fit score', es: 'Puntuación de encaje' },
  // The page's own figures (scoring/figures.ts): exported for reading, ignored on import like the other insight cells.
  { id: 'medianViews', en: 'Median views per post', es: 'Mediana de visualizaciones por publicación' },
  { id: 'viewsPerFollower', en: 'Median views ÷ followers (%)', es: 'Mediana de visualizaciones ÷ seguidores (%)' },
  { id: 'postsPerWeek', en: 'Posts per week', es: 'Publicaciones por semana' },
  { id: 'longestGapDays', en: 'Longest gap between posts (days)', es: 'Mayor pausa entre publicaciones (días)' },
  {
    id: 'trendChange',
    en: 'Engagement trend, newer vs older half (%)',
    es: 'Tendencia de la interacción, mitad reciente frente a anterior (%)',
  },
  { id: 'sponsoredShare', en: 'Sponsored posts (%)', es: 'Publicaciones patrocinadas (%)' },
  {
    id: 'sponsoredMentions',
    en: 'Accounts @mentioned in sponsored posts (× posts)',
    es: 'Cuentas @mencionadas en publicaciones patrocinadas (× publicaciones)',
  },
  { id: 'contactEmail', en: 'Bio e-mail', es: 'Correo de la biografía' },
  { id: 'contactLink', en: 'Bio link', es: 'Enlace de la biografía' },
  { id: 'priceLow', en: 'Estimated price per post, low (US$)', es: 'Precio estimado por publicación, mín. (US$)' },
  { id: 'priceHigh', en: 'Estimated price per post, high (US$)', es: 'Precio estimado por publicación, máx. (US$)' },
  { id: 'notes', en: 'Notes', es: 'Notas' },
  { id: 'tags', en: 'Tags', es: 'Etiquetas' },
  { id: 'lists', en: 'Lists', es: 'Listas' },
  { id: 'savedAt', en: 'Saved at', es: 'Guardado el' },
  { id: 'lastSeen', en: 'Last seen', es: 'Visto por última vez' },
  { id: 'lang', en: 'Page language', es: 'Idioma de la página' },
] as const;

export type ColumnId = (typeof COLUMNS)[number]['id'];

export function headersFor(lang: ExportLang): string[] {
  return COLUMNS.map((column) => column[lang]);
}

/** Case, accents, spacing and punctuation do not matter when matching a header ("seguidores (min)" works). */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ColumnId>(
  COLUMNS.flatMap((column) => [
    [headerKey(column.en), column.id],
    [headerKey(column.es), column.id],
    [headerKey(column.id), column.id],
  ]),
);

/** Which column a header names, in English, Spanish or as the internal id; null for a column we do not know. */
export function columnOfHeader(header: string): ColumnId | null {
  return BY_HEADER.get(headerKey(header)) ?? null;
}
