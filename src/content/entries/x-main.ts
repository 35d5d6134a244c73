// Main world, document_start: hands the isolated content script what the page's own API responses say
// (content/page-data/observer.ts).
import { OBSERVED } from '../page-data/endpoints.ts';
import { observePageResponses } from '../page-data/observer.ts';

observePageResponses(OBSERVED.x);
