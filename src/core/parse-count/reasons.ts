// Why a count is a guess or refused (explainCount, issue 19), in words a marketer reads under "where each number
// was read" or "could not read" (English, like every source note).

export const FOREIGN_WORD = "read with another language's word for its size (every language that has the word agrees)";
export const DISPUTED_WORD = 'its word for the size means different powers in different languages';
