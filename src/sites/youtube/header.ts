import { asArray, asString, at } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';
import { ytA11yLabel, ytCount, ytText } from './text.ts';

interface Part {
  text: string;
  label: string | null;
}

/** pageHeaderViewModel (2024-01 A/B, standard since): the last row with ≥ 2 non-handle parts is [subscribers, videos]. */
function readPageHeader(b: SnapshotBuilder, model: unknown, lang: string, label: string): string {
  const rows = asArray(at(model, 'metadata', 'contentMetadataViewModel', 'metadataRows')).map((row) =>
    asArray(at(row, 'metadataParts'))
      .map(
        (part): Part => ({
          text: ytText(at(part, 'text'))?.trim() ?? '',
          label: asString(at(part, 'accessibilityLabel')),
        }),
      )
      // Early 2024 put "@handle" in the same row as the counts; position among the rest is the rule (NewPipe 2025-07).
      .filter((part) => part.text !== '' && !part.text.startsWith('@')),
  );
  const counts = rows.filter((parts) => parts.length >= 2 && /\d/.test(parts.map((p) => p.text).join(''))).at(-1);
  if (!counts) return `${label}: header rows have no [subscribers, videos] pair (hidden count or artist channel)`;
  const [subscribers, videos] = counts;
  const source = `${label}:pageHeaderViewModel.metadataRows`;
  b.count('followers', ytCount(subscribers?.text ?? null, lang) ?? ytCount(subscribers?.label ?? null, lang), source);
  b.count('posts', ytCount(videos?.text ?? null, lang) ?? ytCount(videos?.label ?? null, lang), source);
  const title = JSON.stringify(at(model, 'title') ?? null);
  if (title.includes('CHECK_CIRCLE')) b.set('verified', true);
  return unparsed(b, `${label}: pageHeaderViewModel`, lang, subscribers?.text, videos?.text);
}

/** c4TabbedHeaderRenderer (≤ 2024): subscriberCountText "4,69 M de suscriptores", videosCountText runs. */
function readC4Header(b: SnapshotBuilder, c4: unknown, lang: string, label: string): string {
  const subscribers = at(c4, 'subscriberCountText');
  const source = `${label}:c4TabbedHeaderRenderer`;
  b.count('followers', ytCount(ytText(subscribers), lang) ?? ytCount(ytA11yLabel(subscribers), lang), source);
  b.count('posts', ytCount(ytText(at(c4, 'videosCountText')), lang), source);
  if (
    asArray(at(c4, 'badges')).some((badge) =>
      asString(at(badge, 'metadataBadgeRenderer', 'style'))?.includes('VERIFIED'),
    )
  ) {
    b.set('verified', true);
  }
  return unparsed(b, `${label}: c4TabbedHeaderRenderer`, lang, ytText(subscribers), ytText(at(c4, 'videosCountText')));
}

/**
 * A topic channel's carousel header (the Sports channel: "74.4m subscribers"): the count is in the details'
 * subtitle, in its own subscriberCountText (rustypipe's model) or in its subscribe button's. No video count.
 */
function readTopicHeader(b: SnapshotBuilder, topic: unknown, lang: string, label: string): string {
  const texts = [
    ytText(at(topic, 'subtitle')),
    ytText(at(topic, 'subscriberCountText')),
    ytText(at(topic, 'subscribeButton', 'subscribeButtonRenderer', 'subscriberCountText')),
  ].filter((text): text is string => typeof text === 'string' && /\d/.test(text));
  const count = texts.map((text) => ytCount(text, lang)).find((c) => c !== null) ?? null;
  b.count('followers', count, `${label}:carouselHeaderRenderer.topicChannelDetailsRenderer`);
  return unparsed(b, `${label}: topicChannelDetailsRenderer`, lang, texts[0] ?? null, null);
}

/** A note for `missing` that quotes the header text which did not parse (wrong language, new wording). */
function unparsed(
  b: SnapshotBuilder,
  where: string,
  lang: string,
  subscribers?: string | null,
  videos?: string | null,
): string {
  const failed = [
    !b.has('followers') && subscribers ? `"${subscribers}"` : null,
    !b.has('posts') && videos ? `"${videos}"` : null,
  ].filter(Boolean);
  return failed.length > 0 ? `${where}: ${failed.join(', ')} did not parse as a count in "${lang}"` : `${where}: read`;
}

/** Subscribers and video count from whichever header model the response has. */
export function readChannelHeader(b: SnapshotBuilder, data: unknown, lang: string, label: string): string {
  const header = at(data, 'header');
  const pageHeader = at(header, 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');
  if (pageHeader) return readPageHeader(b, pageHeader, lang, label);
  const c4 = at(header, 'c4TabbedHeaderRenderer');
  if (c4) return readC4Header(b, c4, lang, label);
  const topic = asArray(at(header, 'carouselHeaderRenderer', 'contents'))
    .map((item) => at(item, 'topicChannelDetailsRenderer'))
    .find(Boolean);
  if (topic) return readTopicHeader(b, topic, lang, label);
  if (at(header, 'carouselHeaderRenderer') || at(header, 'interactiveTabbedHeaderRenderer')) {
    return `${label}: topic/system header (carousel/interactiveTabbed) shows no subscriber count`;
  }
  return `${label}: no channel header`;
}

/** Search results: channelRenderer of this channel. Since 2022-11 subscriberCountText holds the @handle and the
 * subscriber count moved to videoCountText (rustypipe AB #3); channels without a handle keep the old meaning. */
export function readSearchChannel(b: SnapshotBuilder, channel: unknown, lang: string): string {
  const subscriberText = ytText(at(channel, 'subscriberCountText'))?.trim() ?? null;
  const videoText = ytText(at(channel, 'videoCountText'));
  if (subscriberText?.startsWith('@'))
    b.count('followers', ytCount(videoText, lang), 'search:channelRenderer.videoCountText');
  else {
    b.count('followers', ytCount(subscriberText, lang), 'search:channelRenderer.subscriberCountText');
    b.count('posts', ytCount(videoText, lang), 'search:channelRenderer.videoCountText');
  }
  return 'search: channelRenderer read';
}
