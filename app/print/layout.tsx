import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Print views: the paper is previewed on a grey desk on screen and printed alone. Type on paper is
 * set in pt/mm by each view; the screen-only toolbar keeps kiosk touch sizes.
 */
export default function PrintLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="min-h-screen bg-slate-200 px-4 py-6 text-black print:min-h-0 print:bg-white print:p-0">
      {children}
    </main>
  );
}
