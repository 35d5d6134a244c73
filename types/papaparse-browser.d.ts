// The part of papaparse the exchange uses, for tsconfig.browser.json: @types/papaparse references Node's types (its
// stream API), which would give all browser code Node's globals. tsconfig.json checks the same calls against the real
// types, so this cannot drift looser than them unnoticed.
declare module 'papaparse' {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: string;
    message: string;
    row?: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }
  interface ParseConfig {
    header?: false;
    delimiter?: string;
    newline?: string;
    skipEmptyLines?: boolean;
    preview?: number;
  }
  interface UnparseConfig {
    delimiter?: string;
    newline?: string;
    quotes?: boolean;
    escapeFormulae?: boolean;
    header?: boolean;
  }
  const Papa: {
    parse<T>(text: string, config: ParseConfig): ParseResult<T>;
    unparse(data: { fields: string[]; data: string[][] }, config: UnparseConfig): string;
  };
  export default Papa;
}
