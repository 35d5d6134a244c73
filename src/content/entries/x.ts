// Content script for x: self-contained (no shared chunks exposed to the site), only this site's reader.
import { xPageReader } from '../../sites/x/read.ts';
import { xUrls } from '../../sites/x/url.ts';
import { startContentScript } from '../run.ts';

startContentScript(xUrls, xPageReader, { observesPageData: true });
