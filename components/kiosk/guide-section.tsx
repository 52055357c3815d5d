interface GuideSectionProps {
  /** Anchor and heading id, e.g. "materials" → #materials, heading "materials-heading". */
  id: string;
  title: string;
  children: React.ReactNode;
  /** Extra words after the heading, e.g. a count. */
  note?: string;
  /** Phone pages: smaller heading and padding. */
  compact?: boolean;
}

/** One element of a guide as a labelled region with its own h2 (sized for the kiosk; the phone layout scales the root). */
export function GuideSection({ id, title, children, note, compact = false }: GuideSectionProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className={`scroll-mt-28 border-brand-100 bg-white shadow-sm ${compact ? "rounded-xl border px-4 py-4" : "rounded-2xl border-2 px-6 py-5"}`}
    >
      <div className={`flex flex-wrap items-baseline gap-x-4 border-brand-700 ${compact ? "mb-3 border-l-4 pl-3" : "mb-4 border-l-8 pl-4"}`}>
        <h2 id={`${id}-heading`} className={`font-bold text-ink ${compact ? "text-xl" : "text-3xl"}`}>
          {title}
        </h2>
        {note && <p className={compact ? "text-base text-muted" : "text-xl text-muted"}>{note}</p>}
      </div>
      <div className={`leading-relaxed text-ink ${compact ? "text-base" : "text-xl"}`}>{children}</div>
    </section>
  );
}

/** A plain bulleted list of sentences (conditions, basis). */
export function GuideBullets({ entries }: { entries: string[] }) {
  return (
    <ul className="list-disc space-y-2 pl-[1.5em] marker:text-brand-700">
      {entries.map((entry, index) => (
        <li key={index} className="pl-2">
          {entry}
        </li>
      ))}
    </ul>
  );
}
