import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Pages residents open on their own phones (from a kiosk's QR code): no kiosk header, no touch
 * sizing. The kiosk's 20 px root is for arm's length; phones use an ordinary 18 px root, so the
 * shared guide pieces (sized in rem) scale down with it.
 */
export default function PhoneLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <style>{"html{font-size:18px}"}</style>
      <header className="bg-brand-700 px-4 py-3 text-white">
        <p className="mx-auto max-w-3xl text-lg font-bold">道县政务公开 · 办事指南</p>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-3 py-4">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-sm text-muted">
        道县人民政府 · 政务公开专区
        <br />
        内容以各办理窗口现场公示为准
      </footer>
    </div>
  );
}
