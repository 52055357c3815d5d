/** How a catalog text field reads best: bullets, a numbered list, or plain prose. */
export interface ParsedContent {
  kind: "bullets" | "numbered" | "text";
  entries: string[];
  /** Prose after the last numbered entry (e.g. "重点说明：…"). */
  note?: string;
}

/**
 * Catalog rows write lists inline: "●甲 ●乙" or "1.甲 2.乙3.丙". Numbered entries are found by
 * looking for the *next* number only, so figures inside an entry ("1.3倍", "15年") never split it.
 */
export function parseContent(text: string): ParsedContent {
  const trimmed = text.trim();
  if (trimmed.includes("●")) {
    const entries = trimmed.split("●").map((s) => s.trim()).filter(Boolean);
    return { kind: "bullets", entries };
  }
  if (/^1[.．、]/.test(trimmed)) {
    const entries: string[] = [];
    let rest = trimmed.replace(/^1[.．、]/, "");
    for (let n = 2; ; n++) {
      const next = new RegExp(`(?<![\\d.．])${n}[.．、](?!\\d)`).exec(rest);
      if (!next) break;
      entries.push(rest.slice(0, next.index).trim());
      rest = rest.slice(next.index + next[0].length);
    }
    const last = rest.trim();
    // "6.收费依据及标准。另需提供：…": the sentence after the last entry is a note, not part of it.
    const stop = last.indexOf("。");
    if (stop > 0 && stop < last.length - 1) {
      entries.push(last.slice(0, stop));
      return { kind: "numbered", entries, note: last.slice(stop + 1).trim() };
    }
    entries.push(last);
    return { kind: "numbered", entries };
  }
  return { kind: "text", entries: [trimmed] };
}

/** Renders a 公开内容（要素） text as a readable list. */
export function ContentList({ text }: { text: string }) {
  const parsed = parseContent(text);
  if (parsed.kind === "text") return <p>{parsed.entries[0]}</p>;
  const items = parsed.entries.map((entry, index) => (
    <li key={index} className="pl-2">
      {entry}
    </li>
  ));
  return (
    <>
      {parsed.kind === "bullets" ? (
        <ul className="list-disc space-y-1 pl-8 marker:text-brand-700">{items}</ul>
      ) : (
        <ol className="list-decimal space-y-1 pl-10 marker:font-semibold marker:text-brand-700">{items}</ol>
      )}
      {parsed.note && <p className="mt-3 rounded-lg bg-brand-50 px-4 py-3">{parsed.note}</p>}
    </>
  );
}
