/** Splits text into highlighted and plain parts for result cards. Pure; safe to call while rendering. */
import { normalizeText } from "./tokenize";

export interface HighlightPart {
  text: string;
  hit: boolean;
}

/**
 * Marks every occurrence of every term (case- and width-insensitive). Overlapping and adjacent
 * matches merge, so the bigrams 低保, 保申, 申请 highlight 低保申请 as one part.
 */
export function highlight(text: string, terms: readonly string[]): HighlightPart[] {
  if (text === "") return [];
  // Normalize per character so offsets map back to the original text one to one.
  const chars = Array.from(text);
  const folded = chars.map((c) => {
    const n = normalizeText(c);
    return Array.from(n).length === 1 ? n : c.toLowerCase();
  });
  const haystack = folded.join("");
  const starts: number[] = [];
  let offset = 0;
  for (const c of folded) {
    starts.push(offset);
    offset += c.length;
  }
  const marked = new Array<boolean>(chars.length).fill(false);
  const unitToChar = (unit: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const raw of new Set(terms.map(normalizeText))) {
    if (raw === "") continue;
    for (let at = haystack.indexOf(raw); at >= 0; at = haystack.indexOf(raw, at + 1)) {
      const first = unitToChar(at);
      const last = unitToChar(at + raw.length - 1);
      for (let i = first; i <= last; i++) marked[i] = true;
    }
  }
  const parts: HighlightPart[] = [];
  chars.forEach((c, i) => {
    const hit = marked[i] ?? false;
    const prev = parts[parts.length - 1];
    if (prev && prev.hit === hit) prev.text += c;
    else parts.push({ text: c, hit });
  });
  return parts;
}
