// Content script for facebook: self-contained (no shared chunks exposed to the site), only this site's reader.
import { facebookPageReader } from '../../sites/facebook/read.ts';
import { facebookUrls } from '../../sites/facebook/url.ts';
import { takeNumberFacts } from '../number-facts.ts';
import { startContentScript } from '../run.ts';

// Facebook's page reads still parse their counts on the page (not yet split into text for the worker).
startContentScript(facebookUrls, { ...facebookPageReader, takeFacts: takeNumberFacts });
