interface MessagePanelProps {
  title: string;
  children: React.ReactNode;
  /** Big buttons under the message. */
  actions: React.ReactNode;
  icon?: "search" | "alert";
}

/** A centred friendly message (404, errors) with large actions; holds the page's h1. */
export function MessagePanel({ title, children, actions, icon = "search" }: MessagePanelProps) {
  return (
    <section className="mx-auto my-10 max-w-3xl rounded-2xl border-2 border-brand-100 bg-white px-8 py-12 text-center shadow-sm">
      <span aria-hidden className="mx-auto mb-6 grid h-24 w-24 place-items-center rounded-full bg-brand-50 text-brand-700">
        {icon === "search" ? (
          <svg viewBox="0 0 24 24" className="h-14 w-14" fill="none" stroke="currentColor" strokeWidth={2}>
            <circle cx="10.5" cy="10.5" r="6.5" />
            <path d="m15.5 15.5 5 5" strokeLinecap="round" />
            <path d="M8.5 8.8a2.2 2.2 0 1 1 2.8 2.1c-.6.2-.8.6-.8 1.1v.5" strokeLinecap="round" />
            <circle cx="10.5" cy="14.6" r=".4" fill="currentColor" />
          </svg>
        ) : (
          <svg viewBox="0 0 24 24" className="h-14 w-14" fill="none" stroke="currentColor" strokeWidth={2}>
            <path d="M12 3 2.5 20h19L12 3Z" strokeLinejoin="round" />
            <path d="M12 10v4.5" strokeLinecap="round" />
            <circle cx="12" cy="17.2" r=".5" fill="currentColor" />
          </svg>
        )}
      </span>
      <h1 className="text-4xl font-bold text-ink">{title}</h1>
      <div className="mt-4 space-y-2 text-xl text-muted">{children}</div>
      <div className="mt-10 flex flex-wrap justify-center gap-4">{actions}</div>
    </section>
  );
}
