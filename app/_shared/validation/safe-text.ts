// Free text from the public (names, addresses, the description of the requested information).
// It is shown later to staff, printed on receipts and copied into reply letters, so characters that
// are invisible or that rearrange how text is displayed are refused rather than stored:
// - C0/C1 control characters (U+0000–U+001F, U+007F–U+009F); a multi-line field allows "\n" only;
// - bidi embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069, which can make a name or an
//   address display differently from what is stored (the "Trojan Source" trick);
// - U+2028/U+2029 line/paragraph separators, invisible line breaks some renderers ignore;
// - U+200B zero-width space, U+2060 word joiner, U+FEFF: invisible, no use in Chinese text, and
//   they make two identical-looking names compare unequal. ZWJ/ZWNJ (U+200D/U+200C) stay allowed:
//   emoji sequences need them and they are harmless on their own;
// - unpaired UTF-16 surrogates (broken text that cannot be stored or printed faithfully).

/** Options for a free-text check. */
export type SafeTextOptions = {
  /** Allow line breaks (textareas). "\r\n" and "\r" count as "\n". */
  multiline?: boolean;
};

function isUnsafeCodeUnit(code: number, multiline: boolean): boolean {
  if (code <= 0x1f) return !(multiline && code === 0x0a);
  if (code >= 0x7f && code <= 0x9f) return true;
  if (code >= 0x202a && code <= 0x202e) return true;
  if (code >= 0x2066 && code <= 0x2069) return true;
  return code === 0x2028 || code === 0x2029 || code === 0x200b || code === 0x2060 || code === 0xfeff;
}

/**
 * Line breaks as "\n". Browsers submit textarea line breaks as "\r\n", so without this every
 * multi-line answer sent through a form would be rejected for its "\r".
 */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** Index of the first character that may not be stored, or -1 when the text is safe. */
export function findUnsafeChar(text: string, options: SafeTextOptions = {}): number {
  const multiline = options.multiline ?? false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1; // a proper pair: a character outside the BMP (e.g. a rare 扩展B name character)
        continue;
      }
      return i;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return i;
    if (isUnsafeCodeUnit(code, multiline)) return i;
  }
  return -1;
}

/** Length in characters as a person counts them (a character outside the BMP counts once). */
export function characterLength(text: string): number {
  return Array.from(text).length;
}
