/**
 * A strict RFC 4180 reader for the tests: records end with CRLF only, a bare CR or LF outside
 * quotes is an error, and so is a quote inside an unquoted field.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (atFieldStart && char === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      atFieldStart = false;
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r') throw new Error(`junk after quoted field at ${i}`);
      continue;
    }
    if (char === delimiter) {
      record.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (char === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (char === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else if (char === '"') {
      throw new Error(`quote inside unquoted field at ${i}`);
    } else {
      field += char;
      atFieldStart = false;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not terminated by CRLF');
  return records;
}
