import type { Platform } from '../core/platform.ts';

/** What the site calls the people who follow an account: YouTube says subscribers, the others followers. */
export const audienceNoun = (platform: Platform): 'subscribers' | 'followers' =>
  platform === 'youtube' ? 'subscribers' : 'followers';
