// Main world, document_start: hands the isolated content script what YouTube's page itself received
// (content/page-data/youtube.ts, through the observer every site uses).
import { observeYouTube } from '../page-data/youtube.ts';

observeYouTube();
