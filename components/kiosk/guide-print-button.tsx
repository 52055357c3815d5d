"use client";

/** Opens the browser's print dialog for the checklist on screen (the kiosk's printer is the default). */
export function GuidePrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-[72px] min-w-[160px] items-center justify-center gap-3 rounded-xl border-2 border-brand-700 bg-brand-700 px-8 text-2xl font-bold text-white shadow-sm hover:bg-brand-800"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8" fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
        <path d="M7 8V3h10v5" />
        <rect x="3" y="8" width="18" height="9" rx="2" />
        <path d="M7 14h10v7H7z" />
      </svg>
      打印
    </button>
  );
}
