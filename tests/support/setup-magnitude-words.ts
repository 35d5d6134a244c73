// The unit tests read counts as the worker and `inspect` do: with every language's magnitude words as data.
import { useMagnitudeWords } from '../../src/core/parse-count/any-language.ts';
import { MAGNITUDE_WORDS } from '../../src/core/parse-count/magnitude-words.data.ts';

useMagnitudeWords(MAGNITUDE_WORDS);
