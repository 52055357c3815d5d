interface PageHeadingProps {
  title: string;
  /** One plain sentence under the heading. */
  lead?: React.ReactNode;
  /** Badges or other short facts shown under the lead. */
  children?: React.ReactNode;
}

/** The page's single h1 with an optional lead line. */
export function PageHeading({ title, lead, children }: PageHeadingProps) {
  return (
    <header className="mb-6">
      <h1 className="text-4xl font-bold leading-tight text-ink">{title}</h1>
      {lead && <p className="mt-3 text-xl text-muted">{lead}</p>}
      {children && <div className="mt-4">{children}</div>}
    </header>
  );
}
