/**
 * Substring search over titles for queries the inverted index cannot answer: words too common to
 * be indexed (公示, 道县, a common single character). Results are "shortest titles containing the
 * text". Titles are kept in one string ordered by length, so indexOf jumps from match to match
 * and the scan stops as soon as enough matches are found: common text fills the list quickly,
 * rare text costs one indexOf pass (about 1 ms per 2.5 MB of titles).
 */

interface Sorted {
  ids: string[];
  titles: string[];
  text: string;
  starts: Int32Array; // offset of each title in `text`
}

export class TitleScanner {
  private sorted: Sorted | null = null;

  constructor(private readonly source: () => Iterable<[id: string, title: string]>) {}

  invalidate(): void {
    this.sorted = null;
  }

  private build(): Sorted {
    const rows = Array.from(this.source());
    rows.sort((a, b) => a[1].length - b[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const starts = new Int32Array(rows.length);
    let offset = 0;
    rows.forEach(([, title], i) => {
      starts[i] = offset + 1;
      offset += 1 + title.length;
    });
    const text = rows.map(([, title]) => `\n${title}`).join("");
    return { ids: rows.map(([id]) => id), titles: rows.map(([, t]) => t), text, starts };
  }

  private rowAt(s: Sorted, offset: number): number {
    let lo = 0;
    let hi = s.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((s.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Offers the `want` shortest titles that contain every run of the query (each in any of its
   * alternative forms) and pass `accept`; the score is 1 / title length, ties go to the lower id.
   * Each alternative of the first run is searched until it has `want` accepted titles: any title
   * after that is longer than `want` titles already found, so the union's first `want` are exact.
   */
  scan(
    phrases: readonly string[][],
    accept: (id: string) => boolean,
    offer: (id: string, score: number) => void,
    want: number,
  ): number {
    const [first, ...rest] = phrases;
    if (!first || want <= 0) return 0;
    const s = (this.sorted ??= this.build());
    const rows = new Set<number>();
    for (const alt of first) {
      if (alt === "") continue;
      let found = 0;
      for (let at = s.text.indexOf(alt); at >= 0 && found < want; at = s.text.indexOf(alt, at + 1)) {
        const row = this.rowAt(s, at);
        const title = s.titles[row] ?? "";
        const id = s.ids[row] ?? "";
        if (!rows.has(row) && rest.every((alts) => alts.some((p) => title.includes(p))) && accept(id)) {
          rows.add(row);
          found++;
        }
        at = (s.starts[row + 1] ?? s.text.length) - 1; // next title
      }
    }
    const chosen = [...rows].sort((a, b) => a - b).slice(0, want);
    for (const row of chosen) offer(s.ids[row] ?? "", 1 / Math.max((s.titles[row] ?? "").length, 1));
    return rows.size;
  }
}
